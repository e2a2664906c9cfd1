package dev.hertz.app.parity;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Random parity cases from a seed: 2 or 3 pairs of 300 gap-free 5m candles (a random walk, each
 * open at the previous close) with random entry/exit signal patterns.
 *
 * <p>The live bot sees one price per candle, its open; the backtester also sees the candle's high
 * and low and exits inside the candle, at prices and moments a once-per-candle bot cannot observe.
 * So each kind of case keeps to exits both can decide alike:
 * <ul>
 *   <li>{@link #signalCase}: exit signals, a time exit and {@code force_exit}, compared exactly;</li>
 *   <li>{@link #stopCase}: exit signals, a real stoploss and {@code force_exit}, on candles without
 *       wicks, where a stop exit is compared by reason with the live exit one candle later
 *       (see {@code LiveBacktestParityTest#stopCasesMatchUpToTheCandleTheLiveBotSeesTheBreach}).</li>
 * </ul>
 * Trailing stops, custom stoploss and position adjustment are left out: they move the stop from
 * the candle's high, which the live bot never sees.
 */
final class RandomMarket {
    static final Timeframe TIMEFRAME = Timeframe.parse("5m");
    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final int CANDLES = 300;
    private static final List<String> PAIRS = List.of("BTC/USDT", "ETH/USDT", "SOL/USDT");
    private static final double MAX_MOVE = 0.02;
    private static final double MAX_WICK = 0.005;
    /** ROI never reached: the ROI table then plays no part. */
    private static final Map<Integer, Double> NO_ROI = Map.of(0, 100.0);

    private RandomMarket() {
    }

    /**
     * Signals (entries on 4–20 % of the candles, exits on 2–20 %), 1–3 slots shared by the pairs
     * (so slot order matters), {@code exit_profit_only} (offset 0 or 0.5 %) and
     * {@code ignore_roi_if_entry_signal} each on or off, and
     * <ul>
     *   <li>an ROI table of a single step, {@code -1} after 4–20 candles: a time exit whatever the
     *       profit, which both take at the open of the candle the step starts on (a positive ROI
     *       step would be hit by a candle's high in the backtest before any open reaches it);</li>
     *   <li>a stoploss of -50 % that does not trigger: a candle moves at most 2 % close-to-open and
     *       0.5 % more to its low, so it takes more than 30 candles to fall that far, and a trade
     *       leaves after 20 at most, later only while entry signals hold the time exit back
     *       ({@code ignore_roi_if_entry_signal}), each candle's with a chance of 20 % or less.</li>
     * </ul>
     */
    static ParityCase signalCase(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int timeExitCandles = 4 + random.nextInt(17);
        int slots = 1 + random.nextInt(3);
        Map<Integer, Double> roi = Map.of((int) (timeExitCandles * TIMEFRAME.minutes()), -1.0);
        ExitOptions options = new ExitOptions(random.nextBoolean(), random.nextBoolean() ? 0.0 : 0.005,
                random.nextBoolean());
        return market(random, true, roi, -0.5, slots, 0.2, options);
    }

    /**
     * Signals (exit signals rarer, so that stops happen), a stoploss of 1.5–4 %, no ROI, and a slot
     * for every pair (a stop exit frees its slot a candle later live, which must not decide another
     * pair's entry). The candles have no wicks, so a candle's low is its open or close, and the last
     * one is flat, so the backtest cannot stop out on the candle where both runs force-exit.
     */
    static ParityCase stopCase(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double stoploss = -(0.015 + random.nextDouble() * 0.025);
        return market(random, false, NO_ROI, stoploss, PAIRS.size(), 0.06, ExitOptions.DEFAULTS);
    }

    private static ParityCase market(SplittableRandom random, boolean wicks, Map<Integer, Double> roi,
                                     double stoploss, int slots, double maxExitChance, ExitOptions options) {
        int pairCount = 2 + random.nextInt(2);
        double entryChance = 0.04 + random.nextDouble() * 0.16;
        double exitChance = 0.02 + random.nextDouble() * (maxExitChance - 0.02);
        Map<String, Candles> candles = new LinkedHashMap<>();
        Map<String, Set<Long>> entries = new LinkedHashMap<>();
        Map<String, Set<Long>> exits = new LinkedHashMap<>();
        for (String pair : PAIRS.subList(0, pairCount)) {
            Candles series = walk(random, 20 + random.nextDouble() * 200, wicks);
            candles.put(pair, series);
            entries.put(pair, pick(random, series, entryChance));
            exits.put(pair, pick(random, series, exitChance));
        }
        return new ParityCase(candles, new SignalPattern(entries, exits), TIMEFRAME, roi, stoploss, slots, options);
    }

    /** A walk whose every open is the previous close; without wicks the last candle is flat. */
    private static Candles walk(SplittableRandom random, double start, boolean wicks) {
        Candles.Builder b = Candles.builder(CANDLES);
        double open = start;
        for (int i = 0; i < CANDLES; i++) {
            double move = Math.max(-MAX_MOVE, Math.min(MAX_MOVE, random.nextGaussian() * 0.008));
            double close = wicks || i < CANDLES - 1 ? open * (1 + move) : open;
            double high = Math.max(open, close) * (1 + (wicks ? random.nextDouble() * MAX_WICK : 0));
            double low = Math.min(open, close) * (1 - (wicks ? random.nextDouble() * MAX_WICK : 0));
            b.add(START.toEpochMilli() + i * TIMEFRAME.millis(), open, high, low, close, 1000 + random.nextInt(1000));
            open = close;
        }
        return b.build();
    }

    private static Set<Long> pick(SplittableRandom random, Candles series, double chance) {
        Set<Long> dates = new HashSet<>();
        for (int i = 0; i < series.size(); i++) {
            if (random.nextDouble() < chance) {
                dates.add(series.date(i));
            }
        }
        return dates;
    }
}
