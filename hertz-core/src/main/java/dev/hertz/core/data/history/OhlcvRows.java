package dev.hertz.core.data.history;

import java.util.Arrays;

/**
 * Rows as a file holds them: in file order, possibly unsorted or with repeated dates, which
 * {@link dev.hertz.core.data.Candles} does not allow. {@link CandleCleaner#clean} turns them into candles.
 */
final class OhlcvRows {
    long[] date;
    double[] open;
    double[] high;
    double[] low;
    double[] close;
    double[] volume;
    int size;

    OhlcvRows(int capacity) {
        int c = Math.max(capacity, 16);
        date = new long[c];
        open = new double[c];
        high = new double[c];
        low = new double[c];
        close = new double[c];
        volume = new double[c];
    }

    void add(long openTime, double o, double h, double l, double c, double v) {
        if (size == date.length) {
            int grown = size * 2;
            date = Arrays.copyOf(date, grown);
            open = Arrays.copyOf(open, grown);
            high = Arrays.copyOf(high, grown);
            low = Arrays.copyOf(low, grown);
            close = Arrays.copyOf(close, grown);
            volume = Arrays.copyOf(volume, grown);
        }
        date[size] = openTime;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        volume[size] = v;
        size++;
    }
}
