package dev.hertz.core.config;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;

/** Small helpers over Jackson trees shared by the loader, the validator and the typed views. */
final class JsonTrees {

    /**
     * The dialect freqtrade reads with rapidjson: {@code //} and {@code /* *}{@code /} comments and
     * trailing commas. Trailing garbage after the root value is an error, as it is there.
     */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonTrees() {
    }

    /**
     * Deep-merges {@code overrides} into {@code target} (mutated and returned): nested objects merge
     * key by key, everything else (scalars, arrays, null) is replaced by the override. This is
     * freqtrade's {@code deep_merge_dicts(source=overrides, destination=target)}.
     */
    static ObjectNode mergeInto(ObjectNode target, ObjectNode overrides) {
        for (Map.Entry<String, JsonNode> field : overrides.properties()) {
            JsonNode value = field.getValue();
            JsonNode existing = target.get(field.getKey());
            if (value.isObject() && existing != null && existing.isObject()) {
                mergeInto((ObjectNode) existing, (ObjectNode) value);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
        return target;
    }

    /** The object at {@code key}, created (or replacing a non-object) when needed. */
    static ObjectNode objectAt(ObjectNode parent, String key) {
        JsonNode node = parent.get(key);
        if (node instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(key);
    }

    /**
     * A value as a user would write it in a message: strings quoted, numbers without an exponent
     * ({@code 0.00001}, not {@code 1.0E-5}), containers as compact JSON cut to a readable length.
     */
    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "(missing)";
        }
        if (value.isNumber()) {
            return formatNumber(value);
        }
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    static String formatNumber(JsonNode number) {
        if (number.isIntegralNumber()) {
            return number.bigIntegerValue().toString();
        }
        double d = number.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        BigDecimal plain = BigDecimal.valueOf(d).stripTrailingZeros();
        String text = plain.toPlainString();
        return text.contains(".") ? text : text + ".0";
    }
}
