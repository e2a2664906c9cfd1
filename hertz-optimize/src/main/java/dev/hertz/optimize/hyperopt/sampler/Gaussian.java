package dev.hertz.optimize.hyperopt.sampler;

import java.util.Random;

/**
 * The standard normal distribution as the Parzen estimators need it: the log of the mass between
 * two points, and draws restricted to an interval. StrictMath keeps the results identical on every
 * platform, so a seed reproduces the same points anywhere.
 */
final class Gaussian {
    private static final double SQRT_HALF = StrictMath.sqrt(0.5);
    private static final double SQRT_PI = StrictMath.sqrt(Math.PI);
    private static final double TWO_OVER_SQRT_PI = 2 / SQRT_PI;

    private Gaussian() {
    }

    /** log(Φ(b) − Φ(a)) for a &lt; b, computed on the side of the tails so that far masses keep their digits. */
    static double logMass(double a, double b) {
        double mass;
        if (a >= 0) {
            mass = 0.5 * (erfc(a * SQRT_HALF) - erfc(b * SQRT_HALF));
        } else if (b <= 0) {
            mass = 0.5 * (erfc(-b * SQRT_HALF) - erfc(-a * SQRT_HALF));
        } else {
            mass = 1 - 0.5 * erfc(-a * SQRT_HALF) - 0.5 * erfc(b * SQRT_HALF);
        }
        return mass > 0 ? StrictMath.log(mass) : Double.NEGATIVE_INFINITY;
    }

    /**
     * A standard normal draw restricted to [a, b], by drawing until one falls inside. Callers pass
     * intervals that contain 0 and are at least 1 wide, so a draw lands inside with probability
     * above Φ(1) − Φ(0) ≈ 0.34 and the loop stays short.
     */
    static double truncated(Random random, double a, double b) {
        while (true) {
            double z = random.nextGaussian();
            if (z >= a && z <= b) {
                return z;
            }
        }
    }

    /**
     * The complementary error function to about 1e-14 relative error: a series of positive terms
     * below 2, a continued fraction above (under 30 terms there, fewer the further out).
     */
    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < 2) {
            return 1 - erfSeries(x);
        }
        if (x > 27) {
            return 0;
        }
        return erfcContinuedFraction(x);
    }

    /** erf(x) = 2/√π · e^(−x²) · Σ (2x²)^n · x / (1·3·…·(2n+1)); every term positive, so no cancellation. */
    private static double erfSeries(double x) {
        double twoXSquared = 2 * x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200 && term > sum * 1e-17; n++) {
            term *= twoXSquared / (2 * n + 1);
            sum += term;
        }
        return TWO_OVER_SQRT_PI * StrictMath.exp(-x * x) * sum;
    }

    /**
     * erfc(x) = 2x·e^(−x²)/√π / (2x² + 1 − 1·2/(2x² + 5 − 3·4/(2x² + 9 − ...))), the even part of
     * Laplace's continued fraction, which converges about twice as fast; modified Lentz evaluation.
     */
    private static double erfcContinuedFraction(double x) {
        double tiny = 1e-300;
        double twoXSquared = 2 * x * x;
        double f = twoXSquared + 1;
        double c = f;
        double d = 0;
        for (int n = 1; n < 500; n++) {
            double a = -(2.0 * n - 1) * (2.0 * n);
            double b = twoXSquared + 1 + 4.0 * n;
            d = b + a * d;
            d = d == 0 ? tiny : d;
            c = b + a / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * x * StrictMath.exp(-x * x) / f;
    }
}
