package dev.hertz.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Compares a response with a recorded FreqUI fixture by shape: every key of the fixture is present
 * with the same JSON type (null matches any type, values may differ), recursively; arrays are
 * compared through their first elements.
 */
final class Shapes {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Shapes() {
    }

    /** A fixture from {@code ../shared/reference/frequi-fixtures}; the test is skipped when the folder is absent. */
    static JsonNode fixture(String name) {
        String shared = System.getProperty("hertz.shared.dir");
        Path file = shared == null ? null : Path.of(shared, "reference", "frequi-fixtures", name);
        assumeTrue(file != null && Files.isRegularFile(file),
                "FreqUI fixtures not found (set -Dhertz.shared.dir): " + file);
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The differences; {@code legacy} names fixture keys that newer freqtrade no longer sends. */
    static List<String> differences(JsonNode fixture, JsonNode actual, Set<String> legacy) {
        List<String> out = new ArrayList<>();
        compare("$", fixture, actual, legacy, out);
        return out;
    }

    private static void compare(String at, JsonNode expected, JsonNode actual, Set<String> legacy, List<String> out) {
        if (expected.isNull() || actual.isNull()) {
            return;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                out.add(at + ": expected an object, got " + actual.getNodeType());
                return;
            }
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (legacy.contains(key)) {
                    continue;
                }
                if (!actual.has(key)) {
                    out.add(at + "." + key + ": missing");
                } else {
                    compare(at + "." + key, expected.get(key), actual.get(key), legacy, out);
                }
            }
        } else if (expected.isArray()) {
            if (!actual.isArray()) {
                out.add(at + ": expected an array, got " + actual.getNodeType());
            } else if (!expected.isEmpty() && !actual.isEmpty()) {
                compare(at + "[0]", expected.get(0), actual.get(0), legacy, out);
            }
        } else if (expected.isNumber() != actual.isNumber() || expected.isTextual() != actual.isTextual()
                || expected.isBoolean() != actual.isBoolean()) {
            out.add(at + ": expected " + expected.getNodeType() + ", got " + actual.getNodeType() + " (" + actual + ")");
        }
    }
}
