package dev.hertz.core.strategy;

import com.fasterxml.jackson.databind.JsonNode;

/** A continuous hyperopt parameter searched over {@code [low, high]}: freqtrade's {@code RealParameter}. */
public final class RealParameter extends HyperParameter<RealParameter> {

    private final double low;
    private final double high;
    private double value;

    /**
     * @param low          lower end of the search range
     * @param high         upper end of the search range
     * @param defaultValue the value used until a stored one is loaded
     */
    public RealParameter(double low, double high, double defaultValue) {
        if (!(low <= high)) {
            throw new IllegalArgumentException("RealParameter space invalid: low " + low + " > high " + high);
        }
        this.low = low;
        this.high = high;
        this.value = defaultValue;
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
}
