package dev.hertz.bench.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} command-line options of the API benchmark's mains; unknown names are refused. */
final class Args {
    private final Map<String, String> values;

    private Args(Map<String, String> values) {
        this.values = values;
    }

    static Args parse(String[] args, Set<String> known) {
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

    String value(String name, String fallback) {
        String v = values.getOrDefault(name, fallback);
        if (v == null) {
            throw new IllegalArgumentException("Option " + name + " is required");
        }
        return v;
    }

    int integer(String name, int fallback) {
        String v = values.get(name);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option " + name + " needs a whole number, got \"" + v + "\"", e);
        }
    }

    /** A comma-separated list of whole numbers, e.g. {@code --threads 16,64}. */
    List<Integer> integers(String name, String fallback) {
        List<Integer> out = new ArrayList<>();
        for (String part : list(name, fallback)) {
            try {
                out.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Option " + name + " needs whole numbers separated by commas, got \""
                        + part + "\"", e);
            }
        }
        return out;
    }

    /** A comma-separated list, e.g. {@code --endpoints ping,status}. */
    List<String> list(String name, String fallback) {
        List<String> out = new ArrayList<>();
        for (String part : value(name, fallback).split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
