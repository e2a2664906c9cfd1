package dev.hertz.core.strategy;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Column arithmetic over {@code double[]}, with pandas semantics: {@link #shift} fills the vacated
 * rows with NaN, and the rolling statistics behave like {@code series.rolling(window, min_periods)}
 * (NaN values are skipped; a row gets a value only when its window holds at least
 * {@code minPeriods} non-NaN values; by default {@code minPeriods = window}).
 *
 * <p>Every method returns a new array of the input's length and never modifies its input.
 */
public final class Series {

    private Series() {
    }

    /**
     * pandas {@code shift(n)}: row {@code i} takes the value of row {@code i - n}. A positive
     * {@code n} looks back (the first {@code n} rows become NaN), a negative one looks ahead
     * (the last {@code -n} rows become NaN; never use that for signals, it is lookahead bias).
     */
    public static double[] shift(double[] a, int n) {
        double[] out = new double[a.length];
        Arrays.fill(out, Double.NaN);
        if (Math.abs((long) n) >= a.length) {
            return out;
        }
        if (n >= 0) {
            System.arraycopy(a, 0, out, n, a.length - n);
        } else {
            System.arraycopy(a, -n, out, 0, a.length + n);
        }
        return out;
    }

    /** An array of {@code length} copies of {@code value}. */
    public static double[] full(int length, double value) {
        double[] out = new double[length];
        Arrays.fill(out, value);
        return out;
    }

    /** {@code op(a[i])} for every row, e.g. {@code apply(close, c -> c * 0.98)}. */
    public static double[] apply(double[] a, DoubleUnaryOperator op) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = op.applyAsDouble(a[i]);
        }
        return out;
    }

    /** {@code op(a[i], b[i])} for every row, e.g. {@code combine(high, low, (h, l) -> h - l)}. */
    public static double[] combine(double[] a, double[] b, DoubleBinaryOperator op) {
        Conditions.requireSameLength(a, b, "combine");
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = op.applyAsDouble(a[i], b[i]);
        }
        return out;
    }

    /** pandas {@code rolling(window).sum()}. */
    public static double[] rollingSum(double[] a, int window) {
        return rollingSum(a, window, window);
    }

    /** pandas {@code rolling(window, min_periods=minPeriods).sum()}. */
    public static double[] rollingSum(double[] a, int window, int minPeriods) {
        return runningSum(a, window, minPeriods, false);
    }

    /** pandas {@code rolling(window).mean()}. */
    public static double[] rollingMean(double[] a, int window) {
        return rollingMean(a, window, window);
    }

    /** pandas {@code rolling(window, min_periods=minPeriods).mean()}. */
    public static double[] rollingMean(double[] a, int window, int minPeriods) {
        return runningSum(a, window, minPeriods, true);
    }

    /** pandas {@code rolling(window).std()}: sample standard deviation (ddof = 1). */
    public static double[] rollingStd(double[] a, int window) {
        return rollingStd(a, window, window, 1);
    }

    /**
     * pandas {@code rolling(window, min_periods=minPeriods).std(ddof=ddof)}. A window with no more
     * than {@code ddof} values is NaN; a window whose values are all equal is exactly 0.
     *
     * <p>Each window is recomputed with two passes (mean, then squared deviations) rather than
     * updated incrementally: O(n·window), but free of the cancellation that running sums of
     * squares suffer on prices with a small spread.
     */
    public static double[] rollingStd(double[] a, int window, int minPeriods, int ddof) {
        checkWindow(window, minPeriods);
        if (ddof < 0) {
            throw new IllegalArgumentException("ddof must be >= 0, got " + ddof);
        }
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            int from = Math.max(0, i - window + 1);
            int count = 0;
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = from; j <= i; j++) {
                double v = a[j];
                if (!Double.isNaN(v)) {
                    count++;
                    sum += v;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            if (count < minPeriods || count <= ddof) {
                out[i] = Double.NaN;
            } else if (min == max) {
                out[i] = 0.0;
            } else {
                double mean = sum / count;
                double squares = 0;
                for (int j = from; j <= i; j++) {
                    double v = a[j];
                    if (!Double.isNaN(v)) {
                        squares += (v - mean) * (v - mean);
                    }
                }
                out[i] = Math.sqrt(squares / (count - ddof));
            }
        }
        return out;
    }

    /** pandas {@code rolling(window).max()}. */
    public static double[] rollingMax(double[] a, int window) {
        return rollingExtreme(a, window, window, true);
    }

    /** pandas {@code rolling(window, min_periods=minPeriods).max()}. */
    public static double[] rollingMax(double[] a, int window, int minPeriods) {
        return rollingExtreme(a, window, minPeriods, true);
    }

    /** pandas {@code rolling(window).min()}. */
    public static double[] rollingMin(double[] a, int window) {
        return rollingExtreme(a, window, window, false);
    }

    /** pandas {@code rolling(window, min_periods=minPeriods).min()}. */
    public static double[] rollingMin(double[] a, int window, int minPeriods) {
        return rollingExtreme(a, window, minPeriods, false);
    }

    /** Kahan-compensated running sum (the update pandas uses), so long series do not drift. */
    private static double[] runningSum(double[] a, int window, int minPeriods, boolean mean) {
        checkWindow(window, minPeriods);
        double[] out = new double[a.length];
        double sum = 0;
        double compensation = 0;
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            double in = a[i];
            if (!Double.isNaN(in)) {
                double y = in - compensation;
                double t = sum + y;
                compensation = t - sum - y;
                sum = t;
                count++;
            }
            if (i >= window) {
                double gone = a[i - window];
                if (!Double.isNaN(gone)) {
                    double y = -gone - compensation;
                    double t = sum + y;
                    compensation = t - sum - y;
                    sum = t;
                    count--;
                }
            }
            if (count == 0) {
                // restart exactly: no rounding residue survives an all-NaN stretch
                sum = 0;
                compensation = 0;
            }
            out[i] = count < minPeriods ? Double.NaN : mean ? sum / count : sum;
        }
        return out;
    }

    /** Monotonic deque of row indices: O(n) whatever the window. */
    private static double[] rollingExtreme(double[] a, int window, int minPeriods, boolean max) {
        checkWindow(window, minPeriods);
        double[] out = new double[a.length];
        int[] deque = new int[a.length];
        int head = 0;
        int tail = 0;
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            double in = a[i];
            if (!Double.isNaN(in)) {
                while (tail > head && (max ? a[deque[tail - 1]] <= in : a[deque[tail - 1]] >= in)) {
                    tail--;
                }
                deque[tail++] = i;
                count++;
            }
            if (i >= window && !Double.isNaN(a[i - window])) {
                count--;
            }
            while (tail > head && deque[head] <= i - window) {
                head++;
            }
            out[i] = count < minPeriods ? Double.NaN : a[deque[head]];
        }
        return out;
    }

    private static void checkWindow(int window, int minPeriods) {
        if (window < 1) {
            throw new IllegalArgumentException("rolling window must be >= 1, got " + window);
        }
        if (minPeriods < 1 || minPeriods > window) {
            throw new IllegalArgumentException("minPeriods must be within 1.." + window + " (the window), got " + minPeriods);
        }
    }
}
