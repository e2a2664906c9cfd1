package dev.hertz.core.strategy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** A yes/no hyperopt parameter: freqtrade's {@code BooleanParameter} (categories {@code [true, false]}). */
public final class BooleanParameter extends HyperParameter<BooleanParameter> {

    private boolean value;

    /** @param defaultValue the value used until a stored one is loaded */
    public BooleanParameter(boolean defaultValue) {
        this.value = defaultValue;
    }

    /** The current value. */
    public boolean value() {
        return value;
    }

    /** Sets the current value (hyperopt does this for each epoch). */
    public void setValue(boolean value) {
        this.value = value;
    }

    /** {@code [true, false]} while hyperopt searches this parameter, otherwise just the current value. */
    public List<Boolean> range() {
        return searching() ? List.of(true, false) : List.of(value);
    }

    @Override
    public Object rawValue() {
        return value;
    }

    @Override
    void loadValue(JsonNode stored) {
        if (!stored.isBoolean()) {
            throw new IllegalArgumentException(stored + " is not true or false");
        }
        value = stored.booleanValue();
    }
}
