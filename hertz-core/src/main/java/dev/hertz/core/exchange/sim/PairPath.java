package dev.hertz.core.exchange.sim;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The price history of one simulated pair as an exchange would serve it: candles of any supported
 * timeframe, the current price, and the traded range between two instants (for resting orders).
 *
 * <p>Every candle is an aggregation of 1-minute candles, so timeframes agree with each other by
 * construction. The candle containing "now" is built from the completed minutes plus the completed
 * 15 s sub-steps of the current minute, so it grows as simulated time passes.
 *
 * <p>Memory stays small: a few days of minute data (LRU), per timeframe up to ~3000 finished
 * candles (LRU by day), and a handful of numbers per generated day. Thread-safe.
 */
final class PairPath {

    private static final int MINUTE_BLOCKS = 3;
    private static final int CACHED_CANDLES_PER_TIMEFRAME = 3000;

    final SimMarketSpec spec;
    private final PathModel model;
    private final DayChain chain;
    private final long historyStartMinute;
    private final LinkedHashMap<Long, MinuteBlock> blocks = new LinkedHashMap<>(8, 0.75f, true);
    private final Map<Long, LinkedHashMap<Long, double[][]>> dayAggregates = new HashMap<>();
    private final CandleAccumulator acc = new CandleAccumulator();
    private final PathModel.Scratch scratch = new PathModel.Scratch();

    PairPath(long seed, SimMarketSpec spec, long anchorDay, long historyStartMinute) {
        this.spec = spec;
        this.model = new PathModel(seed, spec);
        this.chain = new DayChain(model, new TickGrid(spec.tickSize()), anchorDay);
        this.historyStartMinute = historyStartMinute;
    }

    long historyStartMillis() {
        return historyStartMinute * 60_000;
    }

    /** Candles {@code fromIdx..toIdx} (candle index = open time / timeframe), the last possibly forming. */
    synchronized Candles candles(Timeframe tf, long fromIdx, long toIdx, long nowMs) {
        long tfMin = tf.minutes();
        Candles.Builder out = Candles.builder((int) Math.max(0, toIdx - fromIdx + 1));
        for (long idx = fromIdx; idx <= toIdx; idx++) {
            long start = idx * tfMin;
            long end = start + tfMin;
            if (end * 60_000 <= nowMs) {
                completeCandle(tfMin, start, out);
            } else {
                acc.reset();
                accumulateMinutes(start, Math.floorDiv(nowMs, 60_000));
                addPartialMinute(nowMs);
                out.add(start * 60_000, acc.open, acc.high, acc.low, acc.close, acc.volume);
            }
        }
        return out.build();
    }

    private void completeCandle(long tfMin, long start, Candles.Builder out) {
        long day = Math.floorDiv(start, MinuteBlock.MINUTES);
        if (tfMin == 1) {
            MinuteBlock b = block(day);
            int i = (int) (start - b.firstMinute());
            out.add(start * 60_000, b.open(i), b.high[i], b.low[i], b.close[i], b.volume[i]);
        } else if (MinuteBlock.MINUTES % tfMin == 0) {
            double[][] agg = dayAggregate(tfMin, day);
            int i = (int) ((start - day * MinuteBlock.MINUTES) / tfMin);
            out.add(start * 60_000, agg[0][i], agg[1][i], agg[2][i], agg[3][i], agg[4][i]);
        } else {
            acc.reset();
            accumulateMinutes(start, start + tfMin);
            out.add(start * 60_000, acc.open, acc.high, acc.low, acc.close, acc.volume);
        }
    }

    /** The last traded price at {@code nowMs}. */
    synchronized double price(long nowMs) {
        long minute = Math.floorDiv(nowMs, 60_000);
        int done = completedSubsteps(nowMs);
        substeps(minute);
        return chain.display(scratch.points[done]);
    }

    /** Open, high, low, close and volume of the 24 h up to {@code nowMs}. */
    synchronized double[] last24h(long nowMs) {
        long nowMinute = Math.floorDiv(nowMs, 60_000);
        acc.reset();
        accumulateMinutes(Math.max(historyStartMinute, nowMinute - MinuteBlock.MINUTES), nowMinute);
        addPartialMinute(nowMs);
        return new double[]{acc.open, acc.high, acc.low, acc.close, acc.volume};
    }

