package dev.hertz.core.pairlist;

import dev.hertz.core.util.PythonFormat;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A numeric plugin parameter together with the way Python prints it. freqtrade keeps the JSON
 * value as it was parsed, so {@code "min_volatility": 0} prints as {@code 0} and
 * {@code "required_profit": 0.0} as {@code 0.0}; the texts built from parameters must do the same.
 *
 * @param value the number
 * @param text  Python's {@code str()} of it
 */
public record ParamNumber(double value, String text) {

    /** A Python integer. */
    public static ParamNumber of(long value) {
        return new ParamNumber(value, Long.toString(value));
    }

    /** A Python float. */
    public static ParamNumber of(double value) {
        return new ParamNumber(value, PythonFormat.floatRepr(value));
    }

    /** The number a JSON node holds, printed as Python would print the value {@code json.load} made of it. */
    static ParamNumber of(JsonNode node) {
        return new ParamNumber(node.doubleValue(), PythonFormat.str(node));
    }

    /** Python's truthiness of a number: anything but zero. */
    public boolean isTruthy() {
        return value != 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
