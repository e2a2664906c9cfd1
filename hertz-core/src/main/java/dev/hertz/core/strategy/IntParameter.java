package dev.hertz.core.strategy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.stream.IntStream;

/** A whole-number hyperopt parameter searched over {@code low..high} (both inclusive): freqtrade's {@code IntParameter}. */
public final class IntParameter extends HyperParameter<IntParameter> {

    private final int low;
    private final int high;
    private int value;

    /**
     * @param low          smallest value hyperopt tries
     * @param high         largest value hyperopt tries
     * @param defaultValue the value used until a stored one is loaded
     */
    public IntParameter(int low, int high, int defaultValue) {
        if (low > high) {
            throw new IllegalArgumentException("IntParameter space invalid: low " + low + " > high " + high);
        }
        this.low = low;
        this.high = high;
        this.value = defaultValue;
    }

    /** The current value. */
    public int value() {
        return value;
    }

    /** Sets the current value (hyperopt does this for each epoch). */
    public void setValue(int value) {
        this.value = value;
    }

    public int low() {
        return low;
    }

    public int high() {
        return high;
    }

    /**
     * Every value to precompute indicators for: {@code low..high} while hyperopt searches this
     * parameter, otherwise just the current value.
     */
    public int[] range() {
        return searching() ? IntStream.rangeClosed(low, high).toArray() : new int[] {value};
    }

    @Override
    public Object rawValue() {
        return value;
    }

    @Override
    void loadValue(JsonNode stored) {
        if (!stored.isNumber() || stored.asDouble() != Math.rint(stored.asDouble()) || !stored.canConvertToInt()) {
            throw new IllegalArgumentException(stored + " is not a whole number");
        }
        value = stored.asInt();
    }
}
