package dev.hertz.core.data;

import java.util.Arrays;

/**
 * An immutable OHLCV series in columns: candle open times (epoch millis, strictly ascending) and
 * {@code open, high, low, close, volume} as doubles.
 *
 * <p>Slices ({@link #tail}, {@link #until}, {@link #slice}...) are views sharing the backing
 * arrays, so cutting a window out of a long history costs nothing. The arrays never leave this
 * object except as copies, which is what keeps it immutable.
 */
public final class Candles {

    private static final Candles EMPTY = new Candles(new long[0], new double[0], new double[0],
            new double[0], new double[0], new double[0], 0, 0);

    private final long[] date;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final int from;
    private final int size;

    private Candles(long[] date, double[] open, double[] high, double[] low, double[] close,
                    double[] volume, int from, int size) {
        this.date = date;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.from = from;
        this.size = size;
    }

    public static Candles empty() {
        return EMPTY;
    }

    /**
     * Copies the given columns after checking they have the same length and strictly ascending
     * dates; throws {@link IllegalArgumentException} naming the first offending row otherwise.
     */
    public static Candles of(long[] date, double[] open, double[] high, double[] low, double[] close,
                             double[] volume) {
        int n = date.length;
        checkLength("open", open.length, n);
        checkLength("high", high.length, n);
        checkLength("low", low.length, n);
        checkLength("close", close.length, n);
        checkLength("volume", volume.length, n);
        for (int i = 1; i < n; i++) {
            checkAscending(date[i - 1], date[i], i);
        }
        return new Candles(date.clone(), open.clone(), high.clone(), low.clone(), close.clone(),
                volume.clone(), 0, n);
    }

    private static void checkLength(String column, int length, int expected) {
        if (length != expected) {
            throw new IllegalArgumentException("Candle column '" + column + "' has " + length
                    + " values but 'date' has " + expected);
        }
    }

    static void checkAscending(long previous, long current, int row) {
        if (current <= previous) {
            throw new IllegalArgumentException("Candle dates must be strictly ascending: row " + row
                    + " has " + current + " after " + previous);
        }
    }

    /** A builder that appends rows and hands its arrays over without copying. */
    public static Builder builder(int expectedSize) {
        return new Builder(expectedSize);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long date(int i) {
        return date[index(i)];
    }

    public double open(int i) {
        return open[index(i)];
    }

    public double high(int i) {
        return high[index(i)];
    }

    public double low(int i) {
        return low[index(i)];
    }

    public double close(int i) {
        return close[index(i)];
    }

    public double volume(int i) {
        return volume[index(i)];
    }

    private int index(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("Candle index " + i + " outside 0.." + (size - 1));
        }
        return from + i;
    }

    /** Open time of the first candle; throws on an empty series. */
    public long firstDate() {
        return date(0);
    }

    /** Open time of the last candle; throws on an empty series. */
    public long lastDate() {
        return date(size - 1);
    }

    public long[] dates() {
        return Arrays.copyOfRange(date, from, from + size);
    }

    public double[] opens() {
        return Arrays.copyOfRange(open, from, from + size);
    }

    public double[] highs() {
        return Arrays.copyOfRange(high, from, from + size);
    }

    public double[] lows() {
        return Arrays.copyOfRange(low, from, from + size);
    }

    public double[] closes() {
        return Arrays.copyOfRange(close, from, from + size);
    }

    public double[] volumes() {
        return Arrays.copyOfRange(volume, from, from + size);
    }

    /** Rows {@code [fromIndex, toIndex)} as a view. */
    public Candles slice(int fromIndex, int toIndex) {
        if (fromIndex < 0 || toIndex > size || fromIndex > toIndex) {
            throw new IndexOutOfBoundsException("Slice " + fromIndex + ".." + toIndex + " outside 0.." + size);
        }
        if (fromIndex == 0 && toIndex == size) {
            return this;
        }
        return new Candles(date, open, high, low, close, volume, from + fromIndex, toIndex - fromIndex);
    }

    /** The last {@code n} candles (all of them when fewer exist). */
    public Candles tail(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("tail needs n >= 0, got " + n);
        }
        return slice(Math.max(0, size - n), size);
    }

    /** Candles opening at or before {@code epochMillis}. */
    public Candles until(long epochMillis) {
        return slice(0, upperBound(epochMillis));
    }

    /** Candles opening at or after {@code epochMillis}. */
    public Candles since(long epochMillis) {
        return slice(lowerBound(epochMillis), size);
    }

    /** Candles inside the time range, both ends inclusive (freqtrade's {@code trim_dataframe}). */
    public Candles trim(TimeRange range) {
        int lo = range.hasStart() ? lowerBound(range.startTs() * 1000) : 0;
        int hi = range.hasStop() ? upperBound(range.stopTs() * 1000) : size;
        return slice(lo, Math.max(lo, hi));
    }

    /** Index of the candle opening exactly at {@code epochMillis}, or -1. */
    public int indexOf(long epochMillis) {
        int i = lowerBound(epochMillis);
        return i < size && date[from + i] == epochMillis ? i : -1;
    }

    /** First index whose date is {@code >= epochMillis}. */
    private int lowerBound(long epochMillis) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (date[from + mid] < epochMillis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index whose date is {@code > epochMillis}. */
    private int upperBound(long epochMillis) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (date[from + mid] <= epochMillis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Candles other) || other.size != size) {
            return false;
        }
        int to = from + size;
        int otherTo = other.from + size;
        return Arrays.equals(date, from, to, other.date, other.from, otherTo)
                && Arrays.equals(open, from, to, other.open, other.from, otherTo)
                && Arrays.equals(high, from, to, other.high, other.from, otherTo)
                && Arrays.equals(low, from, to, other.low, other.from, otherTo)
                && Arrays.equals(close, from, to, other.close, other.from, otherTo)
                && Arrays.equals(volume, from, to, other.volume, other.from, otherTo);
    }

    @Override
    public int hashCode() {
        int h = size;
        for (int i = from; i < from + size; i++) {
            h = 31 * h + Long.hashCode(date[i]);
            h = 31 * h + Double.hashCode(close[i]);
        }
        return h;
    }

    @Override
    public String toString() {
        if (size == 0) {
            return "Candles[0]";
        }
        return "Candles[" + size + ", " + date(0) + ".." + lastDate() + "]";
    }

    /**
     * Collects rows in growing primitive arrays; {@link #build()} hands them to the new
     * {@link Candles} without copying and closes the builder.
     */
    public static final class Builder {
        private long[] date;
        private double[] open;
        private double[] high;
        private double[] low;
        private double[] close;
        private double[] volume;
        private int size;
        private boolean built;

        private Builder(int capacity) {
            int c = Math.max(capacity, 4);
            date = new long[c];
            open = new double[c];
            high = new double[c];
            low = new double[c];
            close = new double[c];
            volume = new double[c];
        }

        /** Appends a row; the date must be later than the previous row's. */
        public Builder add(long openTime, double o, double h, double l, double c, double v) {
            if (built) {
                throw new IllegalStateException("Builder already built");
            }
            if (size > 0) {
                checkAscending(date[size - 1], openTime, size);
            }
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
            return this;
        }

        public int size() {
            return size;
        }

        public Candles build() {
            if (built) {
                throw new IllegalStateException("Builder already built");
            }
            built = true;
            return size == 0 ? EMPTY : new Candles(date, open, high, low, close, volume, 0, size);
        }
    }
}
