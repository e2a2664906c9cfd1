package dev.hertz.core.persistence;

import dev.hertz.core.util.PythonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * One row of freqtrade's {@code trade_custom_data} table: a strategy's value attached to a trade.
 * {@code cdType} is the Python type name; values of type {@code bool}, {@code float}, {@code int}
 * and {@code str} are stored as Python's {@code str(value)} ({@code True}, {@code 1.5}, {@code 3}),
 * anything else as JSON.
 *
 * @param id        database id, null before the row is stored
 * @param tradeId   the trade this value belongs to
 * @param key       the key as first written (lookups ignore case)
 * @param cdType    {@code bool}, {@code float}, {@code int}, {@code str}, or e.g. {@code dict}/{@code list} for JSON
 * @param cdValue   the stored text
 * @param createdAt when the key was first set
 * @param updatedAt when it was last changed, null if never
 */
public record CustomData(Long id, long tradeId, String key, String cdType, String cdValue, Instant createdAt,
                         Instant updatedAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The decoded value: {@link Boolean}, {@link Double}, {@link Long} (or {@link BigInteger} when it
     * does not fit), {@link String}, or for JSON types the plain Java form ({@link Map}, {@link java.util.List}, ...).
     *
     * @throws PersistenceException if the stored text does not parse as its type
     */
    public Object value() {
        try {
            return switch (cdType) {
                case "bool" -> cdValue.equalsIgnoreCase("true");
                case "float" -> PythonFormat.parseFloat(cdValue);
                case "int" -> {
                    BigInteger big = new BigInteger(cdValue.strip());
                    yield big.bitLength() < 64 ? (Object) big.longValue() : big;
                }
                case "str" -> cdValue;
                default -> JSON.readValue(cdValue, Object.class);
            };
        } catch (NumberFormatException | JsonProcessingException e) {
            throw new PersistenceException("Custom data '" + key + "' of trade " + tradeId + " holds '" + cdValue
                    + "', which is not a valid " + cdType, e);
        }
    }

    /** The Python type name freqtrade would record for this Java value. */
    static String pythonType(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Double || value instanceof Float) {
            return "float";
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return "int";
        }
        if (value instanceof CharSequence) {
            return "str";
        }
        if (value instanceof Collection<?> || value.getClass().isArray()) {
            return "list";
        }
        return "dict";
    }

    /** The text freqtrade would store for this value: Python {@code str()} for scalars, else JSON. */
    static String encode(Object value) {
        return switch (pythonType(value)) {
            case "bool" -> (Boolean) value ? "True" : "False";
            case "float" -> PythonFormat.floatRepr(((Number) value).doubleValue());
            case "int", "str" -> value.toString();
            default -> {
                try {
                    yield JSON.writeValueAsString(value);
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("Custom data value of type " + value.getClass().getName()
                            + " cannot be written as JSON: " + e.getOriginalMessage(), e);
                }
            }
        };
    }
}
