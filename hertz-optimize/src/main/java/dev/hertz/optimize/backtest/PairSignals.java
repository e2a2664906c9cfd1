package dev.hertz.optimize.backtest;

import dev.hertz.core.data.TimeRange;
import dev.hertz.core.strategy.Frame;

import java.util.Arrays;

/**
 * One pair's simulation rows (reference §7.1 step 8): the prices of candle <i>i</i> beside the
 * signals the strategy computed on candle <i>i − 1</i>, so that a signal is acted on at the open
 * of the candle after it, as live trading can. Columnar arrays; the loop reads them by index.
 */
public final class PairSignals {
    final String pair;
    /** The first candle left after trimming, before the shift drops it: where the backtest starts. */
    final long startDate;
    final long[] date;
    final double[] open;
    final double[] high;
    final double[] low;
    final double[] close;
    final boolean[] enterLong;
    final boolean[] exitLong;
    final boolean[] enterShort;
    final boolean[] exitShort;
    final String[] enterTag;
    final String[] exitTag;

    private PairSignals(String pair, long startDate, int size) {
        this.pair = pair;
        this.startDate = startDate;
        date = new long[size];
        open = new double[size];
        high = new double[size];
        low = new double[size];
        close = new double[size];
        enterLong = new boolean[size];
        exitLong = new boolean[size];
        enterShort = new boolean[size];
        exitShort = new boolean[size];
        enterTag = new String[size];
        exitTag = new String[size];
    }

    /**
     * The rows of an analysed frame: the first {@code startupCandles} rows dropped (or, without
     * startup candles, rows before the timerange start), rows after the timerange stop dropped,
     * the signal columns shifted down one row (missing → 0 / null) and the first row dropped.
     *
     * @param canShort whether short signals count (not in spot, not without {@code can_short})
     * @return the rows; empty when nothing is left
     */
    public static PairSignals of(String pair, Frame analysed, int startupCandles, TimeRange timerange,
                                 boolean canShort) {
        long[] dates = analysed.date();
        int from = startupCandles;
        if (startupCandles == 0 && timerange.hasStart()) {
            long start = timerange.startDate().toEpochMilli();
            while (from < dates.length && dates[from] < start) {
                from++;
            }
        }
        int to = dates.length;
        if (timerange.hasStop()) {
            long stop = timerange.stopDate().toEpochMilli();
            while (to > from && dates[to - 1] > stop) {
                to--;
            }
        }
        // the shift moves row i's signals to row i + 1, and the first trimmed row, left without a signal, goes
        int first = from + 1;
        int size = Math.max(0, to - first);
        PairSignals rows = new PairSignals(pair, from < to ? dates[from] : 0, size);
        if (size == 0) {
            return rows;
        }
        System.arraycopy(dates, first, rows.date, 0, size);
        System.arraycopy(analysed.open(), first, rows.open, 0, size);
        System.arraycopy(analysed.high(), first, rows.high, 0, size);
        System.arraycopy(analysed.low(), first, rows.low, 0, size);
        System.arraycopy(analysed.close(), first, rows.close, 0, size);
        copySignal(analysed, Frame.ENTER_LONG, first, rows.enterLong);
        copySignal(analysed, Frame.EXIT_LONG, first, rows.exitLong);
        if (canShort) {
            copySignal(analysed, Frame.ENTER_SHORT, first, rows.enterShort);
            copySignal(analysed, Frame.EXIT_SHORT, first, rows.exitShort);
        }
        copyTag(analysed, Frame.ENTER_TAG, first, rows.enterTag);
        copyTag(analysed, Frame.EXIT_TAG, first, rows.exitTag);
        return rows;
    }

    private static void copySignal(Frame frame, String column, int first, boolean[] into) {
        if (!frame.has(column)) {
            return;
        }
        double[] values = frame.col(column);
        for (int i = 0; i < into.length; i++) {
            // freqtrade compares the shifted value with 1: NaN (no signal) and 0 are both "no"
            into[i] = values[first + i - 1] == 1.0;
        }
    }

    private static void copyTag(Frame frame, String column, int first, String[] into) {
        if (!frame.has(column)) {
            Arrays.fill(into, null);
            return;
        }
        String[] values = frame.strings(column);
        System.arraycopy(values, first - 1, into, 0, into.length);
    }

    public String pair() {
        return pair;
    }

    public int size() {
        return date.length;
    }

    public boolean isEmpty() {
        return date.length == 0;
    }

    /** The first trimmed candle (epoch ms), the one the shift dropped; the data must not be empty. */
    public long startDate() {
        return startDate;
    }

    /** The last row's date (epoch ms); the data must not be empty. */
    public long lastDate() {
        return date[date.length - 1];
    }

    /**
     * The entry direction of row {@code i} (reference §7.2): long when entering long without an
     * exit-long or enter-short beside it, the mirror for short, else none (null).
     */
    String direction(int i) {
        if (enterLong[i] && !(exitLong[i] || enterShort[i])) {
            return "long";
        }
        if (enterShort[i] && !(exitShort[i] || enterLong[i])) {
            return "short";
        }
        return null;
    }
}
