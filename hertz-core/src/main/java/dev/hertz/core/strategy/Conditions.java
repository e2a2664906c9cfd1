package dev.hertz.core.strategy;

import java.util.function.IntPredicate;

/**
 * Vectorised comparisons over {@code double[]} columns that produce {@link Mask}s, meant for
 * {@code import static dev.hertz.core.strategy.Conditions.*}.
 *
 * <p>Semantics follow pandas: a comparison involving NaN is {@code false} (so the NaN lookback
 * rows of an indicator never signal), and anything that looks at the previous row
 * ({@link #crossedAbove}, {@link #rising}, ...) is {@code false} on row 0, because the shifted
 * value there is NaN.
 *
 * <pre>{@code
 * // freqtrade: (qtpylib.crossed_above(df["rsi"], 30)) & (df["tema"] <= df["bb_middleband"])
 * //            & (df["tema"] > df["tema"].shift(1)) & (df["volume"] > 0)
 * f.signal("enter_long", crossedAbove(f.col("rsi"), 30)
 *         .and(atMost(f.col("tema"), f.col("bb_middleband")))
 *         .and(rising(f.col("tema")))
 *         .and(above(f.volume(), 0)));
 * }</pre>
 */
public final class Conditions {

    private Conditions() {
    }

    /** {@code a > value} row by row. */
    public static Mask above(double[] a, double value) {
        boolean[] out = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] > value;
        }
        return Mask.wrap(out);
    }

    /** {@code a > b} row by row. */
    public static Mask above(double[] a, double[] b) {
        requireSameLength(a, b, "above");
        boolean[] out = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] > b[i];
        }
        return Mask.wrap(out);
    }

    /** {@code a < value} row by row. */
    public static Mask below(double[] a, double value) {
        boolean[] out = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] < value;
        }
        return Mask.wrap(out);
    }

    /** {@code a < b} row by row. */
    public static Mask below(double[] a, double[] b) {
        requireSameLength(a, b, "below");
        boolean[] out = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] < b[i];
        }
        return Mask.wrap(out);
    }

    /** {@code a >= value} row by row. */
    public static Mask atLeast(double[] a, double value) {
        boolean[] out = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] >= value;
        }
        return Mask.wrap(out);
    }

    /** {@code a >= b} row by row. */
    public static Mask atLeast(double[] a, double[] b) {
        requireSameLength(a, b, "atLeast");
        boolean[] out = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] >= b[i];
        }
        return Mask.wrap(out);
    }

    /** {@code a <= value} row by row. */
    public static Mask atMost(double[] a, double value) {
        boolean[] out = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] <= value;
        }
        return Mask.wrap(out);
    }

    /** {@code a <= b} row by row. */
    public static Mask atMost(double[] a, double[] b) {
        requireSameLength(a, b, "atMost");
        boolean[] out = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] <= b[i];
        }
        return Mask.wrap(out);
    }

    /** {@code a == value} row by row; how signal columns are read ({@code enter_long == 1}). */
    public static Mask equal(double[] a, double value) {
        boolean[] out = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] == value;
        }
        return Mask.wrap(out);
    }

    /** Rows whose value is not NaN, like pandas {@code notna()}. */
    public static Mask valid(double[] a) {
        boolean[] out = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = !Double.isNaN(a[i]);
        }
        return Mask.wrap(out);
    }

    /**
     * {@code a} crosses above {@code b}: {@code a[i] > b[i]} and {@code a[i-1] <= b[i-1]}
     * (qtpylib {@code crossed_above}); row 0 is false.
     */
    public static Mask crossedAbove(double[] a, double[] b) {
        requireSameLength(a, b, "crossedAbove");
        boolean[] out = new boolean[a.length];
        for (int i = 1; i < a.length; i++) {
            out[i] = a[i] > b[i] && a[i - 1] <= b[i - 1];
        }
        return Mask.wrap(out);
    }

    /** {@code a} crosses above a constant: {@code a[i] > value} and {@code a[i-1] <= value}. */
    public static Mask crossedAbove(double[] a, double value) {
        boolean[] out = new boolean[a.length];
        for (int i = 1; i < a.length; i++) {
            out[i] = a[i] > value && a[i - 1] <= value;
        }
        return Mask.wrap(out);
    }

    /**
     * {@code a} crosses below {@code b}: {@code a[i] < b[i]} and {@code a[i-1] >= b[i-1]}
     * (qtpylib {@code crossed_below}); row 0 is false.
     */
    public static Mask crossedBelow(double[] a, double[] b) {
        requireSameLength(a, b, "crossedBelow");
        boolean[] out = new boolean[a.length];
        for (int i = 1; i < a.length; i++) {
            out[i] = a[i] < b[i] && a[i - 1] >= b[i - 1];
        }
        return Mask.wrap(out);
    }

    /** {@code a} crosses below a constant: {@code a[i] < value} and {@code a[i-1] >= value}. */
    public static Mask crossedBelow(double[] a, double value) {
        boolean[] out = new boolean[a.length];
        for (int i = 1; i < a.length; i++) {
            out[i] = a[i] < value && a[i - 1] >= value;
        }
        return Mask.wrap(out);
    }

    /** {@code a > a.shift(1)}: the value went up since the previous row; row 0 is false. */
    public static Mask rising(double[] a) {
        boolean[] out = new boolean[a.length];
        for (int i = 1; i < a.length; i++) {
            out[i] = a[i] > a[i - 1];
        }
        return Mask.wrap(out);
    }

    /** {@code a < a.shift(1)}: the value went down since the previous row; row 0 is false. */
    public static Mask falling(double[] a) {
        boolean[] out = new boolean[a.length];
        for (int i = 1; i < a.length; i++) {
            out[i] = a[i] < a[i - 1];
        }
        return Mask.wrap(out);
    }

    /** Per-row logic as a mask, for conditions that read several columns at once. */
    public static Mask when(int length, IntPredicate condition) {
        return Mask.of(length, condition);
    }

    static void requireSameLength(double[] a, double[] b, String op) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(op + ": series lengths differ: " + a.length + " and " + b.length);
        }
    }
}
