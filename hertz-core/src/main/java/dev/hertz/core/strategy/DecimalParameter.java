package dev.hertz.core.strategy;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A hyperopt parameter with a fixed number of decimals, searched in steps of
 * {@code 10^-decimals} from {@code low} to {@code high}: freqtrade's {@code DecimalParameter}.
 */
public final class DecimalParameter extends HyperParameter<DecimalParameter> {

    private final double low;
    private final double high;
    private final int decimals;
    private double value;

    /** A parameter with 3 decimals. */
    public DecimalParameter(double low, double high, double defaultValue) {
        this(low, high, defaultValue, 3);
    }

    /**
     * @param low          lower end of the search range
     * @param high         upper end of the search range
     * @param defaultValue the value used until a stored one is loaded; rounded to {@code decimals}
     * @param decimals     decimals after the point that hyperopt tries
     */
    public DecimalParameter(double low, double high, double defaultValue, int decimals) {
        if (!(low <= high)) {
            throw new IllegalArgumentException("DecimalParameter space invalid: low " + low + " > high " + high);
        }
        if (decimals < 0) {
            throw new IllegalArgumentException("DecimalParameter decimals must be >= 0, got " + decimals);
        }
        this.low = low;
        this.high = high;
        this.decimals = decimals;
        this.value = round(defaultValue, decimals);
    }

    /** The current value. */
    public double value() {
        return value;
    }

    /** Sets the current value (hyperopt does this for each epoch). */
    public void setValue(double value) {
        this.value = value;
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    public int decimals() {
        return decimals;
    }

    /**
     * Every value to precompute indicators for: each step from {@code low} to {@code high} while
     * hyperopt searches this parameter, otherwise just the current value.
     */
    public double[] range() {
        if (!searching()) {
            return new double[] {value};
        }
        // freqtrade builds the steps from truncated integer bounds and rounds each n * 0.1^d.
        int from = (int) (low * Math.pow(10, decimals));
        int to = (int) (high * Math.pow(10, decimals));
        double step = Math.pow(0.1, decimals);
        double[] steps = new double[Math.max(0, to - from + 1)];
        for (int n = from; n <= to; n++) {
            steps[n - from] = round(n * step, decimals);
        }
        return steps;
    }

    @Override
    public Object rawValue() {
        return value;
    }

    @Override
    void loadValue(JsonNode stored) {
        if (!stored.isNumber()) {
            throw new IllegalArgumentException(stored + " is not a number");
        }
        value = stored.asDouble();
    }

    /** Python's {@code round(x, d)}: half-even on the exact binary value. */
    static double round(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }
}
