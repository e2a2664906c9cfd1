package dev.hertz.optimize.backtest;

import dev.hertz.core.data.Candles;

/**
 * The candle being simulated with the signals acting on it: a main row, or a detail candle
 * carrying its main row's signals. One instance is refilled per step so the loop allocates
 * nothing per candle.
 */
final class Row {
    long date;
    double open;
    double high;
    double low;
    double close;
    boolean enterLong;
    boolean exitLong;
    boolean enterShort;
    boolean exitShort;
    String enterTag;
    String exitTag;

    Row load(PairSignals p, int i) {
        date = p.date(i);
        open = p.open(i);
        high = p.high(i);
        low = p.low(i);
        close = p.close(i);
        enterLong = p.enterLong(i);
        exitLong = p.exitLong(i);
        enterShort = p.enterShort(i);
        exitShort = p.exitShort(i);
        enterTag = p.enterTag(i);
        exitTag = p.exitTag(i);
        return this;
    }

    /** Detail candle {@code j}; the signals stay those of the main row loaded before. */
    Row loadDetail(Candles detail, int j) {
        date = detail.date(j);
        open = detail.open(j);
        high = detail.high(j);
        low = detail.low(j);
        close = detail.close(j);
        return this;
    }

    boolean enter(boolean isShort) {
        return isShort ? enterShort : enterLong;
    }

    boolean exit(boolean isShort) {
        return isShort ? exitShort : exitLong;
    }

    /** Whether a limit order at {@code price} fills inside this candle. */
    boolean fills(double price) {
        return low <= price && price <= high;
    }
}
