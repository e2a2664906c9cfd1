package dev.hertz.core.exchange.sim;

import java.math.BigDecimal;

/**
 * Snaps doubles onto a decimal step (a price tick or an amount step) so that the result is the
 * double nearest to the exact decimal multiple, e.g. 0.3 rather than 0.30000000000000004.
 */
final class TickGrid {

    private final double step;
    private final long units;
    private final double scale;

    TickGrid(double step) {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("A tick or step must be a positive number, got " + step);
        }
        BigDecimal exact = new BigDecimal(Double.toString(step)).stripTrailingZeros();
        int decimals = Math.max(0, exact.scale());
        this.step = step;
        this.units = exact.movePointRight(decimals).longValueExact();
        this.scale = Math.pow(10, decimals);
    }

    double step() {
        return step;
    }

    /** Number of steps nearest to {@code x}. */
    long nearestSteps(double x) {
        return Math.round(x / step);
    }

    /** The value of {@code n} steps. */
    double value(long n) {
        return (double) (n * units) / scale;
    }

    double round(double x) {
        return value(nearestSteps(x));
    }

    double floor(double x) {
        return value((long) Math.floor(x / step + 1e-9));
    }

    /** Whether {@code x} is a whole number of steps (within floating-point noise). */
    boolean isOnGrid(double x) {
        double n = x / step;
        return Math.abs(n - Math.rint(n)) < 1e-7;
    }
}
