package dev.hertz.core.exchange.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The chain of days of one pair's path around the anchor day: the state where each day starts
 * and ends, and each generated day's OHLCV summary.
 *
 * <p>Days from the anchor on are generated forward, each starting where the previous one ended;
 * days before it backward, each ending where the next one starts. Generating a day far away
 * therefore walks every day in between once; what stays behind is a few numbers per day, so
 * daily and weekly candles come from summaries while minute data is regenerated on demand.
 */
final class DayChain {

    /** Start/end state and summary of one day; the side not yet generated is unknown. */
    static final class DayRecord {
        final long day;
        double startLog;
        double startVariance;
        double endLog;
        double endVariance;
        double trend;
        double volRegime;
        boolean generated;
        double open;
        double high;
        double low;
        double close;
        double volume;

        DayRecord(long day) {
            this.day = day;
        }
    }

    private final PathModel model;
    private final TickGrid grid;
    private final long anchorDay;
    private final List<DayRecord> forward = new ArrayList<>();
    private final List<DayRecord> backward = new ArrayList<>();
    private final PathModel.Scratch scratch = new PathModel.Scratch();
    private final double[] evolved = new double[2];
    private MinuteBlock chainBlock;

    DayChain(PathModel model, TickGrid grid, long anchorDay) {
        this.model = model;
        this.grid = grid;
        this.anchorDay = anchorDay;
    }

    /** The day's record with its summary, generating it (and the days leading to it) if needed. */
    DayRecord summary(long day) {
        DayRecord rec = record(day);
        if (!rec.generated) {
            generate(day, scratchBlock());
        }
        return rec;
    }

    /** Generates {@code day} into {@code target}, completing its record on the way. */
    void generate(long day, MinuteBlock target) {
        DayRecord rec = record(day);
        target.day = day;
        target.trend = rec.trend;
        PathModel.Scratch s = scratch;
        long base = day * MinuteBlock.MINUTES;
        int last = PathModel.SUBSTEPS;
        double longRun = model.regimeVariance(rec.volRegime);
        if (day >= anchorDay) {
            target.direction = 1;
            double x = rec.startLog;
            double h = rec.startVariance;
            for (int i = 0; i < MinuteBlock.MINUTES; i++) {
                target.logPrice[i] = x;
                target.variance[i] = h;
                double r = model.minute(base + i, x, h, rec.trend, 1, s);
                fold(target, i, s);
                x = s.points[last];
                h = model.nextVariance(h, r, longRun);
            }
            target.logPrice[MinuteBlock.MINUTES] = x;
            rec.endLog = x;
            rec.endVariance = h;
        } else {
            target.direction = -1;
            double x = rec.endLog;
            double h = rec.endVariance;
            for (int i = MinuteBlock.MINUTES - 1; i >= 0; i--) {
                target.logPrice[i + 1] = x;
                target.variance[i] = h;
                double r = model.minute(base + i, x, h, rec.trend, -1, s);
                fold(target, i, s);
                x = s.points[last];
                h = model.nextVariance(h, r, longRun);
            }
            target.logPrice[0] = x;
            rec.startLog = x;
            rec.startVariance = h;
        }
        summarise(target, rec);
    }

    private void fold(MinuteBlock target, int i, PathModel.Scratch s) {
        double vol = 0;
        for (int j = 0; j < PathModel.SUBSTEPS; j++) {
            vol += s.volume[j];
        }
        target.high[i] = display(s.high);
        target.low[i] = display(s.low);
        target.volume[i] = vol;
    }

    private void summarise(MinuteBlock b, DayRecord rec) {
        double hi = Double.NEGATIVE_INFINITY;
        double lo = Double.POSITIVE_INFINITY;
        double vol = 0;
        for (int i = 0; i < MinuteBlock.MINUTES; i++) {
            b.close[i] = display(b.logPrice[i + 1]);
            hi = Math.max(hi, b.high[i]);
            lo = Math.min(lo, b.low[i]);
            vol += b.volume[i];
        }
        b.firstOpen = display(b.logPrice[0]);
        rec.open = b.firstOpen;
        rec.high = hi;
        rec.low = lo;
        rec.close = b.close[MinuteBlock.MINUTES - 1];
        rec.volume = vol;
        rec.generated = true;
    }

    /** A log price as the exchange shows it: on the tick grid and never below one tick. */
    double display(double logPrice) {
        return Math.max(grid.step(), grid.round(Math.exp(logPrice)));
    }

    private DayRecord record(long day) {
        if (day >= anchorDay) {
            int k = Math.toIntExact(day - anchorDay);
            while (forward.size() <= k) {
                forward.add(nextForward());
            }
            return forward.get(k);
        }
        int k = Math.toIntExact(anchorDay - 1 - day);
        while (backward.size() <= k) {
            backward.add(nextBackward());
        }
        return backward.get(k);
    }

    private DayRecord nextForward() {
        long day = anchorDay + forward.size();
        DayRecord rec = new DayRecord(day);
        if (forward.isEmpty()) {
            rec.startLog = model.anchorLog;
            rec.startVariance = model.regimeVariance(0);
            return rec;
        }
        DayRecord prev = forward.get(forward.size() - 1);
        if (!prev.generated) {
            generate(prev.day, scratchBlock());
        }
        model.evolveDay(day, prev.trend, prev.volRegime, evolved);
        rec.startLog = prev.endLog;
        rec.startVariance = prev.endVariance;
        rec.trend = evolved[0];
        rec.volRegime = evolved[1];
        return rec;
    }

    private DayRecord nextBackward() {
        long day = anchorDay - 1 - backward.size();
        DayRecord next = backward.isEmpty() ? record(anchorDay) : backward.get(backward.size() - 1);
        if (!next.generated && next.day != anchorDay) {
            generate(next.day, scratchBlock());
        }
        DayRecord rec = new DayRecord(day);
        model.evolveDay(day, next.trend, next.volRegime, evolved);
        rec.endLog = next.startLog;
        rec.endVariance = next.startVariance;
        rec.trend = evolved[0];
        rec.volRegime = evolved[1];
        return rec;
    }

    private MinuteBlock scratchBlock() {
        if (chainBlock == null) {
            chainBlock = new MinuteBlock();
        }
        return chainBlock;
    }
}
