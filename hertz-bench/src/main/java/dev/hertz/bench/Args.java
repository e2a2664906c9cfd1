package dev.hertz.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name value} options of the benchmark mains; unknown names and malformed values are
 * refused with the option's name.
 */
public final class Args {
    private final Map<String, String> values;

    private Args(Map<String, String> values) {
        this.values = values;
    }

    public static Args parse(String[] args, Set<String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!known.contains(name)) {
                throw new IllegalArgumentException("Unknown option " + name + "; known: " + String.join(", ", known));
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException("Option " + name + " needs a value");
            }
            values.put(name, args[++i]);
        }
        return new Args(values);
    }

    /** The option's text, or {@code fallback} (may be null) when it was not given. */
    public String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** The option's text; refused when it was not given. */
    public String required(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("Option " + name + " is required");
        }
        return v;
    }

    public int integer(String name, int fallback) {
        String v = values.get(name);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option " + name + " needs a whole number, got \"" + v + "\"", e);
        }
    }

    public double number(String name, double fallback) {
        String v = values.get(name);
        try {
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option " + name + " needs a number, got \"" + v + "\"", e);
        }
    }

    /** A comma-separated list, e.g. {@code --clients 1,10,100}; empty when the text is. */
    public List<String> list(String name, String fallback) {
        List<String> out = new ArrayList<>();
        for (String part : value(name, fallback).split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** A comma-separated list of whole numbers, at least one, e.g. {@code --threads 16,64}. */
    public List<Integer> integers(String name, String fallback) {
        List<Integer> out = new ArrayList<>();
        for (String part : list(name, fallback)) {
            try {
                out.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Option " + name + " needs whole numbers separated by commas, got \""
                        + part + "\"", e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("Option " + name + " needs at least one value");
        }
        return out;
    }
}
