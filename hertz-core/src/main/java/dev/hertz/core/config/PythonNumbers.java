package dev.hertz.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Number parsing as Python's {@code int()} and {@code float()} do it, for values freqtrade converts
 * from text (environment variables, {@code --stake-amount}). Java's own parsers accept other
 * spellings ({@code 1d}, {@code 0x1p3}) and reject Python's digit underscores.
 */
final class PythonNumbers {

    private static final String DIGITS = "\\d+(?:_\\d+)*";
    private static final Pattern INTEGER = Pattern.compile("[+-]?" + DIGITS);
    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?)?|\\." + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?");

    private PythonNumbers() {
    }

    /**
     * The number {@code text} spells (surrounding whitespace allowed): an integer node when
     * {@code int()} accepts it, else a double node when {@code float()} accepts it, else null.
     * Python's {@code inf} and {@code nan} give null: JSON cannot carry them.
     */
    static JsonNode parse(String text) {
        String trimmed = text.strip();
        if (INTEGER.matcher(trimmed).matches()) {
            return integerNode(new BigInteger(trimmed.replace("_", "")));
        }
        if (DECIMAL.matcher(trimmed).matches()) {
            return DoubleNode.valueOf(Double.parseDouble(trimmed.replace("_", "")));
        }
        return null;
    }

    /** The same node type Jackson's parser would produce for this integer. */
    private static JsonNode integerNode(BigInteger value) {
        if (value.bitLength() < Integer.SIZE) {
            return IntNode.valueOf(value.intValue());
        }
        if (value.bitLength() < Long.SIZE) {
            return LongNode.valueOf(value.longValue());
        }
        return BigIntegerNode.valueOf(value);
    }
}
