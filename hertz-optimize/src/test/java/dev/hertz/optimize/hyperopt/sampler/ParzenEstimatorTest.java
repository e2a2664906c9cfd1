package dev.hertz.optimize.hyperopt.sampler;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ParzenEstimatorTest {
    private static final SearchSpace SPACE = new SearchSpace(List.of(
            new IntDimension("k", 0, 40),
            new CategoricalDimension("c", List.of("a", "b", "c", "d"))));

    @Test
    void erfcMatchesPythonsMathErfc() {
        // math.erfc of CPython 3.11
        double[][] reference = {
                {0, 1.0}, {0.1, 0.8875370839817152}, {0.5, 0.4795001221869535}, {1, 0.15729920705028513},
                {1.5, 0.033894853524689274}, {2, 0.004677734981047265}, {2.4, 0.0006885138966450789},
                {2.5, 0.0004069520174449589}, {2.6, 0.00023603441652934908}, {3, 2.2090496998585438e-05},
                {4, 1.541725790028002e-08}, {5, 1.5374597944280351e-12}, {6, 2.1519736712498916e-17},
                {8, 1.1224297172982928e-29}, {10, 2.088487583762545e-45}, {15, 7.212994172451206e-100},
                {20, 5.3958656116079005e-176}, {26, 5.663192408856143e-296},
                {-0.5, 1.5204998778130465}, {-2, 1.9953222650189528}, {-3, 1.9999779095030015}};
        for (double[] pair : reference) {
            assertThat(Gaussian.erfc(pair[0])).as("erfc(%s)", pair[0])
                    .isCloseTo(pair[1], within(Math.abs(pair[1]) * 1e-13));
        }
    }

    @Test
    void logMassKeepsFarTailsFinite() {
        // Φ(11) − Φ(10) ≈ ½·erfc(10/√2): far beyond what 1 − Φ would resolve
        assertThat(Gaussian.logMass(10, 11)).isCloseTo(Math.log(7.619661958203143e-24), within(1e-9));
        assertThat(Gaussian.logMass(-11, -10)).isEqualTo(Gaussian.logMass(10, 11));
        assertThat(Gaussian.logMass(-1, 1)).isCloseTo(Math.log(0.6826894921370859), within(1e-13));
    }

    @Test
    void numericEstimatorIsADistributionOverTheGrid() {
        long[] observed = {3, 3, 17, 40};
        ParzenEstimator estimator = ParzenEstimator.of(SPACE, 0, observed, new double[] {1, 1, 1, 1});
        double total = 0;
        for (long cell = 0; cell <= 40; cell++) {
            total += Math.exp(estimator.logPdf(cell));
        }
        assertThat(total).isCloseTo(1.0, within(1e-12));
        // most of the mass sits around the observations
        assertThat(estimator.logPdf(3)).isGreaterThan(estimator.logPdf(28));
    }

    @Test
    void numericDrawsFollowTheDensity() {
        ParzenEstimator estimator = ParzenEstimator.of(SPACE, 0, new long[] {5, 6, 30}, new double[] {1, 1, 1});
        Random random = new Random(5);
        int[] counts = new int[41];
        int draws = 40_000;
        for (int i = 0; i < draws; i++) {
            counts[(int) estimator.sample(random)]++;
        }
        for (int cell : new int[] {0, 5, 6, 18, 30, 40}) {
            assertThat(counts[cell] / (double) draws).as("cell %d", cell)
                    .isCloseTo(Math.exp(estimator.logPdf(cell)), within(0.006));
        }
    }

    @Test
    void categoricalEstimatorSmoothsTheFrequencies() {
        long[] observed = {1, 1, 2};
        ParzenEstimator estimator = ParzenEstimator.of(SPACE, 1, observed, new double[] {1, 1, 1});
        double total = 0;
        for (long choice = 0; choice < 4; choice++) {
            total += Math.exp(estimator.logPdf(choice));
        }
        assertThat(total).isCloseTo(1.0, within(1e-12));
        // 4 kernels, each observation's row: 1/4 on every choice then +1 on its own, divided by 2;
        // the prior row uniform; mixture weights ¼ each
        double b = 0.25 * (2 * (0.25 + 1) / 2 + 0.25 / 2 + 0.25);
        assertThat(Math.exp(estimator.logPdf(1))).isCloseTo(b, within(1e-12));
        double unseen = 0.25 * (3 * 0.25 / 2 + 0.25);
        assertThat(Math.exp(estimator.logPdf(0))).isCloseTo(unseen, within(1e-12));
    }

    @Test
    void withoutObservationsOnlyThePriorRemains() {
        ParzenEstimator numeric = ParzenEstimator.of(SPACE, 0, new long[0], new double[0]);
        // the prior's centre is the middle cell and its density is symmetric around it
        assertThat(numeric.logPdf(20)).isGreaterThan(numeric.logPdf(0));
        assertThat(numeric.logPdf(0)).isCloseTo(numeric.logPdf(40), within(1e-12));
        ParzenEstimator categorical = ParzenEstimator.of(SPACE, 1, new long[0], new double[0]);
        assertThat(Math.exp(categorical.logPdf(3))).isCloseTo(0.25, within(1e-15));
    }
}
