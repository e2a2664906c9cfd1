package dev.hertz.core.pairlist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.exchange.ConfigurationError;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Typed access to the parameters of one configured plugin (a pairlist handler or a protection).
 * A missing key and a JSON {@code null} both give the default, as freqtrade's
 * {@code config.get(key, default)} effectively does; a value of the wrong type is a
 * {@link ConfigurationError} that names the plugin, its position and the key.
 */
public final class PluginParams {

    private final String owner;
    private final ObjectNode node;

    /**
     * @param owner how errors name the plugin, e.g. {@code Pairlist handler AgeFilter (pairlists[1])}
     * @param node  the plugin's parameters (not copied; callers hand over their own copy)
     */
    public PluginParams(String owner, ObjectNode node) {
        this.owner = owner;
        this.node = node == null ? JsonNodeFactory.instance.objectNode() : node;
    }

    /** How errors name the plugin. */
    public String owner() {
        return owner;
    }

    /** Whether the key is present with a non-null value. */
    public boolean has(String key) {
        return value(key) != null;
    }

    /** A whole number (written with or without a point, as long as it has no fraction). */
    public int integer(String key, int fallback) {
        OptionalInt v = optionalInteger(key);
        return v.isPresent() ? v.getAsInt() : fallback;
    }

    /** A whole number if present. */
    public OptionalInt optionalInteger(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return OptionalInt.empty();
        }
        if (!v.isNumber() || v.doubleValue() != Math.rint(v.doubleValue()) || Math.abs(v.doubleValue()) > Integer.MAX_VALUE) {
            throw invalid(key, "must be a whole number, got " + v);
        }
        return OptionalInt.of((int) v.doubleValue());
    }

    /** A number, keeping how Python would print it. */
    public ParamNumber number(String key, ParamNumber fallback) {
        return optionalNumber(key).orElse(fallback);
    }

    /** A number if present. */
    public Optional<ParamNumber> optionalNumber(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isNumber()) {
            throw invalid(key, "must be a number, got " + v);
        }
        return Optional.of(ParamNumber.of(v));
    }

    /** A boolean. */
    public boolean bool(String key, boolean fallback) {
        JsonNode v = value(key);
        if (v == null) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw invalid(key, "must be true or false, got " + v);
        }
        return v.booleanValue();
    }

    /** A string. */
    public String text(String key, String fallback) {
        return optionalText(key).orElse(fallback);
    }

    /** A string if present. */
    public Optional<String> optionalText(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw invalid(key, "must be a string, got " + v);
        }
        return Optional.of(v.textValue());
    }

    /** An error about {@code key}, e.g. {@code invalid("offset", "must be >= 0")}. */
    public ConfigurationError invalid(String key, String problem) {
        return new ConfigurationError(owner + ": " + key + " " + problem);
    }

    private JsonNode value(String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v;
    }
}
