package dev.hertz.notify.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.util.PythonFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Python's text forms of a JSON tree: {@code str(dict)} and {@code json.dumps}, as freqtrade prints config sections. */
final class PyText {
    private PyText() {
    }

    /** Python {@code str()} of the loaded value: {@code {'0': 0.04, '40': 0.0}}, {@code True}, {@code None}. */
    static String repr(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "None";
        }
        if (node.isObject()) {
            List<String> items = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                items.add(PythonFormat.repr(e.getKey()) + ": " + repr(e.getValue()));
            }
            return "{" + String.join(", ", items) + "}";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(repr(n)));
            return "[" + String.join(", ", items) + "]";
        }
        if (node.isTextual()) {
            return PythonFormat.repr(node.textValue());
        }
        return PythonFormat.str(node);
    }

    /** Python's {@code json.dumps} with its default {@code ", "} and {@code ": "} separators. */
    static String jsonDumps(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        if (node.isObject()) {
            List<String> items = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                items.add(quote(e.getKey()) + ": " + jsonDumps(e.getValue()));
            }
            return "{" + String.join(", ", items) + "}";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(jsonDumps(n)));
            return "[" + String.join(", ", items) + "]";
        }
        if (node.isTextual()) {
            return quote(node.textValue());
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        if (node.isFloatingPointNumber()) {
            double v = node.doubleValue();
            return Double.isNaN(v) ? "NaN" : Double.isInfinite(v) ? (v > 0 ? "Infinity" : "-Infinity")
                    : PythonFormat.floatRepr(v);
        }
        return node.asText();
    }

    private static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
