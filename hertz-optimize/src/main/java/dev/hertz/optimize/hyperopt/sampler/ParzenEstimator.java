package dev.hertz.optimize.hyperopt.sampler;

import java.util.Random;

/**
 * One dimension's Parzen estimator, as Optuna's TPE builds it (univariate, prior weight 1.0, magic
 * clip on, endpoints off): a weighted mixture with one kernel per observation plus a prior kernel.
 * Cells are the unit: a numeric dimension is the grid 0..n−1 with step 1 (the same estimator as on
 * the values, only scaled), a categorical one its choice indices.
 */
sealed interface ParzenEstimator permits NumericParzenEstimator, CategoricalParzenEstimator {
    /** Optuna's prior_weight: the prior kernel counts as much as one recent observation. */
    double PRIOR_WEIGHT = 1.0;

    long sample(Random random);

    double logPdf(long cell);

    /**
     * @param observed the observations' cells, oldest first
     * @param weights  the observations' weights (Optuna's default_weights), same order
     */
    static ParzenEstimator of(SearchSpace space, int dimension, long[] observed, double[] weights) {
        double[] mixture = new double[observed.length + 1];
        double total = PRIOR_WEIGHT;
        for (int i = 0; i < observed.length; i++) {
            mixture[i] = weights[i];
            total += weights[i];
        }
        mixture[observed.length] = PRIOR_WEIGHT;
        for (int i = 0; i < mixture.length; i++) {
            mixture[i] /= total;
        }
        return space.categorical(dimension)
                ? new CategoricalParzenEstimator(space.cells(dimension), observed, mixture)
                : new NumericParzenEstimator(space.cells(dimension), observed, mixture);
    }

    /** The index of a kernel drawn with the mixture weights. */
    static int pickKernel(Random random, double[] mixture) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int k = 0; k < mixture.length - 1; k++) {
            cumulative += mixture[k];
            if (u < cumulative) {
                return k;
            }
        }
        return mixture.length - 1;
    }
}
