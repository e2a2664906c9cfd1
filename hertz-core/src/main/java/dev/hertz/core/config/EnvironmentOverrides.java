package dev.hertz.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns environment variables into a config tree the way freqtrade does:
 * {@code FREQTRADE__EXCHANGE__KEY=abc} becomes {@code {"exchange": {"key": "abc"}}}.
 *
 * <p>{@code HERTZ__} variables follow the same rules and are applied after the {@code FREQTRADE__}
 * ones, so they win. Within a prefix, variables are applied in sorted name order.
 */
final class EnvironmentOverrides {

    static final String FREQTRADE_PREFIX = "FREQTRADE__";
    static final String HERTZ_PREFIX = "HERTZ__";

    private static final Logger LOG = LoggerFactory.getLogger(EnvironmentOverrides.class);

    /** Secrets that look numeric (a Telegram chat id, a numeric password) must stay strings. */
    private static final Set<String> NEVER_CONVERTED = Set.of("CHAT_ID", "PASSWORD");

    private EnvironmentOverrides() {
    }

    /** The overrides found in {@code env}; an empty object when there are none. */
    static ObjectNode toTree(Map<String, String> env) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        Map<String, String> sorted = new TreeMap<>(env);
        for (String prefix : List.of(FREQTRADE_PREFIX, HERTZ_PREFIX)) {
            for (Map.Entry<String, String> entry : sorted.entrySet()) {
                if (entry.getKey().startsWith(prefix)) {
                    apply(result, entry.getKey(), entry.getKey().substring(prefix.length()), entry.getValue());
                }
            }
        }
        return result;
    }

    private static void apply(ObjectNode result, String variable, String path, String value) {
        String[] segments = path.split("__", -1);
        for (String segment : segments) {
            if (segment.isEmpty()) {
                LOG.warn("Ignoring environment variable '{}': it has an empty key between '__' separators.", variable);
                return;
            }
        }
        LOG.info("Loading variable '{}'", variable);
        String last = segments[segments.length - 1];
        JsonNode typed = NEVER_CONVERTED.contains(last) ? TextNode.valueOf(value) : typed(variable, value);
        ObjectNode override = JsonNodeFactory.instance.objectNode();
        ObjectNode parent = override;
        for (int i = 0; i < segments.length - 1; i++) {
            parent = parent.putObject(segments[i].toLowerCase(Locale.ROOT));
        }
        parent.set(last.toLowerCase(Locale.ROOT), typed);
        JsonTrees.mergeInto(result, override);
    }

    /**
     * freqtrade's typing: int, else float, else t/true/f/false (any case), else the string.
     * Hertz adds one rule: a value written as a JSON list or object is parsed as JSON, so lists such
     * as {@code pair_whitelist} can come from the environment.
     */
    static JsonNode typed(String variable, String value) {
        JsonNode number = PythonNumbers.parse(value);
        if (number != null) {
            return number;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("t") || lower.equals("true")) {
            return BooleanNode.TRUE;
        }
        if (lower.equals("f") || lower.equals("false")) {
            return BooleanNode.FALSE;
        }
        String trimmed = value.strip();
        if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
            return parseJson(variable, trimmed);
        }
        return TextNode.valueOf(value);
    }

    private static JsonNode parseJson(String variable, String text) {
        try {
            return JsonTrees.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            throw new ConfigException("Environment variable " + variable + " looks like a JSON "
                    + (text.startsWith("[") ? "list" : "object") + " but is not valid JSON" + where + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
