package dev.hertz.core.config;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Helpers shared by the config tests: writing files, parsing JSON, finding the shared test data. */
final class TestConfigs {

    private TestConfigs() {
    }

    static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JsonTrees.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream noStdin() {
        return InputStream.nullInputStream();
    }

    /** freqtrade's full example config from the shared test data; skips the test when it is absent. */
    static Path fullExampleConfig() {
        String property = System.getProperty("hertz.shared.dir");
        Path shared = property != null ? Path.of(property) : Path.of("..", "shared");
        Path file = shared.resolve("testdata").resolve("config_full.example.json");
        if (!Files.isRegularFile(file)) {
            file = Path.of("..", "..", "shared", "testdata", "config_full.example.json");
        }
        assumeTrue(Files.isRegularFile(file), "shared test data not found (set -Dhertz.shared.dir): " + file);
        return file.toAbsolutePath().normalize();
    }

    /** A config that passes validation for dry-run trading before the strategy is loaded. */
    static String minimalTradeConfig() {
        return """
                {
                  "dry_run": true,
                  "stake_currency": "USDT",
                  "stake_amount": 10,
                  "max_open_trades": 3,
                  "timeframe": "5m",
                  "entry_pricing": {"price_side": "same"},
                  "exit_pricing": {"price_side": "same"},
                  "exchange": {"name": "binance", "key": "k", "secret": "s", "pair_whitelist": ["BTC/USDT"]}
                }
                """;
    }
}
