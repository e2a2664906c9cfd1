package dev.hertz.notify.webhook;

import dev.hertz.core.config.ConfigException;
import dev.hertz.core.rpc.RpcMessageDict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A template rendered as Python's {@code template.format(**msg)}, which is how freqtrade fills
 * webhook payloads and Discord embed fields: {@code {field}}, {@code {field!r}}, format specs such
 * as {@code {profit_ratio:.2%}} or {@code {open_date:%Y-%m-%d}} (nested ones like
 * {@code {rate:.{digits}f}} too), item and attribute lookups ({@code {data[0]}},
 * {@code {open_date.year}}), and {@code {{}/{@code }}} for literal braces.
 *
 * <p>Syntax errors are found when the template is compiled; whether a field exists and whether its
 * value accepts the spec can only be known when a message is rendered.
 */
public final class FormatTemplate {

    /** Python's {@code KeyError}: the template names a field the message does not have. */
    public static final class MissingField extends RuntimeException {
        private final String key;

        MissingField(String key) {
            super("'" + key + "'");
            this.key = key;
        }

        /** The missing field or key. */
        public String key() {
            return key;
        }
    }

    /** One piece of a template: literal text, or a replacement field. */
    private sealed interface Part permits Literal, Field {
    }

    private record Literal(String text) implements Part {
    }

    /**
     * @param name       the field's name in the message
     * @param lookups    the {@code .attr} and {@code [key]} steps after it, each with its marker
     * @param conversion {@code r}, {@code s}, {@code a} or 0 for none
     * @param spec       the format spec, itself a template (nested fields)
     */
    private record Field(String name, List<String> lookups, char conversion, FormatTemplate spec) implements Part {
    }

    private final String source;
    private final List<Part> parts;

    private FormatTemplate(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts;
    }

    /**
     * Compiles {@code template}.
     *
     * @throws IllegalArgumentException with Python's wording when the template is malformed
     */
    public static FormatTemplate compile(String template) {
        return parse(template, 2);
    }

    /**
     * Compiles a template read from the configuration.
     *
     * @throws ConfigException naming {@code keyPath} when the template is malformed
     */
    public static FormatTemplate fromConfig(String keyPath, String template) {
        try {
            return compile(template);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(keyPath + ": " + e.getMessage() + " in template \"" + template + "\"");
        }
    }

    /** The template text as configured. */
    public String source() {
        return source;
    }

    /**
     * Renders the template against a message's fields ({@link RpcMessageDict} values).
     *
     * @throws MissingField             when a field or key is not there
     * @throws IllegalArgumentException when a value does not accept its spec or lookup
     */
    public String render(Map<String, Object> fields) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else {
                Field field = (Field) part;
                if (!fields.containsKey(field.name())) {
                    throw new MissingField(field.name());
                }
                Object value = fields.get(field.name());
                for (String lookup : field.lookups()) {
                    value = lookup.charAt(0) == '.'
                            ? PythonText.attribute(value, lookup.substring(1))
                            : item(value, lookup.substring(1));
                }
                value = switch (field.conversion()) {
                    case 'r' -> PythonText.repr(value);
                    case 's' -> PythonText.str(value);
                    case 'a' -> PythonText.ascii(PythonText.repr(value));
                    default -> value;
                };
                out.append(FormatSpec.format(value, field.spec().render(fields)));
            }
        }
        return out.toString();
    }

    /** {@code value[key]}: a digit-only key is an integer, as Python's format parser reads it. */
    private static Object item(Object value, String key) {
        boolean integer = !key.isEmpty() && key.chars().allMatch(Character::isDigit);
        if (value instanceof Map<?, ?> map) {
            if (integer || !map.containsKey(key)) {
                throw new MissingField(key);
            }
            return map.get(key);
        }
        if (value instanceof List<?> list) {
            if (!integer) {
                throw new IllegalArgumentException("list indices must be integers or slices, not str");
            }
            int index = Integer.parseInt(key);
            if (index >= list.size()) {
                throw new IllegalArgumentException("list index out of range");
            }
            return list.get(index);
        }
        throw new IllegalArgumentException("'" + PythonText.typeName(value) + "' object is not subscriptable");
    }

    /** {@code depth}: how many more levels of fields may nest (Python allows a field in a spec, no deeper). */
    private static FormatTemplate parse(String template, int depth) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '}') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '}') {
                    literal.append('}');
                    i += 2;
                    continue;
                }
                throw new IllegalArgumentException("Single '}' encountered in format string");
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            if (i + 1 < template.length() && template.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
                continue;
            }
            if (i + 1 == template.length()) {
                throw new IllegalArgumentException("Single '{' encountered in format string");
            }
            if (depth == 0) {
                throw new IllegalArgumentException("Max string recursion exceeded");
            }
            int end = closingBrace(template, i);
            if (!literal.isEmpty()) {
                parts.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
            parts.add(field(template.substring(i + 1, end), depth));
            i = end + 1;
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        return new FormatTemplate(template, List.copyOf(parts));
    }

    /** The index of the {@code }} closing the field opened at {@code open}, counting nested fields. */
    private static int closingBrace(String template, int open) {
        int depth = 1;
        for (int i = open + 1; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException(depth > 1 ? "unmatched '{' in format spec" : "expected '}' before end of string");
    }

    /** Splits {@code name[.attr|[key]]...[!conversion][:spec]}. */
    private static Field field(String text, int depth) {
        int i = 0;
        while (i < text.length() && ".[!:".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        String name = text.substring(0, i);
        if (name.isEmpty() || name.chars().allMatch(Character::isDigit)) {
            // format(**msg) has no positional arguments; Python fails the same way on every message
            throw new IllegalArgumentException("Replacement index " + (name.isEmpty() ? "0" : name)
                    + " out of range for positional args tuple (name the message field, e.g. {pair})");
        }
        List<String> lookups = new ArrayList<>();
        while (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == '[')) {
            if (text.charAt(i) == '.') {
                int start = ++i;
                while (i < text.length() && ".[!:".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                if (i == start) {
                    throw new IllegalArgumentException("Empty attribute in format string");
                }
                lookups.add("." + text.substring(start, i));
            } else {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("Missing ']' in format string");
                }
                if (close == i + 1) {
                    throw new IllegalArgumentException("Empty attribute in format string");
                }
                lookups.add("[" + text.substring(i + 1, close));
                i = close + 1;
                if (i < text.length() && ".[!:".indexOf(text.charAt(i)) < 0) {
                    throw new IllegalArgumentException("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
        }
        char conversion = 0;
        if (i < text.length() && text.charAt(i) == '!') {
            if (i + 1 >= text.length()) {
                throw new IllegalArgumentException("end of string while looking for conversion specifier");
            }
            conversion = text.charAt(i + 1);
            if ("rsa".indexOf(conversion) < 0) {
                throw new IllegalArgumentException("Unknown conversion specifier " + conversion);
            }
            i += 2;
            if (i < text.length() && text.charAt(i) != ':') {
                throw new IllegalArgumentException("expected ':' after conversion specifier");
            }
        }
        String spec = i < text.length() ? text.substring(i + 1) : "";
        return new Field(name, List.copyOf(lookups), conversion, parse(spec, depth - 1));
    }

    @Override
    public String toString() {
        return source;
    }
}
