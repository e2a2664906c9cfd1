package dev.hertz.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the schema validator's findings into sentences a user can act on: each names the key path,
 * the bad value and what is allowed, e.g. {@code max_open_trades: -5 is less than the minimum -1}.
 *
 * <p>Alternatives ({@code anyOf}) are reported as one finding: when the value has the type of
 * exactly one alternative, that alternative's own complaint is shown
 * ({@code stake_amount: 0.00001 is less than the minimum 0.0001}); otherwise the value is said to
 * be none of them ({@code stake_amount: "lots" is not a number or "unlimited"}).
 */
final class SchemaMessages {

    /** Keywords whose failure means "this value as a whole is of the wrong kind". */
    private static final Set<String> SHAPE_KEYWORDS = Set.of("type", "const", "enum");

    private final ConfigSchema schema;

    SchemaMessages(ConfigSchema schema) {
        this.schema = schema;
    }

    /** One sentence per problem, sorted by key path. */
    List<String> describe(Collection<ValidationMessage> messages, JsonNode config) {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<ValidationMessage>> alternatives = new LinkedHashMap<>();
        for (ValidationMessage message : messages) {
            int anyOf = lastAnyOf(message.getEvaluationPath());
            if (anyOf < 0) {
                findings.add(plain(message));
            } else {
                String owner = keyPath(ownerLocation(message, anyOf));
                String key = owner + " " + prefix(message.getEvaluationPath(), anyOf);
                alternatives.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
            }
        }
        for (List<ValidationMessage> group : alternatives.values()) {
            findings.addAll(alternative(group, config));
        }
        return findings.stream()
                .sorted((a, b) -> a.path.equals(b.path) ? a.text.compareTo(b.text) : a.path.compareTo(b.path))
                .map(f -> f.text)
                .distinct()
                .toList();
    }

    private record Finding(String path, String text) {
    }

    private Finding plain(ValidationMessage message) {
        String path = keyPath(message.getInstanceLocation());
        if (message.getType().equals("required")) {
            String key = child(path, message.getProperty());
            return new Finding(key, key + ": required key is missing");
        }
        if (message.getType().equals("additionalProperties")) {
            String key = child(path, message.getProperty());
            return new Finding(key, key + ": " + unknownKeyHint(message));
        }
        String shown = JsonTrees.describe(message.getInstanceNode());
        JsonNode limit = message.getSchemaNode();
        String text = switch (message.getType()) {
            case "type" -> shown + " is not " + typeNames(limit);
            case "enum" -> shown + " is not one of " + limit;
            case "const" -> shown + " is not " + JsonTrees.describe(limit);
            case "minimum" -> shown + " is less than the minimum " + JsonTrees.describe(limit);
            case "maximum" -> shown + " is greater than the maximum " + JsonTrees.describe(limit);
            case "exclusiveMinimum" -> shown + " must be greater than " + JsonTrees.describe(limit);
            case "exclusiveMaximum" -> shown + " must be less than " + JsonTrees.describe(limit);
            case "uniqueItems" -> shown + " contains duplicate entries";
            case "pattern" -> shown + " does not match the pattern " + limit.asText();
            default -> shown + ": " + stripLocation(message.getMessage());
        };
        return new Finding(path, (path.isEmpty() ? "(configuration)" : path) + ": " + text);
    }

    private String unknownKeyHint(ValidationMessage message) {
        JsonNode owner = navigate(prefix(message.getEvaluationPath(), message.getEvaluationPath().getNameCount() - 1));
        JsonNode patterns = owner == null ? null : owner.get("patternProperties");
        if (patterns != null && patterns.size() > 0) {
            List<String> names = new ArrayList<>();
            patterns.properties().forEach(p -> names.add(p.getKey()));
            return "key is not allowed here (keys must match " + String.join(" or ", names) + ")";
        }
        return "key is not allowed here";
    }

