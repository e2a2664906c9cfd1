package dev.hertz.core.exchange;

import java.util.OptionalDouble;

/**
 * The smallest and largest stake (in quote currency) an exchange accepts for a pair, freqtrade's
 * {@code get_min_pair_stake_amount}/{@code get_max_pair_stake_amount}.
 *
 * <p>The minimum carries two safety margins so that an order just above the limit can still be
 * exited after a loss: {@code amount_reserve_percent} on top of both limits, and a stoploss
 * reserve on the cost limit, capped at ×1.5.
 */
public final class StakeLimits {

    /** freqtrade's {@code DEFAULT_AMOUNT_RESERVE_PERCENT}. */
    public static final double DEFAULT_AMOUNT_RESERVE_PERCENT = 0.05;

    private StakeLimits() {
    }

    /**
     * Minimum stake, or empty when the market has no cost or amount minimum.
     *
     * @param price                the rate the order would be placed at
     * @param stoploss             the strategy stoploss as a negative ratio (e.g. -0.1); its absolute value is used
     * @param leverage             leverage of the trade (the result is divided by it)
     * @param amountReservePercent config {@code amount_reserve_percent} (default 0.05)
     */
    public static OptionalDouble minPairStakeAmount(Market market, double price, double stoploss, double leverage,
                                                    double amountReservePercent) {
        double marginReserve = 1.0 + amountReservePercent;
        double sl = Math.abs(stoploss);
        double stoplossReserve = sl != 1 ? marginReserve / (1 - sl) : 1.5;
        stoplossReserve = Math.max(Math.min(stoplossReserve, 1.5), 1);

        double cs = market.effectiveContractSize();
        Market.Limits limits = market.limits();
        double result = Double.NEGATIVE_INFINITY;
        if (limits.cost().min() != null) {
            result = Math.max(result, Precision.contractsToAmount(limits.cost().min(), cs) * stoplossReserve);
        }
        if (limits.amount().min() != null) {
            result = Math.max(result, Precision.contractsToAmount(limits.amount().min(), cs) * price * marginReserve);
        }
        if (result == Double.NEGATIVE_INFINITY) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(result / leverageOrOne(leverage));
    }

    /** Minimum stake with the default 5 % amount reserve. */
    public static OptionalDouble minPairStakeAmount(Market market, double price, double stoploss, double leverage) {
        return minPairStakeAmount(market, price, stoploss, leverage, DEFAULT_AMOUNT_RESERVE_PERCENT);
    }

    /** Maximum stake: the smaller of the cost maximum and amount maximum × price, over leverage; infinity without limits. */
    public static double maxPairStakeAmount(Market market, double price, double leverage) {
        double cs = market.effectiveContractSize();
        Market.Limits limits = market.limits();
        double result = Double.POSITIVE_INFINITY;
        if (limits.cost().max() != null) {
            result = Math.min(result, Precision.contractsToAmount(limits.cost().max(), cs));
        }
        if (limits.amount().max() != null) {
            result = Math.min(result, Precision.contractsToAmount(limits.amount().max(), cs) * price);
        }
        return result == Double.POSITIVE_INFINITY ? result : result / leverageOrOne(leverage);
    }

    private static double leverageOrOne(double leverage) {
        return leverage == 0 ? 1.0 : leverage;
    }
}
