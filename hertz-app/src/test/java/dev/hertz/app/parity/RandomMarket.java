package dev.hertz.app.parity;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random parity cases from a seed: 2 or 3 pairs of 300 gap-free 5m candles (a random walk, each
 * open at the previous close), random entry/exit signal patterns, 1–3 slots and a time exit.
 *
 * <p>Which exits the cases use, and why. The live bot sees one price per candle (its open); the
 * backtester also sees the candle's high and low and fills ROI and stop exits inside the candle,
 * at prices and moments a once-per-candle bot cannot observe. So the cases keep to the exits both
 * decide from the candle open alone:
 * <ul>
 *   <li>exit signals, always on;</li>
 *   <li>an ROI table of a single step, {@code -1} after 4–20 candles: a time exit whatever the
 *       profit, which both sides take at the open of the candle the step starts on (a positive ROI
 *       step would be hit by a candle's high in the backtest before any open reaches it);</li>
 *   <li>a stoploss of -50 % that can never trigger: a trade lives at most 20 candles, each candle
 *       moves at most 2 % close-to-open and 0.5 % to its low, so no trade ever loses more than
 *       about 34 %. Stop exits are compared in {@code LiveBacktestParityTest}'s stop case instead;</li>
 *   <li>{@code force_exit} of what is still open at the last candle.</li>
 * </ul>
 * Trailing stops, custom stoploss and position adjustment are left out for the same reason as the stop.
 */
final class RandomMarket {
    static final Timeframe TIMEFRAME = Timeframe.parse("5m");
    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final int CANDLES = 300;
    private static final List<String> PAIRS = List.of("BTC/USDT", "ETH/USDT", "SOL/USDT");
    private static final double MAX_MOVE = 0.02;
    private static final double MAX_WICK = 0.005;

    private RandomMarket() {
    }

    static ParityCase generate(long seed) {
        Random random = new Random(seed);
        int pairCount = 2 + random.nextInt(2);
        double entryChance = 0.04 + random.nextDouble() * 0.16;
        double exitChance = 0.04 + random.nextDouble() * 0.16;
        Map<String, Candles> candles = new LinkedHashMap<>();
        Map<String, Set<Long>> entries = new LinkedHashMap<>();
        Map<String, Set<Long>> exits = new LinkedHashMap<>();
        for (String pair : PAIRS.subList(0, pairCount)) {
            Candles series = walk(random, 20 + random.nextDouble() * 200);
            candles.put(pair, series);
            entries.put(pair, pick(random, series, entryChance));
            exits.put(pair, pick(random, series, exitChance));
        }
        int timeExitCandles = 4 + random.nextInt(17);
        int slots = 1 + random.nextInt(3);
        return new ParityCase(candles, new SignalPattern(entries, exits), TIMEFRAME,
                Map.of((int) (timeExitCandles * TIMEFRAME.minutes()), -1.0), -0.5, slots);
    }

    private static Candles walk(Random random, double start) {
        Candles.Builder b = Candles.builder(CANDLES);
        double open = start;
        for (int i = 0; i < CANDLES; i++) {
            double move = Math.max(-MAX_MOVE, Math.min(MAX_MOVE, random.nextGaussian() * 0.008));
            double close = open * (1 + move);
            double high = Math.max(open, close) * (1 + random.nextDouble() * MAX_WICK);
            double low = Math.min(open, close) * (1 - random.nextDouble() * MAX_WICK);
            b.add(START.toEpochMilli() + i * TIMEFRAME.millis(), open, high, low, close, 1000 + random.nextInt(1000));
            open = close;
        }
        return b.build();
    }

    private static Set<Long> pick(Random random, Candles series, double chance) {
        Set<Long> dates = new HashSet<>();
        for (int i = 0; i < series.size(); i++) {
            if (random.nextDouble() < chance) {
                dates.add(series.date(i));
            }
        }
        return dates;
    }
}
