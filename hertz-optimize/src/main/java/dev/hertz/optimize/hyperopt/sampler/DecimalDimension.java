package dev.hertz.optimize.hyperopt.sampler;

/**
 * Decimals rounded to {@code decimals} places between {@code low} and {@code high}. As freqtrade's
 * {@code SKDecimal}, the values are the integers {@code int(low·10^d)..int(high·10^d)} (truncated
 * toward zero, as Python's {@code int}) divided by {@code 10^d}.
 */
public record DecimalDimension(String name, double low, double high, int decimals) implements Dimension {
    /** Grid integers stay exact in a double, and so do the values computed from them. */
    private static final double MAX_GRID = 0x1p53;

    public DecimalDimension {
        SearchSpace.requireName(name);
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("dimension " + name + ": low and high must be finite numbers, got "
                    + low + " and " + high);
        }
        if (low > high) {
            throw new IllegalArgumentException("dimension " + name + ": low " + low + " is above high " + high);
        }
        if (decimals < 0) {
            throw new IllegalArgumentException("dimension " + name + ": decimals must be 0 or more, got " + decimals);
        }
        double scale = Math.pow(10, decimals);
        if (Math.abs(low * scale) >= MAX_GRID || Math.abs(high * scale) >= MAX_GRID) {
            throw new IllegalArgumentException("dimension " + name + ": " + decimals
                    + " decimals are too many for the range " + low + ".." + high);
        }
    }

    /** {@code 10^decimals}: grid integer / scale = value. */
    public double scale() {
        return Math.pow(10, decimals);
    }

    /** The smallest grid integer, {@code int(low·10^d)}. */
    public long gridLow() {
        return (long) (low * scale());
    }

    /** The largest grid integer, {@code int(high·10^d)}. */
    public long gridHigh() {
        return (long) (high * scale());
    }

    /** The value of one grid integer. */
    public double value(long grid) {
        return grid / scale();
    }
}
