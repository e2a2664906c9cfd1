package dev.hertz.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads typed values out of one object of the config tree for the typed views. A missing key or a
 * JSON {@code null} gives the default (as freqtrade's {@code config.get(key, default)} does for a
 * missing key); a value of the wrong type is a {@link ConfigException} naming its key path.
 */
final class NodeReader {

    private final JsonNode node;
    private final String path;

    NodeReader(JsonNode node, String path) {
        this.node = node == null || !node.isObject() ? JsonNodeFactory.instance.objectNode() : node;
        this.path = path;
    }

    /** The object under {@code key}; an empty one when absent. */
    NodeReader child(String key) {
        JsonNode value = value(key);
        if (value != null && !value.isObject()) {
            throw wrongType(key, value, "an object");
        }
        return new NodeReader(value, keyPath(key));
    }

    boolean has(String key) {
        return value(key) != null;
    }

    /** The underlying object (shared; copy before handing it out). */
    ObjectNode node() {
        return (ObjectNode) node;
    }

    boolean bool(String key, boolean fallback) {
        JsonNode value = value(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw wrongType(key, value, "a boolean (true or false)");
        }
        return value.booleanValue();
    }

    double number(String key, double fallback) {
        OptionalDouble value = optionalNumber(key);
        return value.isPresent() ? value.getAsDouble() : fallback;
    }

    OptionalDouble optionalNumber(String key) {
        JsonNode value = value(key);
        if (value == null) {
            return OptionalDouble.empty();
        }
        if (!value.isNumber()) {
            throw wrongType(key, value, "a number");
        }
        return OptionalDouble.of(value.doubleValue());
    }

    int integer(String key, int fallback) {
        JsonNode value = value(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isNumber() || value.doubleValue() != Math.rint(value.doubleValue()) || !value.canConvertToInt()) {
            throw wrongType(key, value, "an integer");
        }
        return value.intValue();
    }

    String text(String key, String fallback) {
        return optionalText(key).orElse(fallback);
    }

    Optional<String> optionalText(String key) {
        JsonNode value = value(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrongType(key, value, "a string");
        }
        return Optional.of(value.textValue());
    }

    /** A list of strings; a single string counts as a list of one (as {@code ws_token} allows). */
    List<String> textList(String key) {
        JsonNode value = value(key);
        if (value == null) {
            return List.of();
        }
        if (value.isTextual()) {
            return List.of(value.textValue());
        }
        if (!value.isArray()) {
            throw wrongType(key, value, "a list of strings");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw wrongType(key, value, "a list of strings");
            }
            items.add(item.textValue());
        }
        return List.copyOf(items);
    }

    /** An object as an unmodifiable Java map of plain values (maps, lists, strings, numbers, booleans, null). */
    Map<String, Object> plainMap(String key) {
        JsonNode value = value(key);
        if (value == null) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw wrongType(key, value, "an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) plain(value);
        return map;
    }

    /** A copy of the object under {@code key}; empty when absent. */
    ObjectNode objectCopy(String key) {
        return child(key).node().deepCopy();
    }

    String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    ConfigException wrongType(String key, JsonNode value, String expected) {
        return new ConfigException(keyPath(key) + ": " + JsonTrees.describe(value) + " is not " + expected);
    }

    private JsonNode value(String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value;
    }

    private static Object plain(JsonNode value) {
        if (value.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return Collections.unmodifiableMap(map);
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            value.forEach(item -> list.add(plain(item)));
            return Collections.unmodifiableList(list);
        }
        if (value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        return value.asText();
    }
}