    private List<Finding> alternative(List<ValidationMessage> group, JsonNode config) {
        ValidationMessage first = group.get(0);
        int anyOf = lastAnyOf(first.getEvaluationPath());
        JsonNodePath owner = ownerLocation(first, anyOf);
        JsonNode value = config.at(pointer(owner));
        JsonNode branches = navigate(prefix(first.getEvaluationPath(), anyOf + 1));
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; branches != null && i < branches.size(); i++) {
            if (accepts(schema.resolve(branches.get(i)), value)) {
                matching.add(i);
            }
        }
        if (matching.size() == 1) {
            List<ValidationMessage> chosen = group.stream()
                    .filter(m -> m.getEvaluationPath().getElement(anyOf + 1).equals(matching.get(0)))
                    .toList();
            boolean wrongKind = chosen.stream().anyMatch(m -> SHAPE_KEYWORDS.contains(m.getType())
                    && m.getInstanceLocation().equals(owner));
            if (!chosen.isEmpty() && !wrongKind) {
                return chosen.stream().map(this::plain).toList();
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; branches != null && i < branches.size(); i++) {
            names.add(branchName(schema.resolve(branches.get(i))));
        }
        String path = keyPath(owner);
        return List.of(new Finding(path, path + ": " + JsonTrees.describe(value) + " is not " + joinOr(names)));
    }

    /** Whether {@code value} has a JSON type the branch could accept. */
    private static boolean accepts(JsonNode branch, JsonNode value) {
        if (branch.has("type")) {
            JsonNode type = branch.get("type");
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (isType(value, t.asText())) {
                        return true;
                    }
                }
                return false;
            }
            return isType(value, type.asText());
        }
        if (branch.has("const")) {
            return branch.get("const").getNodeType() == value.getNodeType();
        }
        if (branch.has("enum")) {
            for (JsonNode option : branch.get("enum")) {
                if (option.getNodeType() == value.getNodeType()) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean isType(JsonNode value, String type) {
        return switch (type) {
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static String branchName(JsonNode branch) {
        if (branch.has("const")) {
            return JsonTrees.describe(branch.get("const"));
        }
        if (branch.has("enum")) {
            return "one of " + branch.get("enum");
        }
        if (branch.has("type")) {
            return typeNames(branch.get("type"));
        }
        return "the alternative " + branch;
    }

    /** "a number", "a string or a list". */
    private static String typeNames(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> names.add(typeName(t.asText())));
        } else {
            names.add(typeName(type.asText()));
        }
        return joinOr(names);
    }

    private static String typeName(String type) {
        return switch (type) {
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "string" -> "a string";
            case "boolean" -> "a boolean (true or false)";
            case "object" -> "an object";
            case "array" -> "a list";
            case "null" -> "null";
            default -> type;
        };
    }

    private static String joinOr(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** Index of the last {@code anyOf} step in an evaluation path, or -1. */
    private static int lastAnyOf(JsonNodePath path) {
        for (int i = path.getNameCount() - 2; i >= 0; i--) {
            if ("anyOf".equals(path.getElement(i)) && path.getElement(i + 1) instanceof Integer) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The instance an {@code anyOf} applies to: the failing instance, minus the steps the branch
     * took into it ({@code properties/x}, {@code items}, ...).
     */
    private static JsonNodePath ownerLocation(ValidationMessage message, int anyOf) {
        JsonNodePath evaluation = message.getEvaluationPath();
        int steps = 0;
        for (int i = anyOf + 2; i < evaluation.getNameCount(); i++) {
            Object element = evaluation.getElement(i);
            if ("properties".equals(element) || "patternProperties".equals(element)) {
                steps++;
                i++;
            } else if ("additionalProperties".equals(element) || "items".equals(element)) {
                steps++;
                if (i + 1 < evaluation.getNameCount() && evaluation.getElement(i + 1) instanceof Integer) {
                    i++;
                }
            }
        }
        JsonNodePath location = message.getInstanceLocation();
        for (int i = 0; i < steps && location.getParent() != null; i++) {
            location = location.getParent();
        }
        return location;
    }

    /** The schema node at an evaluation path, following {@code $ref} steps. */
    private JsonNode navigate(List<Object> evaluationSteps) {
        JsonNode node = schema.root();
        for (Object step : evaluationSteps) {
            if ("$ref".equals(step)) {
                node = schema.resolve(node);
            } else if (step instanceof Integer index) {
                node = node.get(index);
            } else {
                node = node.get((String) step);
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static List<Object> prefix(JsonNodePath path, int length) {
        List<Object> steps = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            steps.add(path.getElement(i));
        }
        return steps;
    }

    /** {@code exchange.pair_whitelist[2]}; empty for the top level. */
    static String keyPath(JsonNodePath location) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(element);
            }
        }
        return path.toString();
    }

    private static String pointer(JsonNodePath location) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            pointer.append('/').append(location.getElement(i).toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    private static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** networknt prefixes its messages with the location; ours already names the key. */
    private static String stripLocation(String message) {
        int colon = message.indexOf(": ");
        return colon >= 0 ? message.substring(colon + 2) : message;
    }
}
