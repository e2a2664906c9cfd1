package dev.hertz.optimize.backtest;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The steering repository's shared reference files; a test skips with the reason when they are absent. */
final class SharedFiles {
    private SharedFiles() {
    }

    static Path require(String relative) {
        String property = System.getProperty("hertz.shared.dir");
        Path root = property != null ? Path.of(property) : Path.of("..", "..", "shared");
        Path file = root.resolve(relative).normalize();
        assumeTrue(Files.isRegularFile(file), "shared reference file not found (set -Dhertz.shared.dir): " + file);
        return file;
    }
}
