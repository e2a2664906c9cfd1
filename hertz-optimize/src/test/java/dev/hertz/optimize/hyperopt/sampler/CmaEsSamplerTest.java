package dev.hertz.optimize.hyperopt.sampler;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import static dev.hertz.optimize.hyperopt.sampler.Searches.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CmaEsSamplerTest {
    /** A rotated, stretched bowl: the variables interact, which the covariance has to learn. */
    static final List<Dimension> PLANE = List.of(
            new DecimalDimension("x", -5, 5, 3),
            new DecimalDimension("y", -5, 5, 3));
    static final ToDoubleFunction<Point> ELLIPSE = p -> {
        double x = number(p, 0) - 1.2;
        double y = number(p, 1) + 0.7;
        return Math.pow(x + y, 2) + 10 * Math.pow(x - y, 2);
    };

    @Test
    void beatsRandomSearchOnASmoothFunction() {
        double cmaes = Searches.meanBest("cmaes", PLANE, ELLIPSE, 200, 4);
        double random = Searches.meanBest("random", PLANE, ELLIPSE, 200, 4);
        assertThat(cmaes).isLessThan(random / 10);
    }

    @Test
    void restartsWithALargerPopulationOnceTheGridIsExhausted() {
        // 4 × 4 points: the strategy settles on the optimum (2, 1) within a few generations, then
        // can only repeat it; each restart doubles the population and starts from a random mean
        List<Dimension> small = List.of(new IntDimension("a", 0, 3), new IntDimension("b", 0, 3));
        CmaEsSampler sampler = (CmaEsSampler) Samplers.create("cmaes", small, 17);
        Set<Point> seen = new HashSet<>();
        for (int i = 0; i < 600; i++) {
            Point point = sampler.ask();
            seen.add(point);
            sampler.tell(point, Math.abs(number(point, 0) - 2) + Math.abs(number(point, 1) - 1));
        }
        assertThat(sampler.populationSize()).isGreaterThanOrEqualTo(4 * CmaEs.defaultLambda(2));
        assertThat(seen.size()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void eigenDecompositionRebuildsTheMatrix() {
        Random random = new Random(3);
        int n = 6;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                m[i][j] = random.nextGaussian();
                m[j][i] = m[i][j];
            }
        }
        SymmetricEigen eigen = new SymmetricEigen(m);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double rebuilt = 0;
                double identity = 0;
                for (int k = 0; k < n; k++) {
                    rebuilt += eigen.vectors[i][k] * eigen.values[k] * eigen.vectors[j][k];
                    identity += eigen.vectors[k][i] * eigen.vectors[k][j];
                }
                assertThat(rebuilt).isCloseTo(m[i][j], within(1e-12));
                assertThat(identity).isCloseTo(i == j ? 1 : 0, within(1e-12));
            }
        }
    }

    @Test
    void defaultPopulationGrowsWithTheLogOfTheDimensions() {
        assertThat(CmaEs.defaultLambda(1)).isEqualTo(4);
        assertThat(CmaEs.defaultLambda(2)).isEqualTo(6);
        assertThat(CmaEs.defaultLambda(10)).isEqualTo(10);
    }
}
