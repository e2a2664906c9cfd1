package dev.hertz.optimize.backtest;

import dev.hertz.core.data.TimeRange;
import dev.hertz.core.strategy.Frame;

/**
 * One pair's simulation rows (reference §7.1 step 8): the prices of candle <i>i</i> beside the
 * signals the strategy computed on candle <i>i − 1</i>, so that a signal is acted on at the open
 * of the candle after it, as live trading can. A view over the analysed frame's own column arrays
 * (nothing is copied, so a hyperopt epoch costs no new price arrays); the loop reads it by index.
 */
public final class PairSignals {
    private static final double[] NONE = new double[0];

    final String pair;
    /** The first candle left after trimming, before the shift drops it: where the backtest starts. */
    private final long startDate;
    /** Row 0 is this index of the frame's arrays; its signals are at {@code first − 1}. */
    private final int first;
    private final int size;
    private final long[] date;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] enterLong;
    private final double[] exitLong;
    private final double[] enterShort;
    private final double[] exitShort;
    private final String[] enterTag;
    private final String[] exitTag;

    private PairSignals(String pair, Frame frame, int first, int size, boolean canShort) {
        this.pair = pair;
        this.first = first;
        this.size = size;
        this.date = frame.date();
        this.startDate = size > 0 ? date[first - 1] : 0;
        this.open = frame.open();
        this.high = frame.high();
        this.low = frame.low();
        this.close = frame.close();
        this.enterLong = signal(frame, Frame.ENTER_LONG, true);
        this.exitLong = signal(frame, Frame.EXIT_LONG, true);
        this.enterShort = signal(frame, Frame.ENTER_SHORT, canShort);
        this.exitShort = signal(frame, Frame.EXIT_SHORT, canShort);
        this.enterTag = frame.has(Frame.ENTER_TAG) ? frame.strings(Frame.ENTER_TAG) : null;
        this.exitTag = frame.has(Frame.EXIT_TAG) ? frame.strings(Frame.EXIT_TAG) : null;
    }

    /**
     * The rows of an analysed frame: the first {@code startupCandles} rows dropped (or, without
     * startup candles, rows before the timerange start), rows after the timerange stop dropped,
     * the signal columns shifted down one row (missing → 0 / null) and the first row dropped.
     * The frame must not change afterwards.
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
        return new PairSignals(pair, analysed, first, Math.max(0, to - first), canShort);
    }

    private static double[] signal(Frame frame, String column, boolean counts) {
        return counts && frame.has(column) ? frame.col(column) : NONE;
    }

    public String pair() {
        return pair;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The first trimmed candle (epoch ms), the one the shift dropped; the data must not be empty. */
    public long startDate() {
        return startDate;
    }

    /** The last row's date (epoch ms); the data must not be empty. */
    public long lastDate() {
        return date[first + size - 1];
    }

    long date(int i) {
        return date[first + i];
    }

    double open(int i) {
        return open[first + i];
    }

    double high(int i) {
        return high[first + i];
    }

    double low(int i) {
        return low[first + i];
    }

    double close(int i) {
        return close[first + i];
    }

    /** freqtrade compares the shifted value with 1: NaN (no signal) and 0 are both "no". */
    boolean enterLong(int i) {
        return is(enterLong, i);
    }

    boolean exitLong(int i) {
        return is(exitLong, i);
    }

    boolean enterShort(int i) {
        return is(enterShort, i);
    }

    boolean exitShort(int i) {
        return is(exitShort, i);
    }

    String enterTag(int i) {
        return enterTag == null ? null : enterTag[first + i - 1];
    }

    String exitTag(int i) {
        return exitTag == null ? null : exitTag[first + i - 1];
    }

    private boolean is(double[] signal, int i) {
        return signal.length > 0 && signal[first + i - 1] == 1.0;
    }

    /**
     * The entry direction of row {@code i} (reference §7.2): long when entering long without an
     * exit-long or enter-short beside it, the mirror for short, else none (null).
     */
    String direction(int i) {
        boolean el = enterLong(i);
        boolean es = enterShort(i);
        if (el && !(exitLong(i) || es)) {
            return "long";
        }
        if (es && !(exitShort(i) || el)) {
            return "short";
        }
        return null;
    }
}
