package dev.hertz.optimize.hyperopt.sampler;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Nsga2SamplerTest {
    @Test
    void beatsRandomSearchOnASmoothFunction() {
        double nsga2 = Searches.meanBest("nsga2", CmaEsSamplerTest.PLANE, CmaEsSamplerTest.ELLIPSE, 400, 4);
        double random = Searches.meanBest("random", CmaEsSamplerTest.PLANE, CmaEsSamplerTest.ELLIPSE, 400, 4);
        assertThat(nsga2).isLessThan(random / 10);
    }

    @Test
    void sortsObjectiveVectorsIntoFronts() {
        double[][] objectives = {
                {1, 5}, {2, 2}, {5, 1}, // the first front
                {3, 3}, {2, 4},         // dominated by {2, 2} only
                {4, 4},                 // dominated by {3, 3} too
                {2, 2}};                // equal to index 1: neither dominates
        List<int[]> fronts = NonDominatedSorting.fronts(objectives);
        assertThat(fronts).hasSize(3);
        assertThat(fronts.get(0)).containsExactly(0, 1, 2, 6);
        assertThat(fronts.get(1)).containsExactly(3, 4);
        assertThat(fronts.get(2)).containsExactly(5);
    }

    @Test
    void crowdingDistanceFavoursTheEndsAndLonelyPoints() {
        double[][] objectives = {{0, 10}, {1, 9}, {5, 5}, {10, 0}};
        double[] distance = NonDominatedSorting.crowdingDistance(objectives, new int[] {0, 1, 2, 3});
        assertThat(distance[0]).isInfinite();
        assertThat(distance[3]).isInfinite();
        // {1, 9}: neighbours 0 and 5 in both objectives, each gap 5/10
        assertThat(distance[1]).isEqualTo(1.0);
        // {5, 5}: neighbours 1 and 10, gap 9/10 in both
        assertThat(distance[2]).isEqualTo(1.8);
    }

    @Test
    void twoObjectivesTradeOff() {
        List<Dimension> line = List.of(new DecimalDimension("x", 0, 1, 3));
        Nsga2Sampler sampler = (Nsga2Sampler) Samplers.create("nsga2", line, 4);
        for (int i = 0; i < 300; i++) {
            Point point = sampler.ask();
            double x = Searches.number(point, 0);
            sampler.tell(point, new double[] {x * x, (x - 1) * (x - 1)});
        }
        // every x in [0, 1] is Pareto-optimal here: the population keeps spread across it
        double min = 1;
        double max = 0;
        for (int i = 0; i < 50; i++) {
            double x = Searches.number(sampler.ask(), 0);
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        assertThat(max - min).isGreaterThan(0.5);
    }

    @Test
    void objectiveVectorsMustKeepTheirLength() {
        List<Dimension> line = List.of(new IntDimension("k", 0, 9));
        Nsga2Sampler sampler = (Nsga2Sampler) Samplers.create("nsga2", line, 4);
        sampler.tell(sampler.ask(), new double[] {1, 2});
        Point next = sampler.ask();
        assertThatThrownBy(() -> sampler.tell(next, 3.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected 2 objectives, got 1");
        assertThatThrownBy(() -> sampler.tell(next, new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("loss must be a finite number, got NaN");
    }
}
