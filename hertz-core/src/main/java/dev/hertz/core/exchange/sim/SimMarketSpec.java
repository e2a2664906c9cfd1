package dev.hertz.core.exchange.sim;

import java.util.List;

/**
 * One simulated spot market: where its price starts, how it is quoted and how wild it is.
 *
 * @param symbol      {@code BASE/QUOTE}, e.g. {@code BTC/USDT}
 * @param price       price at the simulation's anchor time (the path reverts mildly towards it)
 * @param tickSize    price step (the market uses TICK_SIZE precision like binance)
 * @param stepSize    amount step
 * @param minAmount   smallest order amount
 * @param minCost     smallest order value in quote currency
 * @param volatility  annualised volatility of log returns, e.g. 0.6
 * @param dailyVolume typical 24 h traded value in quote currency; scales candle volume and book depth
 */
public record SimMarketSpec(String symbol, double price, double tickSize, double stepSize, double minAmount,
                            double minCost, double volatility, double dailyVolume) {

    public SimMarketSpec {
        if (symbol == null || !symbol.matches("[A-Z0-9]+/[A-Z0-9]+")) {
            throw new IllegalArgumentException("Sim market symbol must look like BASE/QUOTE (e.g. BTC/USDT), got \""
                    + symbol + "\"");
        }
        requirePositive(symbol, "price", price);
        requirePositive(symbol, "tick_size", tickSize);
        requirePositive(symbol, "step_size", stepSize);
        requirePositive(symbol, "volatility", volatility);
        requirePositive(symbol, "daily_volume", dailyVolume);
        if (!(minAmount >= 0) || !(minCost >= 0)) {
            throw new IllegalArgumentException("Sim market " + symbol + ": min_amount and min_cost must be >= 0");
        }
        if (tickSize > price / 10) {
            throw new IllegalArgumentException("Sim market " + symbol + ": tick_size " + tickSize
                    + " is too coarse for price " + price);
        }
    }

    private static void requirePositive(String symbol, String key, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("Sim market " + symbol + ": " + key + " must be a positive number, got " + value);
        }
    }

    public String base() {
        return symbol.substring(0, symbol.indexOf('/'));
    }

    public String quote() {
        return symbol.substring(symbol.indexOf('/') + 1);
    }

    /** A handful of USDT markets with prices, steps and limits shaped like binance spot (2024). */
    public static List<SimMarketSpec> defaults() {
        return List.of(
                new SimMarketSpec("BTC/USDT", 65_000, 0.01, 0.00001, 0.00001, 5, 0.55, 1.5e9),
                new SimMarketSpec("ETH/USDT", 3_000, 0.01, 0.0001, 0.0001, 5, 0.65, 8e8),
                new SimMarketSpec("BNB/USDT", 580, 0.1, 0.001, 0.001, 5, 0.55, 1.2e8),
                new SimMarketSpec("SOL/USDT", 150, 0.01, 0.001, 0.001, 5, 0.85, 4e8),
                new SimMarketSpec("XRP/USDT", 0.55, 0.0001, 1, 1, 5, 0.75, 2e8),
                new SimMarketSpec("ADA/USDT", 0.40, 0.0001, 0.1, 0.1, 5, 0.8, 6e7),
                new SimMarketSpec("DOGE/USDT", 0.12, 0.00001, 1, 1, 5, 0.95, 1.5e8),
                new SimMarketSpec("LTC/USDT", 80, 0.01, 0.001, 0.001, 5, 0.7, 4e7),
                new SimMarketSpec("LINK/USDT", 14, 0.01, 0.01, 0.01, 5, 0.85, 5e7),
                new SimMarketSpec("DOT/USDT", 6.5, 0.001, 0.01, 0.01, 5, 0.8, 3e7),
                new SimMarketSpec("AVAX/USDT", 30, 0.01, 0.01, 0.01, 5, 0.9, 4e7),
                new SimMarketSpec("TRX/USDT", 0.12, 0.00001, 0.1, 0.1, 5, 0.5, 3e7));
    }
}
