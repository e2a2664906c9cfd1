package dev.hertz.optimize.hyperopt.sampler;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.ToDoubleFunction;

import static dev.hertz.optimize.hyperopt.sampler.Searches.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TpeSamplerTest {
    private static final List<Dimension> LINE = List.of(new DecimalDimension("x", -10, 10, 2));
    private static final ToDoubleFunction<Point> PARABOLA = p -> Math.pow(number(p, 0) - 3, 2);

    /** An int and a decimal dimension, optimum at k = 7, x = 1.25; a categorical that matters. */
    private static final List<Dimension> PLANE = List.of(
            new IntDimension("k", -20, 20),
            new DecimalDimension("x", -5, 5, 2),
            new CategoricalDimension("side", List.of("long", "short", "both")));
    private static final ToDoubleFunction<Point> BOWL = p -> Math.pow(number(p, 0) - 7, 2) / 40
            + Math.pow(number(p, 1) - 1.25, 2)
            + (p.values().get(2).equals("short") ? 0 : 0.5);

    @Test
    void findsTheMinimumOfAParabolaFasterThanRandomSearch() {
        double tpe = Searches.meanBest("tpe", LINE, PARABOLA, 100, 1);
        double random = Searches.meanBest("random", LINE, PARABOLA, 100, 1);
        assertThat(tpe).isLessThan(random / 4);
        assertThat(tpe).isLessThan(0.001);

        // |x − 3| ≤ 0.1 is 21 grid points out of 2001
        double tpeEvaluations = Searches.meanEvaluationsTo("tpe", LINE, PARABOLA, 0.01, 400);
        double randomEvaluations = Searches.meanEvaluationsTo("random", LINE, PARABOLA, 0.01, 400);
        assertThat(tpeEvaluations).isLessThan(randomEvaluations / 2);
    }

    @Test
    void findsTheMinimumOfAMixedSpaceFasterThanRandomSearch() {
        double tpe = Searches.meanBest("tpe", PLANE, BOWL, 100, 1);
        double random = Searches.meanBest("random", PLANE, BOWL, 100, 1);
        assertThat(tpe).isLessThan(random / 2);

        double tpeEvaluations = Searches.meanEvaluationsTo("tpe", PLANE, BOWL, 0.05, 400);
        double randomEvaluations = Searches.meanEvaluationsTo("random", PLANE, BOWL, 0.05, 400);
        assertThat(tpeEvaluations).isLessThan(randomEvaluations);
    }

    @Test
    void batchesOfEightStillBeatRandomSearch() {
        double tpe = Searches.meanBest("tpe", PLANE, BOWL, 160, 8);
        double random = Searches.meanBest("random", PLANE, BOWL, 160, 8);
        assertThat(tpe).isLessThan(random / 2);
    }

    @Test
    void startsWithTenRandomPoints() {
        Sampler tpe = Samplers.create("tpe", PLANE, 99);
        Sampler random = Samplers.create("random", PLANE, 99);
        for (int i = 0; i < TpeSampler.STARTUP_TRIALS; i++) {
            Point point = tpe.ask();
            assertThat(point).isEqualTo(random.ask());
            tpe.tell(point, BOWL.applyAsDouble(point));
        }
        // from the eleventh on the model draws, and its draws differ from the plain random stream
        Point modelled = tpe.ask();
        assertThat(modelled).isNotEqualTo(random.ask());
    }

    @Test
    void oldTrialsFadeAsOptunasDefaultWeights() {
        assertThat(TpeSampler.weights(0)).isEmpty();
        assertThat(TpeSampler.weights(24)).containsOnly(1.0).hasSize(24);
        assertThat(TpeSampler.weights(26)).startsWith(1.0 / 26, 1.0).hasSize(26);
        double[] thirty = TpeSampler.weights(30);
        // numpy.linspace(1/30, 1, 5) then 25 ones
        assertThat(thirty[0]).isEqualTo(1.0 / 30);
        assertThat(thirty[1]).isCloseTo(0.275, within(1e-15));
        assertThat(thirty[2]).isCloseTo(0.5166666666666667, within(1e-15));
        assertThat(thirty[3]).isCloseTo(0.7583333333333333, within(1e-15));
        assertThat(thirty[4]).isEqualTo(1.0);
        assertThat(thirty[29]).isEqualTo(1.0);
    }
}
