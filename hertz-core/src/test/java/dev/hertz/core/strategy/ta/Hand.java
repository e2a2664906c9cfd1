package dev.hertz.core.strategy.ta;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Textbook indicator definitions written out loop by loop, independent of TA-Lib, to check
 * {@link Ta} against. Each returns a full-length array with NaN where undefined.
 */
final class Hand {

    private Hand() {
    }

    /** A deterministic random walk of candles around 100, with volume around 1000. */
    static double[][] candles(int n, long seed) {
        Random r = new Random(seed);
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        double prev = 100;
        for (int i = 0; i < n; i++) {
            open[i] = prev;
            close[i] = prev + r.nextGaussian() * 1.5 + Math.sin(i / 7.0);
            high[i] = Math.max(open[i], close[i]) + r.nextDouble();
            low[i] = Math.min(open[i], close[i]) - r.nextDouble();
            volume[i] = 1000 + r.nextDouble() * 500;
            prev = close[i];
        }
        return new double[][] {open, high, low, close, volume};
    }

    static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    static double[] sma(double[] x, int p) {
        double[] out = nans(x.length);
        for (int i = p - 1; i < x.length; i++) {
            double s = 0;
            for (int j = i - p + 1; j <= i; j++) {
                s += x[j];
            }
            out[i] = s / p;
        }
        return out;
    }

    /** EMA over {@code x[from..]}: seeded with the SMA of its first p values, then the recursion. */
    static double[] ema(double[] x, int p, int from) {
        double[] out = nans(x.length);
        double k = 2.0 / (p + 1);
        double s = 0;
        for (int j = from; j < from + p && j < x.length; j++) {
            s += x[j];
        }
        if (from + p - 1 >= x.length) {
            return out;
        }
        double e = s / p;
        out[from + p - 1] = e;
        for (int i = from + p; i < x.length; i++) {
            e = x[i] * k + e * (1 - k);
            out[i] = e;
        }
        return out;
    }

    static double[] wma(double[] x, int p) {
        double[] out = nans(x.length);
        double weights = p * (p + 1) / 2.0;
        for (int i = p - 1; i < x.length; i++) {
            double s = 0;
            for (int w = 1; w <= p; w++) {
                s += w * x[i - p + w];
            }
            out[i] = s / weights;
        }
        return out;
    }

    /** Wilder's RSI: averages of the first p changes, then avg = (avg·(p−1) + change) / p. */
    static double[] rsi(double[] x, int p) {
        return rsi(x, p, 0);
    }

    static double[] rsi(double[] x, int p, int from) {
        double[] out = nans(x.length);
        if (from + p >= x.length) {
            return out;
        }
        double gain = 0;
        double loss = 0;
        for (int i = from + 1; i <= from + p; i++) {
            double d = x[i] - x[i - 1];
            gain += Math.max(d, 0);
            loss += Math.max(-d, 0);
        }
        gain /= p;
        loss /= p;
        out[from + p] = 100 * gain / (gain + loss);
        for (int i = from + p + 1; i < x.length; i++) {
            double d = x[i] - x[i - 1];
            gain = (gain * (p - 1) + Math.max(d, 0)) / p;
            loss = (loss * (p - 1) + Math.max(-d, 0)) / p;
            out[i] = 100 * gain / (gain + loss);
        }
        return out;
    }

    static double[] trueRange(double[] h, double[] l, double[] c) {
        double[] tr = nans(h.length);
        for (int i = 1; i < h.length; i++) {
            tr[i] = Math.max(h[i] - l[i], Math.max(Math.abs(h[i] - c[i - 1]), Math.abs(l[i] - c[i - 1])));
        }
        return tr;
    }

    static double[] atr(double[] h, double[] l, double[] c, int p) {
        double[] tr = trueRange(h, l, c);
        double[] out = nans(h.length);
        double a = 0;
        for (int i = 1; i <= p; i++) {
            a += tr[i];
        }
        a /= p;
        out[p] = a;
        for (int i = p + 1; i < h.length; i++) {
            a = (a * (p - 1) + tr[i]) / p;
            out[i] = a;
        }
        return out;
    }

    /**
     * Wilder's directional movement: returns {+DI, −DI, ADX}. Sums of the first p−1 one-bar
     * values, then S = S − S/p + value; ADX starts as the mean of the first p DX values.
     */
    static double[][] dmi(double[] h, double[] l, double[] c, int p) {
        int n = h.length;
        double[] plusDi = nans(n);
        double[] minusDi = nans(n);
        double[] adx = nans(n);
        double[] tr = trueRange(h, l, c);
        double sp = 0;
        double sm = 0;
        double st = 0;
        double dxSum = 0;
        double adxValue = 0;
        for (int i = 1; i < n; i++) {
            double up = h[i] - h[i - 1];
            double down = l[i - 1] - l[i];
            double pdm = up > 0 && up > down ? up : 0;
            double mdm = down > 0 && up < down ? down : 0;
            if (i < p) {
                sp += pdm;
                sm += mdm;
                st += tr[i];
                continue;
            }
            sp = sp - sp / p + pdm;
            sm = sm - sm / p + mdm;
            st = st - st / p + tr[i];
            plusDi[i] = 100 * sp / st;
            minusDi[i] = 100 * sm / st;
            double dx = 100 * Math.abs(plusDi[i] - minusDi[i]) / (plusDi[i] + minusDi[i]);
            if (i < 2 * p - 1) {
                dxSum += dx;
            } else if (i == 2 * p - 1) {
                adxValue = (dxSum + dx) / p;
                adx[i] = adxValue;
            } else {
                adxValue = (adxValue * (p - 1) + dx) / p;
                adx[i] = adxValue;
            }
        }
        return new double[][] {plusDi, minusDi, adx};
    }

    static double highest(double[] x, int from, int to) {
        double m = Double.NEGATIVE_INFINITY;
        for (int j = from; j <= to; j++) {
            m = Math.max(m, x[j]);
        }
        return m;
    }

    static double lowest(double[] x, int from, int to) {
        double m = Double.POSITIVE_INFINITY;
        for (int j = from; j <= to; j++) {
            m = Math.min(m, x[j]);
        }
        return m;
    }

    /** Raw %K: where the close sits in the p-bar high/low range, 0..100 (from row {@code from}). */
    static double[] fastK(double[] h, double[] l, double[] c, int p, int from) {
        double[] out = nans(c.length);
        for (int i = from + p - 1; i < c.length; i++) {
            double hh = highest(h, i - p + 1, i);
            double ll = lowest(l, i - p + 1, i);
            out[i] = hh == ll ? 0 : 100 * (c[i] - ll) / (hh - ll);
        }
        return out;
    }

    /** SMA of a series that is NaN before row {@code from}. */
    static double[] smaFrom(double[] x, int p, int from) {
        double[] out = nans(x.length);
        for (int i = from + p - 1; i < x.length; i++) {
            double s = 0;
            for (int j = i - p + 1; j <= i; j++) {
                s += x[j];
            }
            out[i] = s / p;
        }
        return out;
    }

    static int nanPrefix(double[] a) {
        int i = 0;
        while (i < a.length && Double.isNaN(a[i])) {
            i++;
        }
        return i;
    }

    /** Same length, NaN on exactly the same rows, and every other value within 1e-9. */
    static void assertMatches(double[] actual, double[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        assertThat(nanPrefix(actual)).as("leading NaN rows").isEqualTo(nanPrefix(expected));
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(actual[i]).as("row %d", i).isNaN();
            } else {
                assertThat(actual[i]).as("row %d", i).isCloseTo(expected[i], within(1e-9));
            }
        }
    }
}
