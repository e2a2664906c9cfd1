package dev.hertz.optimize.hyperopt.sampler;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Runs a sampler on a test function the way the hyperopt runner does: batches of asks, then the tells. */
final class Searches {
    static final long[] SEEDS = {1, 2, 3, 4, 5};

    private Searches() {
    }

    /** The best loss after each evaluation. */
    static double[] bestSoFar(Sampler sampler, ToDoubleFunction<Point> f, int evaluations, int batch) {
        double[] best = new double[evaluations];
        double current = Double.POSITIVE_INFINITY;
        int done = 0;
        while (done < evaluations) {
            int size = Math.min(batch, evaluations - done);
            Point[] points = new Point[size];
            for (int i = 0; i < size; i++) {
                points[i] = sampler.ask();
            }
            for (Point point : points) {
                double loss = f.applyAsDouble(point);
                sampler.tell(point, loss);
                current = Math.min(current, loss);
                best[done++] = current;
            }
        }
        return best;
    }

    /** The mean over {@link #SEEDS} of the best loss after the given number of evaluations. */
    static double meanBest(String name, List<Dimension> space, ToDoubleFunction<Point> f, int evaluations, int batch) {
        double sum = 0;
        for (long seed : SEEDS) {
            double[] best = bestSoFar(Samplers.create(name, space, seed), f, evaluations, batch);
            sum += best[evaluations - 1];
        }
        return sum / SEEDS.length;
    }

    /** The mean over {@link #SEEDS} of the evaluations needed to reach the threshold (the budget when never). */
    static double meanEvaluationsTo(String name, List<Dimension> space, ToDoubleFunction<Point> f, double threshold,
                                    int budget) {
        double sum = 0;
        for (long seed : SEEDS) {
            Sampler sampler = Samplers.create(name, space, seed);
            int needed = budget;
            for (int i = 0; i < budget; i++) {
                Point point = sampler.ask();
                double loss = f.applyAsDouble(point);
                if (loss <= threshold) {
                    needed = i + 1;
                    break;
                }
                sampler.tell(point, loss);
            }
            sum += needed;
        }
        return sum / SEEDS.length;
    }

    static double number(Point point, int index) {
        return ((Number) point.values().get(index)).doubleValue();
    }
}
