package dev.hertz.core.strategy;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SeriesTest {

    private static final double NaN = Double.NaN;

    @Test
    void shiftLooksBackAndFillsTheFrontWithNan() {
        double[] a = {1, 2, 3, 4};

        assertThat(Series.shift(a, 1)).containsExactly(NaN, 1, 2, 3);
        assertThat(Series.shift(a, 3)).containsExactly(NaN, NaN, NaN, 1);
        assertThat(Series.shift(a, -1)).containsExactly(2, 3, 4, NaN);
        assertThat(Series.shift(a, 4)).containsExactly(NaN, NaN, NaN, NaN);
        assertThat(Series.shift(a, -7)).containsExactly(NaN, NaN, NaN, NaN);
        assertThat(Series.shift(a, 0)).containsExactly(1, 2, 3, 4).isNotSameAs(a);
        assertThat(a).containsExactly(1, 2, 3, 4);
    }

    @Test
    void applyCombineAndFull() {
        assertThat(Series.apply(new double[] {1, 2}, v -> v * 10)).containsExactly(10, 20);
        assertThat(Series.combine(new double[] {5, 7}, new double[] {1, 2}, (h, l) -> h - l)).containsExactly(4, 5);
        assertThat(Series.full(3, NaN)).containsExactly(NaN, NaN, NaN);
        assertThatThrownBy(() -> Series.combine(new double[2], new double[3], Double::sum))
                .hasMessageContaining("lengths differ: 2 and 3");
    }

    @Test
    void rollingStatisticsNeedAFullWindowByDefault() {
        double[] a = {1, 2, 3, 4, 5};

        assertThat(Series.rollingSum(a, 3)).containsExactly(NaN, NaN, 6, 9, 12);
        assertThat(Series.rollingMean(a, 3)).containsExactly(NaN, NaN, 2, 3, 4);
        assertThat(Series.rollingMax(a, 2)).containsExactly(NaN, 2, 3, 4, 5);
        assertThat(Series.rollingMin(a, 2)).containsExactly(NaN, 1, 2, 3, 4);
        assertThat(Series.rollingStd(a, 3)).containsExactly(NaN, NaN, 1, 1, 1);
    }

    @Test
    void rollingWindowsWithMinPeriodsSkipNanValuesAsPandasDoes() {
        double[] a = {NaN, 4, NaN, 2, 8, 6};

        // pandas: s.rolling(3, min_periods=2).mean() -> NaN NaN NaN 3.0 5.0 5.333..
        assertThat(Series.rollingMean(a, 3, 2)).containsExactly(NaN, NaN, NaN, 3, 5, 16.0 / 3);
        assertThat(Series.rollingMax(a, 3, 1)).containsExactly(NaN, 4, 4, 4, 8, 8);
        assertThat(Series.rollingMin(a, 3, 2)).containsExactly(NaN, NaN, NaN, 2, 2, 2);
        // a NaN inside a full-window requirement leaves the row undefined
        assertThat(Series.rollingSum(a, 2)).containsExactly(NaN, NaN, NaN, NaN, 10, 14);
    }

    @Test
    void rollingStdHonoursDdofAndGivesExactZeroOnFlatWindows() {
        double[] a = {1, 2, 3, 4};

        assertThat(Series.rollingStd(a, 4, 4, 1)[3]).isCloseTo(Math.sqrt(5.0 / 3), within(1e-15));
        assertThat(Series.rollingStd(a, 4, 4, 0)[3]).isCloseTo(Math.sqrt(1.25), within(1e-15));
        assertThat(Series.rollingStd(a, 4, 1, 1)).startsWith(NaN);
        assertThat(Series.rollingStd(a, 4, 1, 0)).startsWith(0);
        assertThat(Series.rollingStd(new double[] {0.1, 0.1, 0.1}, 3)).containsExactly(NaN, NaN, 0);
    }

    @Test
    void rollingResultsMatchABruteForceWindowOnLongRandomData() {
        Random r = new Random(1);
        double[] a = new double[2000];
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextInt(10) == 0 ? NaN : 1000 + r.nextGaussian();
        }
        int w = 17;

        double[] mean = Series.rollingMean(a, w, 5);
        double[] max = Series.rollingMax(a, w, 5);
        double[] min = Series.rollingMin(a, w, 5);
        double[] std = Series.rollingStd(a, w, 5, 1);

        for (int i = 0; i < a.length; i++) {
            int n = 0;
            double sum = 0;
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            for (int j = Math.max(0, i - w + 1); j <= i; j++) {
                if (!Double.isNaN(a[j])) {
                    n++;
                    sum += a[j];
                    hi = Math.max(hi, a[j]);
                    lo = Math.min(lo, a[j]);
                }
            }
            if (n < 5) {
                assertThat(mean[i]).isNaN();
                assertThat(max[i]).isNaN();
                assertThat(std[i]).isNaN();
                continue;
            }
            double m = sum / n;
            double squares = 0;
            for (int j = Math.max(0, i - w + 1); j <= i; j++) {
                if (!Double.isNaN(a[j])) {
                    squares += (a[j] - m) * (a[j] - m);
                }
            }
            assertThat(mean[i]).as("mean row %d", i).isCloseTo(m, within(1e-9));
            assertThat(max[i]).as("max row %d", i).isEqualTo(hi);
            assertThat(min[i]).as("min row %d", i).isEqualTo(lo);
            assertThat(std[i]).as("std row %d", i).isCloseTo(Math.sqrt(squares / (n - 1)), within(1e-9));
        }
    }

    @Test
    void badWindowsAreRejected() {
        assertThatThrownBy(() -> Series.rollingMean(new double[3], 0)).hasMessageContaining("window must be >= 1, got 0");
        assertThatThrownBy(() -> Series.rollingMax(new double[3], 2, 3)).hasMessageContaining("within 1..2");
        assertThatThrownBy(() -> Series.rollingStd(new double[3], 2, 2, -1)).hasMessageContaining("ddof");
    }
}
