package dev.hertz.optimize.hyperopt.sampler;

import java.util.Random;

/**
 * NSGA-II's variation operators on one coordinate of the unit interval, with Deb's usual
 * distribution indices (20 for both): simulated binary crossover and polynomial mutation, both in
 * their bounded forms, so children never leave [0, 1].
 */
final class Variation {
    static final double ETA_CROSSOVER = 20;
    static final double ETA_MUTATION = 20;

    private Variation() {
    }

    /**
     * Simulated binary crossover of two parent coordinates; returns the two children. The spread
     * factor is drawn so that children near the parents are likely, and it is shrunk on each side
     * so the child cannot cross the bound.
     */
    static double[] sbx(Random random, double x1, double x2) {
        if (Math.abs(x1 - x2) < 1e-14) {
            return new double[] {x1, x2};
        }
        double y1 = Math.min(x1, x2);
        double y2 = Math.max(x1, x2);
        double u = random.nextDouble();
        double c1 = 0.5 * ((y1 + y2) - spread(u, 1 + 2 * y1 / (y2 - y1)) * (y2 - y1));
        double c2 = 0.5 * ((y1 + y2) + spread(u, 1 + 2 * (1 - y2) / (y2 - y1)) * (y2 - y1));
        c1 = clip(c1);
        c2 = clip(c2);
        return random.nextBoolean() ? new double[] {c2, c1} : new double[] {c1, c2};
    }

    private static double spread(double u, double beta) {
        double alpha = 2 - StrictMath.pow(beta, -(ETA_CROSSOVER + 1));
        double exponent = 1 / (ETA_CROSSOVER + 1);
        return u <= 1 / alpha
                ? StrictMath.pow(u * alpha, exponent)
                : StrictMath.pow(1 / (2 - u * alpha), exponent);
    }

    /** Polynomial mutation: a step whose size follows a polynomial density, scaled to the room left on that side. */
    static double mutate(Random random, double y) {
        double u = random.nextDouble();
        double power = 1 / (ETA_MUTATION + 1);
        double step;
        if (u < 0.5) {
            double value = 2 * u + (1 - 2 * u) * StrictMath.pow(1 - y, ETA_MUTATION + 1);
            step = StrictMath.pow(value, power) - 1;
        } else {
            double value = 2 * (1 - u) + 2 * (u - 0.5) * StrictMath.pow(y, ETA_MUTATION + 1);
            step = 1 - StrictMath.pow(value, power);
        }
        return clip(y + step);
    }

    private static double clip(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
