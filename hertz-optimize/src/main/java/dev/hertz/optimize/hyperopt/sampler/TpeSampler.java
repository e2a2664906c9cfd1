package dev.hertz.optimize.hyperopt.sampler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Tree-structured Parzen Estimator, after Optuna's {@code TPESampler} with its defaults: 10 random
 * startup trials, then per dimension (univariate) a "good" estimator l over the best
 * {@code min(ceil(0.1·n), 25)} told trials and a "bad" estimator g over the rest, 24 candidates
 * drawn from l, and the candidate with the largest log l − log g wins.
 *
 * <p>Batches use Optuna's constant liar: points asked and not yet told join the "bad" group, so
 * the asks of one batch push each other apart instead of piling onto the same optimum. With one
 * ask per tell this is plain TPE.
 */
final class TpeSampler implements Sampler {
    static final int STARTUP_TRIALS = 10;
    static final int EI_CANDIDATES = 24;
    private static final int MAX_GOOD = 25;

    /** One trial: its number (order of ask, which sets its weight), its cells, its loss once told. */
    private record Trial(long number, long[] cells, double loss) {
    }

    private final SearchSpace space;
    private final Random random;
    private final PendingAsks<Trial> pending = new PendingAsks<>();
    private final List<Trial> told = new ArrayList<>();
    private long nextNumber;

    TpeSampler(SearchSpace space, long seed) {
        this.space = space;
        this.random = new Random(seed);
    }

    @Override
    public Point ask() {
        long[] cells = told.size() < STARTUP_TRIALS ? space.randomCells(random) : modelCells();
        Point point = space.point(cells);
        pending.add(point, new Trial(nextNumber++, cells, Double.NaN));
        return point;
    }

    @Override
    public void tell(Point point, double loss) {
        long[] cells = space.cellsOf(point);
        SearchSpace.requireLoss(loss);
        Trial asked = pending.take(point);
        long number = asked != null ? asked.number() : nextNumber++;
        told.add(new Trial(number, cells, loss));
    }

    private long[] modelCells() {
        int n = told.size();
        int goodCount = Math.min((int) Math.ceil(0.1 * n), MAX_GOOD);
        List<Trial> byLoss = new ArrayList<>(told);
        byLoss.sort(Comparator.comparingDouble(Trial::loss).thenComparingLong(Trial::number));
        List<Trial> good = new ArrayList<>(byLoss.subList(0, goodCount));
        List<Trial> bad = new ArrayList<>(byLoss.subList(goodCount, n));
        bad.addAll(pending.notes());
        good.sort(Comparator.comparingLong(Trial::number));
        bad.sort(Comparator.comparingLong(Trial::number));
        double[] goodWeights = weights(good.size());
        double[] badWeights = weights(bad.size());

        long[] cells = new long[space.size()];
        for (int d = 0; d < cells.length; d++) {
            ParzenEstimator l = ParzenEstimator.of(space, d, cellsOf(good, d), goodWeights);
            ParzenEstimator g = ParzenEstimator.of(space, d, cellsOf(bad, d), badWeights);
            long[] candidates = new long[EI_CANDIDATES];
            double[] scores = new double[EI_CANDIDATES];
            int best = 0;
            for (int c = 0; c < EI_CANDIDATES; c++) {
                candidates[c] = l.sample(random);
                scores[c] = score(candidates, scores, c, l, g);
                if (scores[c] > scores[best]) {
                    best = c;
                }
            }
            cells[d] = candidates[best];
        }
        return cells;
    }

    /** log l − log g of candidate c, reusing the score of an earlier equal candidate (draws repeat on small grids). */
    private static double score(long[] candidates, double[] scores, int c, ParzenEstimator l, ParzenEstimator g) {
        for (int i = 0; i < c; i++) {
            if (candidates[i] == candidates[c]) {
                return scores[i];
            }
        }
        return l.logPdf(candidates[c]) - g.logPdf(candidates[c]);
    }

    private static long[] cellsOf(List<Trial> trials, int dimension) {
        long[] result = new long[trials.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = trials.get(i).cells()[dimension];
        }
        return result;
    }

    /**
     * Optuna's default_weights: equal weights up to 25 observations; beyond, the 25 newest weigh 1
     * and older ones ramp linearly from 1/x up to 1, so old trials fade.
     */
    static double[] weights(int x) {
        double[] w = new double[x];
        if (x < 25) {
            Arrays.fill(w, 1.0);
            return w;
        }
        int ramp = x - 25;
        double start = 1.0 / x;
        for (int i = 0; i < ramp; i++) {
            // numpy.linspace: start + i·step, the last point exactly 1.0
            w[i] = ramp == 1 ? start : (i == ramp - 1 ? 1.0 : start + i * ((1.0 - start) / (ramp - 1)));
        }
        for (int i = ramp; i < x; i++) {
            w[i] = 1.0;
        }
        return w;
    }
}
