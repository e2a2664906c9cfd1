package dev.hertz.core.strategy.ta;

import dev.hertz.core.strategy.Conditions;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Mask;
import dev.hertz.core.strategy.Series;

/**
 * The {@code qtpylib} helpers freqtrade's sample strategies use ({@code from technical import
 * qtpylib}), with the same numbers.
 *
 * <pre>{@code
 * Bands bb = Qtpylib.bollingerBands(Qtpylib.typicalPrice(f), 20, 2);
 * f.set("bb_lowerband", bb.lower()).set("bb_middleband", bb.middle()).set("bb_upperband", bb.upper());
 * }</pre>
 */
public final class Qtpylib {

    private Qtpylib() {
    }

    /** {@code typical_price}: {@code (high + low + close) / 3} per row. */
    public static double[] typicalPrice(double[] high, double[] low, double[] close) {
        if (high.length != low.length || high.length != close.length) {
            throw new IllegalArgumentException("typicalPrice: high, low and close differ in length: "
                    + high.length + ", " + low.length + ", " + close.length);
        }
        double[] out = new double[high.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (high[i] + low[i] + close[i]) / 3.0;
        }
        return out;
    }

    /** {@code typical_price(dataframe)}. */
    public static double[] typicalPrice(Frame f) {
        return typicalPrice(f.high(), f.low(), f.close());
    }

    /**
     * {@code bollinger_bands(series, window, stds)}: a rolling mean and a rolling sample standard
     * deviation (ddof = 1), both with {@code min_periods=1}. So unlike TA-Lib's BBANDS
     * ({@link Ta#bollinger}) the bands exist before the window is full: the middle band starts on
     * row 0 as an expanding mean, the upper and lower bands on row 1 (a single value has no
     * sample deviation).
     */
    public static Bands bollingerBands(double[] series, int window, double stds) {
        double[] middle = Series.rollingMean(series, window, 1);
        double[] std = Series.rollingStd(series, window, 1, 1);
        double[] upper = new double[series.length];
        double[] lower = new double[series.length];
        for (int i = 0; i < series.length; i++) {
            upper[i] = middle[i] + std[i] * stds;
            lower[i] = middle[i] - std[i] * stds;
        }
        return new Bands(upper, middle, lower);
    }

    /** {@code crossed_above(a, b)}; see {@link Conditions#crossedAbove(double[], double[])}. */
    public static Mask crossedAbove(double[] a, double[] b) {
        return Conditions.crossedAbove(a, b);
    }

    /** {@code crossed_above(a, value)}; see {@link Conditions#crossedAbove(double[], double)}. */
    public static Mask crossedAbove(double[] a, double value) {
        return Conditions.crossedAbove(a, value);
    }

    /** {@code crossed_below(a, b)}; see {@link Conditions#crossedBelow(double[], double[])}. */
    public static Mask crossedBelow(double[] a, double[] b) {
        return Conditions.crossedBelow(a, b);
    }

    /** {@code crossed_below(a, value)}; see {@link Conditions#crossedBelow(double[], double)}. */
    public static Mask crossedBelow(double[] a, double value) {
        return Conditions.crossedBelow(a, value);
    }
}