    /**
     * Lowest and highest traded price in the 15 s sub-steps that lie entirely inside
     * {@code (fromMs, toMs]}, or null when none does. Minutes wholly inside count with their
     * wicks; partly covered minutes with the sub-step prices in range.
     */
    synchronized double[] tradedRange(long fromMs, long toMs) {
        long first = Math.floorDiv(fromMs + PathModel.SUBSTEP_MS - 1, PathModel.SUBSTEP_MS);
        long end = Math.floorDiv(toMs, PathModel.SUBSTEP_MS);
        if (first >= end) {
            return null;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (long m = Math.floorDiv(first, PathModel.SUBSTEPS); m * PathModel.SUBSTEPS < end; m++) {
            long q0 = m * PathModel.SUBSTEPS;
            if (q0 >= first && q0 + PathModel.SUBSTEPS <= end) {
                MinuteBlock b = block(Math.floorDiv(m, MinuteBlock.MINUTES));
                int i = (int) (m - b.firstMinute());
                lo = Math.min(lo, b.low[i]);
                hi = Math.max(hi, b.high[i]);
            } else {
                substeps(m);
                for (int j = 0; j < PathModel.SUBSTEPS; j++) {
                    long q = q0 + j;
                    if (q >= first && q < end) {
                        double a = chain.display(scratch.points[j]);
                        double b = chain.display(scratch.points[j + 1]);
                        lo = Math.min(lo, Math.min(a, b));
                        hi = Math.max(hi, Math.max(a, b));
                    }
                }
            }
        }
        return new double[]{lo, hi};
    }

    /** Adds the completed minutes {@code [from, to)}, whole days from their summaries. */
    private void accumulateMinutes(long from, long to) {
        long m = from;
        while (m < to) {
            long day = Math.floorDiv(m, MinuteBlock.MINUTES);
            long dayStart = day * MinuteBlock.MINUTES;
            long segEnd = Math.min(to, dayStart + MinuteBlock.MINUTES);
            if (m == dayStart && segEnd == dayStart + MinuteBlock.MINUTES) {
                DayChain.DayRecord r = chain.summary(day);
                acc.add(r.open, r.high, r.low, r.close, r.volume);
            } else {
                MinuteBlock b = block(day);
                for (int i = (int) (m - dayStart), e = (int) (segEnd - dayStart); i < e; i++) {
                    acc.add(b.open(i), b.high[i], b.low[i], b.close[i], b.volume[i]);
                }
            }
            m = segEnd;
        }
    }

    /** Adds the current minute as far as its completed sub-steps go. */
    private void addPartialMinute(long nowMs) {
        long minute = Math.floorDiv(nowMs, 60_000);
        int done = completedSubsteps(nowMs);
        substeps(minute);
        double open = chain.display(scratch.points[0]);
        double hi = open;
        double lo = open;
        double vol = 0;
        for (int j = 0; j < done; j++) {
            double p = chain.display(scratch.points[j + 1]);
            hi = Math.max(hi, p);
            lo = Math.min(lo, p);
            vol += scratch.volume[j];
        }
        acc.add(open, hi, lo, chain.display(scratch.points[done]), vol);
    }

    private static int completedSubsteps(long nowMs) {
        return (int) (Math.floorMod(nowMs, 60_000L) / PathModel.SUBSTEP_MS);
    }

    /** Regenerates one minute into {@link #scratch} in chronological order. */
    private void substeps(long minute) {
        MinuteBlock b = block(Math.floorDiv(minute, MinuteBlock.MINUTES));
        int i = (int) (minute - b.firstMinute());
        if (b.direction > 0) {
            model.minute(minute, b.logPrice[i], b.variance[i], b.trend, 1, scratch);
            return;
        }
        model.minute(minute, b.logPrice[i + 1], b.variance[i], b.trend, -1, scratch);
        reverse(scratch.points);
        reverse(scratch.volume);
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private MinuteBlock block(long day) {
        MinuteBlock b = blocks.get(day);
        if (b != null) {
            return b;
        }
        MinuteBlock target = null;
        if (blocks.size() >= MINUTE_BLOCKS) {
            Iterator<MinuteBlock> eldest = blocks.values().iterator();
            target = eldest.next();
            eldest.remove();
        }
        if (target == null) {
            target = new MinuteBlock();
        }
        chain.generate(day, target);
        blocks.put(day, target);
        return target;
    }

    /** Finished candles of a timeframe that divides a day, for one whole day: [open, high, low, close, volume][i]. */
    private double[][] dayAggregate(long tfMin, long day) {
        LinkedHashMap<Long, double[][]> cache = dayAggregates.computeIfAbsent(tfMin, k -> {
            long perDay = MinuteBlock.MINUTES / tfMin;
            int capacity = (int) Math.max(2, CACHED_CANDLES_PER_TIMEFRAME / perDay + 1);
            return new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, double[][]> eldest) {
                    return size() > capacity;
                }
            };
        });
        double[][] agg = cache.get(day);
        if (agg != null) {
            return agg;
        }
        int n = (int) (MinuteBlock.MINUTES / tfMin);
        agg = new double[5][n];
        MinuteBlock b = block(day);
        for (int c = 0; c < n; c++) {
            acc.reset();
            for (int i = (int) (c * tfMin), e = (int) ((c + 1) * tfMin); i < e; i++) {
                acc.add(b.open(i), b.high[i], b.low[i], b.close[i], b.volume[i]);
            }
            agg[0][c] = acc.open;
            agg[1][c] = acc.high;
            agg[2][c] = acc.low;
            agg[3][c] = acc.close;
            agg[4][c] = acc.volume;
        }
        cache.put(day, agg);
        return agg;
    }
}
