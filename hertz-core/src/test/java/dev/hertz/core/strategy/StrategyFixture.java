package dev.hertz.core.strategy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.ConfigArgs;
import dev.hertz.core.config.Configuration;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.data.Candles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A user data directory in a temp folder, a config in it, and helpers to write strategy files. */
final class StrategyFixture {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Passes dry-run validation once a strategy supplies timeframe, stoploss and ROI. */
    static final String BASE_CONFIG = """
            {
              "dry_run": true,
              "stake_currency": "USDT",
              "stake_amount": 10,
              "max_open_trades": 3,
              "entry_pricing": {"price_side": "same"},
              "exit_pricing": {"price_side": "same"},
              "exchange": {"name": "binance", "pair_whitelist": ["BTC/USDT"]}
            }
            """;

    final Path root;
    final Path userData;
    final Path strategies;

    StrategyFixture(Path root) {
        this.root = root;
        this.userData = root.resolve("user_data");
        this.strategies = userData.resolve("strategies");
        try {
            Files.createDirectories(strategies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code content} to {@code strategies/<relative>} (folders created). */
    Path strategyFile(String relative, String content) {
        return write(strategies.resolve(relative), content);
    }

    static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads {@link #BASE_CONFIG} with {@code overrides} set over it ({@code null} removes a key), as the app would. */
    LoadedConfig config(String strategy, String overrides) {
        try {
            ObjectNode config = (ObjectNode) MAPPER.readTree(BASE_CONFIG);
            MAPPER.readTree(overrides).properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    config.remove(e.getKey());
                } else {
                    config.set(e.getKey(), e.getValue());
                }
            });
            Path file = write(root.resolve("config.json"), MAPPER.writeValueAsString(config));
            ConfigArgs args = ConfigArgs.builder().config(file.toString()).userDir(userData.toString())
                    .strategy(strategy).build();
            return new Configuration(args, Map.of(), InputStream.nullInputStream(), root).load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LoadedConfig config(String strategy) {
        return config(strategy, "{}");
    }

    ResolvedStrategy load(String strategy, String overrides) {
        return new StrategyResolver(root).load(config(strategy, overrides));
    }

    ResolvedStrategy load(String strategy) {
        return load(strategy, "{}");
    }

    /** A strategy class extending {@link Strategy} in the default package, with the given body. */
    static String source(String className, String body) {
        return """
                import dev.hertz.core.strategy.*;
                import java.util.Map;

                public class %s extends Strategy {
                %s
                    public Frame populateIndicators(Frame df, Metadata metadata) { return df; }
                    public Frame populateEntryTrend(Frame df, Metadata metadata) { return df; }
                    public Frame populateExitTrend(Frame df, Metadata metadata) { return df; }
                }
                """.formatted(className, body);
    }

    /** Gives a strategy built in a test the configuration a resolver would have attached. */
    static <S extends Strategy> S attach(S strategy, String configJson) {
        try {
            strategy.attach(HertzConfig.from((ObjectNode) MAPPER.readTree(configJson)), null, null,
                    MAPPER.createObjectNode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return strategy;
    }

    /** freqtrade's {@code UNITTEST_BTC-1m.json} (13,681 one-minute candles); skips the test when absent. */
    static Candles unittestBtc1m() {
        String property = System.getProperty("hertz.shared.dir");
        Path shared = property != null && !property.isBlank() ? Path.of(property)
                : Files.isDirectory(Path.of("..", "..", "shared")) ? Path.of("..", "..", "shared") : Path.of("..", "shared");
        Path file = shared.resolve("testdata").resolve("UNITTEST_BTC-1m.json");
        assumeTrue(Files.isRegularFile(file), "freqtrade test data not found at " + file
                + " (set -Dhertz.shared.dir); skipping");
        try {
            double[][] rows = MAPPER.readValue(file.toFile(), double[][].class);
            Candles.Builder candles = Candles.builder(rows.length);
            for (double[] r : rows) {
                candles.add((long) r[0], r[1], r[2], r[3], r[4], r[5]);
            }
            return candles.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
