package dev.hertz.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Helpers for the data command tests: table rows as cells, and freqtrade's test candles in ../shared. */
final class DataTables {
    private DataTables() {
    }

    /** The rows under the header rule of a printed table, each split into trimmed cells. */
    static List<List<String>> rows(String out) {
        List<String> lines = out.lines().toList();
        int rule = 0;
        while (rule < lines.size() && !lines.get(rule).startsWith("━")) {
            rule++;
        }
        return lines.subList(Math.min(rule + 1, lines.size()), lines.size()).stream()
                .map(line -> Arrays.stream(line.split("┃")).map(String::strip).toList())
                .toList();
    }

    /** freqtrade's test candles; skips the test when the shared folder is absent. */
    static Path testdata() {
        String property = System.getProperty("hertz.shared.dir");
        Path shared = property != null && !property.isBlank() ? Path.of(property)
                : Files.isDirectory(Path.of("..", "..", "shared")) ? Path.of("..", "..", "shared") : Path.of("..", "shared");
        Path dir = shared.resolve("testdata");
        assumeTrue(Files.isRegularFile(dir.resolve("UNITTEST_BTC-5m.feather")),
                "freqtrade test candles not found at " + dir + " (set -Dhertz.shared.dir); skipping");
        return dir.toAbsolutePath();
    }
}
