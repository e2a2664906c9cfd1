package dev.hertz.core.data.history;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** freqtrade's candle files in {@code ../shared/testdata}, read in place; tests skip with a message without them. */
final class SharedTestdata {
    private SharedTestdata() {
    }

    static Path dir() {
        String property = System.getProperty("hertz.shared.dir");
        Path shared = property != null && !property.isBlank() ? Path.of(property)
                : Files.isDirectory(Path.of("..", "..", "shared")) ? Path.of("..", "..", "shared") : Path.of("..", "shared");
        Path dir = shared.resolve("testdata");
        assumeTrue(Files.isRegularFile(dir.resolve("UNITTEST_BTC-5m.feather")),
                "freqtrade test candles not found at " + dir + " (set -Dhertz.shared.dir); skipping");
        return dir;
    }
}
