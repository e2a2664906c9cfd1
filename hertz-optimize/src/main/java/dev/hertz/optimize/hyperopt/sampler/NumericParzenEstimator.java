package dev.hertz.optimize.hyperopt.sampler;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Discrete truncated normal kernels on the cell grid 0..n−1, each cell owning [c − ½, c + ½] of the
 * range [−½, n − ½]. A kernel's width is the larger gap to its sorted neighbours (the prior's
 * centre among them, the outermost kernels measured inward), clipped to [range / min(100, kernels + 1), range];
 * the prior sits in the middle with the whole range as width.
 */
final class NumericParzenEstimator implements ParzenEstimator {
    /** The grid's lower edge: cell 0 owns [−½, ½]. */
    private static final double LOW = -0.5;
    private final double high;
    private final long cells;
    private final double[] mixture;
    private final double[] mus;
    private final double[] sigmas;
    /** Per kernel, log(weight) − log(mass inside the grid): the weight and the truncation's normaliser in one term. */
    private final double[] logScales;

    NumericParzenEstimator(long cells, long[] observed, double[] mixture) {
        this.cells = cells;
        this.high = cells - 0.5;
        this.mixture = mixture;
        int n = observed.length;
        double range = high - LOW;
        double priorMu = 0.5 * (LOW + high);
        mus = new double[n + 1];
        sigmas = new double[n + 1];
        for (int i = 0; i < n; i++) {
            mus[i] = observed[i];
        }
        mus[n] = priorMu;
        double[] neighbourGaps = neighbourGaps(mus);
        double minSigma = range / Math.min(100.0, n + 2);
        for (int i = 0; i < n; i++) {
            sigmas[i] = Math.max(minSigma, Math.min(range, neighbourGaps[i]));
        }
        sigmas[n] = range;
        logScales = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            logScales[k] = StrictMath.log(mixture[k])
                    - Gaussian.logMass((LOW - mus[k]) / sigmas[k], (high - mus[k]) / sigmas[k]);
        }
    }

    /** For each centre, the larger distance to its sorted neighbours, the range ends acting as neighbours. */
    private double[] neighbourGaps(double[] centres) {
        int m = centres.length;
        // a stable order: equal centres keep their trial order, so ties give the same widths every run
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> centres[i]));
        double[] withEnds = new double[m + 2];
        withEnds[0] = LOW;
        for (int i = 0; i < m; i++) {
            withEnds[i + 1] = centres[order[i]];
        }
        withEnds[m + 1] = high;
        double[] sorted = new double[m];
        for (int i = 0; i < m; i++) {
            sorted[i] = Math.max(withEnds[i + 1] - withEnds[i], withEnds[i + 2] - withEnds[i + 1]);
        }
        // Optuna's consider_endpoints=False: the outermost kernels ignore the distance to the range end
        if (m >= 2) {
            sorted[0] = withEnds[2] - withEnds[1];
            sorted[m - 1] = withEnds[m] - withEnds[m - 1];
        }
        double[] gaps = new double[m];
        for (int i = 0; i < m; i++) {
            gaps[order[i]] = sorted[i];
        }
        return gaps;
    }

    @Override
    public long sample(Random random) {
        int k = ParzenEstimator.pickKernel(random, mixture);
        double z = Gaussian.truncated(random, (LOW - mus[k]) / sigmas[k], (high - mus[k]) / sigmas[k]);
        double cell = Math.rint(mus[k] + sigmas[k] * z);
        return (long) Math.max(0, Math.min(cells - 1, cell));
    }

    @Override
    public double logPdf(long cell) {
        double[] terms = new double[mus.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < mus.length; k++) {
            double a = (cell - 0.5 - mus[k]) / sigmas[k];
            double b = (cell + 0.5 - mus[k]) / sigmas[k];
            terms[k] = logScales[k] + Gaussian.logMass(a, b);
            max = Math.max(max, terms[k]);
        }
        double sum = 0;
        for (double term : terms) {
            sum += StrictMath.exp(term - max);
        }
        return max + StrictMath.log(sum);
    }
}
