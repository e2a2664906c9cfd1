package dev.hertz.core.exchange.sim;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Settings of the simulated exchange ({@code "exchange": {"name": "sim", "sim": {...}}}).
 *
 * @param seed         seed of every random stream; the same seed and start give the same market
 * @param speed        simulated seconds per real second (1 = real time)
 * @param start        simulated time at construction, or null for the clock's current time
 * @param markets      the markets offered
 * @param balances     initial account balances by currency
 * @param makerFee     fee rate for orders that rested in the book
 * @param takerFee     fee rate for orders that took liquidity
 * @param historyDays  days of candle history available before the start
 */
public record SimExchangeConfig(long seed, double speed, Instant start, List<SimMarketSpec> markets,
                                Map<String, Double> balances, double makerFee, double takerFee, int historyDays) {

    public static final long DEFAULT_SEED = 42;
    public static final double DEFAULT_FEE = 0.001;
    /** Enough for 1000 daily candles plus some room. */
    public static final int DEFAULT_HISTORY_DAYS = 1100;
    public static final int MAX_HISTORY_DAYS = 5000;

    public SimExchangeConfig {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("Sim speed must be a positive number, got " + speed);
        }
        if (markets == null || markets.isEmpty()) {
            throw new IllegalArgumentException("The sim exchange needs at least one market");
        }
        if (markets.stream().map(SimMarketSpec::symbol).distinct().count() != markets.size()) {
            throw new IllegalArgumentException("Sim market symbols must be unique: " + markets.stream()
                    .map(SimMarketSpec::symbol).toList());
        }
        checkFee("maker", makerFee);
        checkFee("taker", takerFee);
        if (historyDays < 1 || historyDays > MAX_HISTORY_DAYS) {
            throw new IllegalArgumentException("Sim history_days must be between 1 and " + MAX_HISTORY_DAYS
                    + ", got " + historyDays);
        }
        balances.forEach((currency, amount) -> {
            if (amount == null || !(amount >= 0) || Double.isInfinite(amount)) {
                throw new IllegalArgumentException("Sim balance of " + currency + " must be a number >= 0, got " + amount);
            }
        });
        markets = List.copyOf(markets);
        balances = Map.copyOf(balances);
    }

    private static void checkFee(String which, double fee) {
        if (!(fee >= 0 && fee < 0.1)) {
            throw new IllegalArgumentException("Sim " + which + " fee must be in [0, 0.1), got " + fee);
        }
    }

    /**
     * Reads the {@code "sim"} object of the config's {@code "exchange"} section; null or missing
     * gives {@link #defaults()}. Errors are {@link dev.hertz.core.exchange.ConfigurationError}s naming
     * the key path ({@code exchange.sim.speed: expected a number > 0, got "fast"}).
     */
    public static SimExchangeConfig fromJson(JsonNode sim) {
        return SimConfigReader.read(sim);
    }

    /** Default markets, 10 000 USDT, 0.1 % fees, real-time speed, seed 42. */
    public static SimExchangeConfig defaults() {
        return new SimExchangeConfig(DEFAULT_SEED, 1.0, null, SimMarketSpec.defaults(), Map.of("USDT", 10_000.0),
                DEFAULT_FEE, DEFAULT_FEE, DEFAULT_HISTORY_DAYS);
    }

    public SimExchangeConfig withSeed(long newSeed) {
        return new SimExchangeConfig(newSeed, speed, start, markets, balances, makerFee, takerFee, historyDays);
    }

    public SimExchangeConfig withStart(Instant newStart) {
        return new SimExchangeConfig(seed, speed, newStart, markets, balances, makerFee, takerFee, historyDays);
    }

    public SimExchangeConfig withSpeed(double newSpeed) {
        return new SimExchangeConfig(seed, newSpeed, start, markets, balances, makerFee, takerFee, historyDays);
    }

    public SimExchangeConfig withMarkets(List<SimMarketSpec> newMarkets) {
        return new SimExchangeConfig(seed, speed, start, newMarkets, balances, makerFee, takerFee, historyDays);
    }

    public SimExchangeConfig withBalances(Map<String, Double> newBalances) {
        return new SimExchangeConfig(seed, speed, start, markets, newBalances, makerFee, takerFee, historyDays);
    }

    public SimExchangeConfig withFees(double maker, double taker) {
        return new SimExchangeConfig(seed, speed, start, markets, balances, maker, taker, historyDays);
    }
}
