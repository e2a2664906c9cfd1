package dev.hertz.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Typed reads of a JSON request body that collect pydantic-style errors (type, location, message)
 * instead of failing at the first one; {@link #validate()} throws them all at once. Unknown fields
 * are ignored, as FastAPI does.
 */
public final class Body {
    private final JsonNode root;
    private final List<ValidationException.Error> errors = new ArrayList<>();
    private final Set<String> read = new LinkedHashSet<>();

    Body(JsonNode root) {
        this.root = root == null ? NullNode.getInstance() : root;
    }

    /** The whole body, for endpoints whose body is a list. */
    public JsonNode root() {
        return root;
    }

    /** Fails with a {@code missing} body error when there is no body, or {@code model_attributes_type} when not an object. */
    public Body requireObject() {
        if (root.isNull() || root.isMissingNode()) {
            throw new ValidationException(new ValidationException.Error("missing", List.of("body"), "Field required",
                    null, null));
        }
        if (!root.isObject()) {
            throw new ValidationException(ValidationException.Error.of("model_attributes_type", List.of("body"),
                    "Input should be a valid dictionary or object to extract fields from", Json.MAPPER.convertValue(root, Object.class)));
        }
        return this;
    }

    public String string(String name, boolean required) {
        JsonNode node = field(name, required);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            return error("string_type", name, "Input should be a valid string", node);
        }
        return node.asText();
    }

    /** A string or a number, read as text (pydantic's {@code str | int} union, e.g. {@code tradeid}). */
    public String stringOrInt(String name, boolean required) {
        JsonNode node = field(name, required);
        if (node == null) {
            return null;
        }
        if (node.isTextual() || node.isIntegralNumber()) {
            return node.asText();
        }
        return error("string_type", name, "Input should be a valid string", node);
    }

    public Double number(String name, boolean required) {
        JsonNode node = field(name, required);
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isTextual()) {
            try {
                return Double.parseDouble(node.asText().trim());
            } catch (NumberFormatException e) {
                return error("float_parsing", name, "Input should be a valid number, unable to parse string as a number", node);
            }
        }
        return error("float_type", name, "Input should be a valid number", node);
    }

    public Long integer(String name, boolean required) {
        JsonNode node = field(name, required);
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            double d = node.asDouble();
            if (d == Math.rint(d)) {
                return (long) d;
            }
            return error("int_from_float", name, "Input should be a valid integer, got a number with a fractional part", node);
        }
        if (node.isTextual()) {
            try {
                return Long.parseLong(node.asText().trim());
            } catch (NumberFormatException e) {
                return error("int_parsing", name, "Input should be a valid integer, unable to parse string as an integer", node);
            }
        }
        return error("int_type", name, "Input should be a valid integer", node);
    }

    public boolean bool(String name, boolean fallback) {
        Boolean value = bool(name, false, fallback);
        return value == null ? fallback : value;
    }

    public Boolean bool(String name, boolean required, Boolean fallback) {
        JsonNode node = field(name, required);
        if (node == null) {
            return fallback;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isTextual() || node.isIntegralNumber()) {
            Boolean parsed = ApiRequest.parseBool(node.asText());
            if (parsed != null) {
                return parsed;
            }
        }
        return error("bool_parsing", name, "Input should be a valid boolean, unable to interpret input", node);
    }

    /** A number or a string ({@code stake_amount}: {@code 10.5} or {@code "unlimited"}); null when absent. */
    public JsonNode numberOrString(String name) {
        JsonNode node = field(name, false);
        if (node == null || node.isNumber() || node.isTextual()) {
            return node;
        }
        return error("string_type", name, "Input should be a valid number or string", node);
    }

    /** An object, any content; null when absent. */
    public JsonNode object(String name) {
        JsonNode node = field(name, false);
        if (node == null || node.isObject()) {
            return node;
        }
        return error("dict_type", name, "Input should be a valid dictionary", node);
    }

    public List<String> stringList(String name, boolean required) {
        JsonNode node = field(name, required);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            return error("list_type", name, "Input should be a valid list", node);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual()) {
                errors.add(ValidationException.Error.of("string_type", List.of("body", name, i),
                        "Input should be a valid string", plain(item)));
            } else {
                out.add(item.asText());
            }
        }
        return out;
    }

    /** A list of JSON objects (e.g. a pairlist chain), each kept as it is. */
    public List<JsonNode> objects(String name, boolean required) {
        JsonNode node = field(name, required);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            return error("list_type", name, "Input should be a valid list", node);
        }
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                errors.add(ValidationException.Error.of("model_attributes_type", List.of("body", name, i),
                        "Input should be a valid dictionary or object to extract fields from", plain(item)));
            } else {
                out.add(item);
            }
        }
        return out;
    }

    /** One of {@code allowed} (lowercase enum values), with pydantic's enum message. */
    public String oneOf(String name, boolean required, String... allowed) {
        String value = string(name, required);
        if (value == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equals(value)) {
                return value;
            }
        }
        String expected = expected(allowed);
        errors.add(new ValidationException.Error("enum", List.of("body", name), "Input should be " + expected,
                value, Map.of("expected", expected)));
        return null;
    }

    /** {@code 'a', 'b' or 'c'}. */
    static String expected(String... allowed) {
        List<String> quoted = List.of(allowed).stream().map(a -> "'" + a + "'").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + quoted.get(quoted.size() - 1);
    }

    /** The field names read so far: the documented request schema is checked against them. */
    public Set<String> fieldsRead() {
        return Set.copyOf(read);
    }

    /** A body over {@code root}, for reading a payload outside a request. */
    public static Body of(JsonNode root) {
        return new Body(root);
    }

    /** Throws the collected errors, if any. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The field, or null when absent or JSON null (a {@code missing} error when required). */
    private JsonNode field(String name, boolean required) {
        read.add(name);
        JsonNode node = root.isObject() ? root.get(name) : null;
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(ValidationException.Error.missing("body", name));
            }
            return null;
        }
        return node;
    }

    private <T> T error(String type, String name, String msg, JsonNode input) {
        errors.add(ValidationException.Error.of(type, List.of("body", name), msg, plain(input)));
        return null;
    }

    private static Object plain(JsonNode node) {
        return Json.MAPPER.convertValue(node, Object.class);
    }
}
