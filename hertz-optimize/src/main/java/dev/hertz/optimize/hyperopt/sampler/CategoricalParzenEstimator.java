package dev.hertz.optimize.hyperopt.sampler;

import java.util.Arrays;
import java.util.Random;

/**
 * Smoothed frequencies over the choices: each observation's kernel puts weight 1 on its choice plus
 * prior_weight/kernels on every choice (then normalised), the prior kernel is uniform.
 */
final class CategoricalParzenEstimator implements ParzenEstimator {
    private final double[] mixture;
    private final double[][] kernels;

    CategoricalParzenEstimator(long cells, long[] observed, double[] mixture) {
        int choices = (int) cells;
        this.mixture = mixture;
        int count = observed.length + 1;
        kernels = new double[count][choices];
        double smoothing = PRIOR_WEIGHT / count;
        for (int k = 0; k < count; k++) {
            double[] row = kernels[k];
            Arrays.fill(row, smoothing);
            if (k < observed.length) {
                row[(int) observed[k]] += 1;
            }
            double sum = 0;
            for (double v : row) {
                sum += v;
            }
            for (int c = 0; c < choices; c++) {
                row[c] /= sum;
            }
        }
    }

    @Override
    public long sample(Random random) {
        double[] row = kernels[ParzenEstimator.pickKernel(random, mixture)];
        double u = random.nextDouble();
        double cumulative = 0;
        for (int c = 0; c < row.length - 1; c++) {
            cumulative += row[c];
            if (u < cumulative) {
                return c;
            }
        }
        return row.length - 1;
    }

    @Override
    public double logPdf(long cell) {
        double p = 0;
        for (int k = 0; k < kernels.length; k++) {
            p += mixture[k] * kernels[k][(int) cell];
        }
        return StrictMath.log(p);
    }
}
