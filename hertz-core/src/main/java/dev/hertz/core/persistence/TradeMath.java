package dev.hertz.core.persistence;

import dev.hertz.core.config.TradingMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * freqtrade's trade value formulas (reference §4.4), kept apart from {@link Trade}'s state. Products
 * and fees use {@link Precise}; the profit differences and ratios are then computed on doubles and
 * rounded to 8 decimals exactly where freqtrade does, so results match it to the last bit.
 */
final class TradeMath {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal TWENTY_FOUR = BigDecimal.valueOf(24);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private TradeMath() {
    }

    /** {@code a·p ± a·p·fee_open}: plus for longs, minus for shorts. */
    static double openTradeValue(Trade trade, double amount, double openRate) {
        BigDecimal open = Precise.of(amount).multiply(Precise.of(openRate));
        BigDecimal fees = open.multiply(Precise.of(trade.feeOpen()));
        return Precise.toDouble(trade.isShort() ? open.subtract(fees) : open.add(fees));
    }

    private static BigDecimal baseClose(Trade trade, BigDecimal amount, double rate) {
        BigDecimal close = amount.multiply(Precise.of(rate));
        BigDecimal fees = close.multiply(Precise.of(trade.feeClose()));
        return trade.isShort() ? close.add(fees) : close.subtract(fees);
    }

    static double closeTradeValue(Trade trade, double rate, Double amount, Instant now) {
        BigDecimal qty = Precise.of(amount != null && amount != 0.0 ? amount : trade.amount());
        TradingMode mode = trade.tradingMode() == null ? TradingMode.SPOT : trade.tradingMode();
        return switch (mode) {
            case SPOT -> Precise.toDouble(baseClose(trade, qty, rate));
            case MARGIN -> {
                BigDecimal interest = interest(trade, now);
                yield trade.isShort()
                        ? Precise.toDouble(baseClose(trade, qty.add(interest), rate))
                        : Precise.toDouble(baseClose(trade, qty, rate).subtract(interest));
            }
            case FUTURES -> {
                double funding = trade.fundingFees() != null ? trade.fundingFees() : 0.0;
                double base = Precise.toDouble(baseClose(trade, qty, rate));
                yield trade.isShort() ? base - funding : base + funding;
            }
        };
    }

    /**
     * Margin interest owed until the close date (or {@code now} while open): binance charges per
     * started hour ({@code borrowed·rate·ceil(h)/24}), kraken per started 4 hours plus the opening
     * ({@code borrowed·rate·(1 + ceil(h/4))}); freqtrade supports margin on no other exchange.
     */
    static BigDecimal interest(Trade trade, Instant now) {
        if (trade.tradingMode() != TradingMode.MARGIN || trade.hasNoLeverage()) {
            return BigDecimal.ZERO;
        }
        Instant end = trade.closeDate() != null ? trade.closeDate() : now;
        Duration held = Duration.between(trade.openDate(), end);
        double seconds = held.getSeconds() + held.getNano() / 1e9;
        BigDecimal hours = Precise.divide(Precise.of(seconds), SECONDS_PER_HOUR);
        BigDecimal borrowed = Precise.of(trade.borrowed());
        BigDecimal rate = Precise.of(trade.interestRate());
        String exchange = trade.exchange() == null ? "" : trade.exchange().toLowerCase(Locale.ROOT);
        return switch (exchange) {
            case "binance" -> Precise.divide(
                    borrowed.multiply(rate).multiply(hours.setScale(0, RoundingMode.CEILING)), TWENTY_FOUR);
            case "kraken" -> borrowed.multiply(rate).multiply(
                    BigDecimal.ONE.add(Precise.divide(hours, FOUR).setScale(0, RoundingMode.CEILING)));
            default -> throw new PersistenceException("Leverage not available on " + trade.exchange()
                    + " with freqtrade-compatible margin maths (binance and kraken only)");
        };
    }

    static ProfitStruct profit(Trade trade, double rate, Double amount, Double openRate, Instant now) {
        double close = closeTradeValue(trade, rate, amount, now);
        double open = amount == null || openRate == null
                ? (trade.openTradeValue() != null ? trade.openTradeValue() : 0.0)
                : openTradeValue(trade, amount, openRate);
        double profitAbs = trade.isShort() ? open - close : close - open;
        double ratio = 0.0;
        if (open != 0.0) {
            ratio = Precise.round8((trade.isShort() ? 1 - close / open : close / open - 1) * trade.leverage());
        }
        double totalProfitAbs = profitAbs + trade.realizedProfit();
        Double maxStake = trade.maxStakeAmount();
        double totalRatio = maxStake != null && maxStake != 0.0
                ? Precise.round8(totalProfitAbs / maxStake * trade.leverage()) : 0.0;
        double roundedAbs = Precise.round8(profitAbs);
        return new ProfitStruct(roundedAbs, ratio, roundedAbs + trade.realizedProfit(), totalRatio);
    }
}
