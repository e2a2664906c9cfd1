package dev.hertz.optimize.hyperopt.sampler;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The state of a (μ/μ_w, λ)-CMA-ES on the unit cube, with the default parameters of Hansen's
 * tutorial ("The CMA Evolution Strategy: A Tutorial", 2016): positive recombination weights, cumulative
 * step-size adaptation, rank-one and rank-μ covariance updates. The sampler owns the bookkeeping of
 * asks and tells; this class only samples and learns from one generation at a time.
 */
final class CmaEs {
    final int n;
    final int lambda;
    private final int mu;
    private final double[] weights;
    private final double muEff;
    private final double cSigma;
    private final double dSigma;
    private final double cc;
    private final double c1;
    private final double cMu;
    /** E‖N(0, I)‖. */
    private final double chiN;

    private final double[] mean;
    private double sigma;
    private final double[][] c;
    private final double[] pSigma;
    private final double[] pc;
    private SymmetricEigen eigen;
    /** Square roots of C's eigenvalues, the axis lengths of the sampling ellipsoid. */
    private double[] axes;
    private int generation;

    CmaEs(double[] mean, double sigma, int lambda) {
        this.n = mean.length;
        this.lambda = lambda;
        this.mu = lambda / 2;
        this.mean = mean.clone();
        this.sigma = sigma;
        weights = new double[mu];
        double sum = 0;
        for (int i = 0; i < mu; i++) {
            weights[i] = StrictMath.log((lambda + 1) / 2.0) - StrictMath.log(i + 1);
            sum += weights[i];
        }
        double squares = 0;
        for (int i = 0; i < mu; i++) {
            weights[i] /= sum;
            squares += weights[i] * weights[i];
        }
        muEff = 1 / squares;
        cSigma = (muEff + 2) / (n + muEff + 5);
        dSigma = 1 + 2 * Math.max(0, Math.sqrt((muEff - 1) / (n + 1)) - 1) + cSigma;
        cc = (4 + muEff / n) / (n + 4 + 2 * muEff / n);
        c1 = 2 / ((n + 1.3) * (n + 1.3) + muEff);
        cMu = Math.min(1 - c1, 2 * (muEff - 2 + 1 / muEff) / ((n + 2) * (n + 2) + muEff));
        chiN = Math.sqrt(n) * (1 - 1.0 / (4 * n) + 1.0 / (21.0 * n * n));
        c = new double[n][n];
        for (int i = 0; i < n; i++) {
            c[i][i] = 1;
        }
        pSigma = new double[n];
        pc = new double[n];
        decompose();
    }

    /** The population size of the default strategy, 4 + ⌊3 ln n⌋. */
    static int defaultLambda(int n) {
        return 4 + (int) Math.floor(3 * StrictMath.log(n));
    }

    /** x = m + σ·B·D·z with z standard normal. */
    double[] sample(Random random) {
        double[] scaled = new double[n];
        for (int i = 0; i < n; i++) {
            scaled[i] = axes[i] * random.nextGaussian();
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double y = 0;
            for (int j = 0; j < n; j++) {
                y += eigen.vectors[i][j] * scaled[j];
            }
            x[i] = mean[i] + sigma * y;
        }
        return x;
    }

    /**
     * One generation's update from λ evaluated solutions. Solutions not drawn from the current
     * distribution (asked in an earlier generation, or told without an ask) enter as Hansen's
     * injected solutions: their step is shortened to a Mahalanobis length of at most √n + 2n/(n+2),
     * so one far point cannot blow the covariance up.
     */
    void update(double[][] xs, double[] losses, boolean[] drawn) {
        Integer[] order = IntStream.range(0, xs.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> losses[i]));
        double[][] steps = new double[mu][];
        double[] meanStep = new double[n];
        for (int r = 0; r < mu; r++) {
            int i = order[r];
            double[] y = new double[n];
            for (int d = 0; d < n; d++) {
                y[d] = (xs[i][d] - mean[d]) / sigma;
            }
            if (!drawn[i]) {
                double limit = Math.sqrt(n) + 2.0 * n / (n + 2);
                double length = norm(whiten(y));
                if (length > limit) {
                    for (int d = 0; d < n; d++) {
                        y[d] *= limit / length;
                    }
                }
            }
            steps[r] = y;
            for (int d = 0; d < n; d++) {
                meanStep[d] += weights[r] * y[d];
            }
        }
        for (int d = 0; d < n; d++) {
            mean[d] += sigma * meanStep[d];
        }

        double[] whitened = whiten(meanStep);
        double sigmaRate = Math.sqrt(cSigma * (2 - cSigma) * muEff);
        for (int d = 0; d < n; d++) {
            pSigma[d] = (1 - cSigma) * pSigma[d] + sigmaRate * whitened[d];
        }
        double pSigmaNorm = norm(pSigma);
        generation++;
        double correction = Math.sqrt(1 - StrictMath.pow(1 - cSigma, 2.0 * generation));
        boolean hSigma = pSigmaNorm / correction < (1.4 + 2.0 / (n + 1)) * chiN;
        double ccRate = Math.sqrt(cc * (2 - cc) * muEff);
        for (int d = 0; d < n; d++) {
            pc[d] = (1 - cc) * pc[d] + (hSigma ? ccRate * meanStep[d] : 0);
        }
        double delta = hSigma ? 0 : cc * (2 - cc);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double rankMu = 0;
                for (int r = 0; r < mu; r++) {
                    rankMu += weights[r] * steps[r][i] * steps[r][j];
                }
                double value = (1 - c1 - cMu) * c[i][j] + c1 * (pc[i] * pc[j] + delta * c[i][j]) + cMu * rankMu;
                c[i][j] = value;
                c[j][i] = value;
            }
        }
        sigma *= StrictMath.exp((cSigma / dSigma) * (pSigmaNorm / chiN - 1));
        // with equal losses the ranking carries no information: widen the search (Hansen's flat-fitness rule)
        if (losses[order[0]] == losses[order[(int) Math.ceil(0.7 * lambda) - 1]]) {
            sigma *= StrictMath.exp(0.2 + cSigma / dSigma);
        }
        decompose();
        // the cube is the whole space: a spread wider than it only pushes samples outside
        sigma = Math.min(sigma, 1 / maxAxis());
    }

    /** The standard deviation of the samples along one coordinate. */
    double spread(int dimension) {
        return sigma * Math.sqrt(c[dimension][dimension]);
    }

    private void decompose() {
        eigen = new SymmetricEigen(c);
        axes = new double[n];
        for (int i = 0; i < n; i++) {
            // rounding can leave a tiny negative eigenvalue; the axis then has no length rather than NaN
            axes[i] = Math.sqrt(Math.max(0, eigen.values[i]));
        }
    }

    private double maxAxis() {
        double max = 0;
        for (double axis : axes) {
            max = Math.max(max, axis);
        }
        return max;
    }

    /** C^(−1/2)·y = B·D⁻¹·Bᵀ·y. */
    private double[] whiten(double[] y) {
        double[] projected = new double[n];
        for (int j = 0; j < n; j++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += eigen.vectors[i][j] * y[i];
            }
            projected[j] = axes[j] > 0 ? sum / axes[j] : 0;
        }
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += eigen.vectors[i][j] * projected[j];
            }
            result[i] = sum;
        }
        return result;
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
