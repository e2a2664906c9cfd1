package dev.hertz.core.data.history;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * freqtrade's {@code clean_ohlcv_dataframe} and {@code ohlcv_fill_up_missing_data}: rows sorted
 * by date with repeated dates merged, and gaps filled with volume-0 candles at the previous close.
 */
public final class CandleCleaner {
    private static final Logger LOG = LoggerFactory.getLogger(CandleCleaner.class);

    private static final long DAY_MS = 86_400_000L;
    /** 1970-01-05, the first Monday after the epoch (a Thursday). */
    private static final long FIRST_MONDAY_MS = 4 * DAY_MS;
    private static final long WEEK_MS = 7 * DAY_MS;

    private CandleCleaner() {
    }

    /**
     * Sorts by date (stable, so file order decides among equal dates) and merges rows of the same
     * date: first open, highest high, lowest low, last close, largest volume.
     */
    static Candles clean(OhlcvRows rows) {
        int n = rows.size;
        boolean ascending = true;
        for (int i = 1; i < n && ascending; i++) {
            ascending = rows.date[i] > rows.date[i - 1];
        }
        Candles.Builder out = Candles.builder(n);
        if (ascending) {
            for (int i = 0; i < n; i++) {
                out.add(rows.date[i], rows.open[i], rows.high[i], rows.low[i], rows.close[i], rows.volume[i]);
            }
            return out.build();
        }
        int[] order = IntStream.range(0, n).boxed()
                .sorted((a, b) -> Long.compare(rows.date[a], rows.date[b]))
                .mapToInt(Integer::intValue).toArray();
        int i = 0;
        while (i < n) {
            int row = order[i];
            long date = rows.date[row];
            double o = rows.open[row];
            double h = rows.high[row];
            double l = rows.low[row];
            double c = rows.close[row];
            double v = rows.volume[row];
            for (i++; i < n && rows.date[order[i]] == date; i++) {
                int r = order[i];
                o = Double.isNaN(o) ? rows.open[r] : o;
                h = max(h, rows.high[r]);
                l = min(l, rows.low[r]);
                c = Double.isNaN(rows.close[r]) ? c : rows.close[r];
                v = max(v, rows.volume[r]);
            }
            out.add(date, o, h, l, c, v);
        }
        return out.build();
    }

    /** Like pandas' max: a missing value (NaN) loses against a number. */
    private static double max(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    private static double min(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    /**
     * Fills missing candles the way freqtrade's resampling does: each candle is put on the
     * timeframe's grid (counted from midnight of the first candle's day; weeks end on Monday,
     * months start on the 1st), candles sharing a slot are merged (volume summed), and every empty
     * slot gets open = high = low = close = the previous close, volume 0.
     *
     * @param pair only for the log line that reports how much was filled
     */
    public static Candles fillMissing(Candles candles, Timeframe timeframe, String pair) {
        if (candles.size() < 2) {
            return candles;
        }
        Grid grid = Grid.of(timeframe, candles.firstDate());
        Candles.Builder out = Candles.builder(candles.size());
        long slot = grid.slot(candles.firstDate());
        int i = 0;
        double lastClose = Double.NaN;
        while (i < candles.size()) {
            if (grid.slot(candles.date(i)) != slot) {
                out.add(slot, lastClose, lastClose, lastClose, lastClose, 0.0);
                slot = grid.next(slot);
                continue;
            }
            double o = candles.open(i);
            double h = candles.high(i);
            double l = candles.low(i);
            double c = candles.close(i);
            double v = candles.volume(i);
            for (i++; i < candles.size() && grid.slot(candles.date(i)) == slot; i++) {
                h = max(h, candles.high(i));
                l = min(l, candles.low(i));
                c = candles.close(i);
                v += candles.volume(i);
            }
            out.add(slot, o, h, l, c, v);
            lastClose = c;
            slot = grid.next(slot);
        }
        Candles filled = out.build();
        if (filled.size() != candles.size()) {
            double missing = (filled.size() - candles.size()) / (double) candles.size();
            String message = String.format(Locale.ROOT, "Missing data fillup for %s, %s: before: %d - after: %d - %.2f%%",
                    pair, timeframe.name(), candles.size(), filled.size(), missing * 100);
            if (missing > 0.01) {
                LOG.info(message);
            } else {
                LOG.debug(message);
            }
        }
        return filled;
    }

    /**
     * The slots pandas' resample uses for freqtrade's {@code timeframe_to_resample_freq}: fixed
     * steps from midnight of the first day, weeks closing on Monday, or whole months counted from
     * the first candle's month (January of its year for {@code y}).
     */
    private record Grid(Kind kind, long stepMs, long origin) {
        enum Kind { FIXED, WEEK, MONTHS }

        static Grid of(Timeframe timeframe, long firstMs) {
            long minutes = timeframe.minutes();
            if (minutes > 10_000 && minutes < 43_200) {
                return new Grid(Kind.WEEK, WEEK_MS, FIRST_MONDAY_MS);
            }
            if (minutes >= 43_200) {
                boolean years = timeframe.name().endsWith("y");
                long months = years ? 12 * (timeframe.seconds() / 31_536_000L) : Math.max(1, timeframe.seconds() / 2_592_000L);
                long firstMonth = monthIndex(firstMs);
                return new Grid(Kind.MONTHS, months, years ? firstMonth - Math.floorMod(firstMonth, 12) : firstMonth);
            }
            return new Grid(Kind.FIXED, timeframe.millis(), Math.floorDiv(firstMs, DAY_MS) * DAY_MS);
        }

        /** The label of the slot holding {@code ms}. */
        long slot(long ms) {
            return switch (kind) {
                // pandas' "W-MON" closes bins on the right: (Monday, next Monday] is labelled by that next Monday
                case WEEK -> origin + Math.ceilDiv(ms - origin, stepMs) * stepMs;
                case MONTHS -> monthStart(origin + Math.floorDiv(monthIndex(ms) - origin, stepMs) * stepMs);
                case FIXED -> origin + Math.floorDiv(ms - origin, stepMs) * stepMs;
            };
        }

        long next(long slot) {
            return kind == Kind.MONTHS ? monthStart(monthIndex(slot) + stepMs) : slot + stepMs;
        }

        private static long monthIndex(long ms) {
            LocalDate day = Instant.ofEpochMilli(ms).atZone(ZoneOffset.UTC).toLocalDate();
            return day.getYear() * 12L + day.getMonthValue() - 1;
        }

        private static long monthStart(long monthIndex) {
            return LocalDate.of((int) Math.floorDiv(monthIndex, 12), (int) Math.floorMod(monthIndex, 12) + 1, 1)
                    .atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
    }
}
