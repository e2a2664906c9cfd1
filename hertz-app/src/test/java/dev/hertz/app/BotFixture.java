package dev.hertz.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.bot.TradingBot;
import dev.hertz.core.config.ConfigArgs;
import dev.hertz.core.config.Configuration;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.rpc.RpcManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A dry-run bot on the simulated exchange in a temp folder, built by the real {@link BotAssembly}
 * with a real SQLite file, on a clock only the test moves: the simulated market runs at speed 1
 * from {@link #START}, so {@link #nextCandle()} is exactly one 1m candle of market time.
 */
final class BotFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Market time at construction: twenty seconds into a 1m candle. */
    static final Instant START = Instant.parse("2024-05-06T12:00:20Z");
    static final double MAKER_FEE = 0.001;
    static final double TAKER_FEE = 0.002;
    static final String STRATEGY = "EveryCandle";

    /**
     * Stake 20 USDT, two slots, four pairs; entries priced on the ask and exits on the bid, so both
     * cross the simulated book and fill at once (taker fee).
     */
    private static final String BASE_CONFIG = """
            {
              "strategy": "%s",
              "dry_run": true,
              "dry_run_wallet": 1000,
              "stake_currency": "USDT",
              "stake_amount": 20,
              "max_open_trades": 2,
              "db_url": "sqlite:///trades.sqlite",
              "entry_pricing": {"price_side": "other"},
              "exit_pricing": {"price_side": "other"},
              "exchange": {
                "name": "sim",
                "pair_whitelist": ["BTC/USDT", "ETH/USDT", "SOL/USDT", "XRP/USDT"],
                "sim": {"seed": 11, "maker_fee": %s, "taker_fee": %s}
              },
              "pairlists": [{"method": "StaticPairList"}]
            }
            """.formatted(STRATEGY, MAKER_FEE, TAKER_FEE);

    /**
     * Enters long on every candle (tag {@code every_candle}) and leaves through the ROI table after
     * three minutes whatever the profit ({@code -1}); {@code %s} holds extra statements run first in
     * {@code populateIndicators}, the second {@code %s} extra members (callbacks).
     */
    private static final String STRATEGY_SOURCE = """
            import dev.hertz.core.persistence.Trade;
            import dev.hertz.core.strategy.*;
            import java.time.Instant;
            import java.util.Map;

            public class %1$s extends Strategy {
                public %1$s() {
                    timeframe = "1m";
                    minimalRoi = Map.of(3, -1.0);
                    stoploss = -0.5;
                }

                public Frame populateIndicators(Frame df, Metadata metadata) {
                    %2$s
                    return df;
                }

                public Frame populateEntryTrend(Frame df, Metadata metadata) {
                    return df.signal(Frame.ENTER_LONG, df.mask(i -> true), "every_candle");
                }

                public Frame populateExitTrend(Frame df, Metadata metadata) {
                    return df;
                }

                %3$s
            }
            """;

    final Path dir;
    final Path userData;
    final Path db;
    /** The bot's notifications, as the process-wide manager delivers them. */
    final RpcManager rpc = new RpcManager();
    final RecordingHandler messages = new RecordingHandler();
    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private TradingBot bot;

    BotFixture(Path dir) {
        this.dir = dir;
        this.userData = dir.resolve("user_data");
        this.db = dir.resolve("trades.sqlite");
        rpc.register(messages);
        try {
            Files.createDirectories(userData.resolve("strategies"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The wall clock the bot is built with; the test moves it. */
    InstantSource clock() {
        return now::get;
    }

    /** Writes the {@code EveryCandle} strategy with extra indicator statements and members. */
    BotFixture strategy(String indicatorStatements, String members) {
        write(userData.resolve("strategies").resolve(STRATEGY + ".java"),
                STRATEGY_SOURCE.formatted(STRATEGY, indicatorStatements, members));
        return this;
    }

    BotFixture strategy() {
        return strategy("", "");
    }

    /** The base configuration with {@code overridesJson} merged in (objects merged, anything else replaced, null removes). */
    static ObjectNode config(String overridesJson) {
        try {
            ObjectNode config = (ObjectNode) JSON.readTree(BASE_CONFIG);
            merge(config, (ObjectNode) JSON.readTree(overridesJson));
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void merge(ObjectNode into, ObjectNode from) {
        for (Map.Entry<String, JsonNode> e : from.properties()) {
            JsonNode current = into.get(e.getKey());
            if (e.getValue().isNull()) {
                into.remove(e.getKey());
            } else if (current instanceof ObjectNode target && e.getValue() instanceof ObjectNode source) {
                merge(target, source);
            } else {
                into.set(e.getKey(), e.getValue());
            }
        }
    }

    /** Writes {@code config} to {@code config.json} and loads it as {@code trade} would. */
    LoadedConfig load(ObjectNode config) {
        Path file = dir.resolve("config.json");
        try {
            write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ConfigArgs args = ConfigArgs.builder().config(file.toString()).userDir(userData.toString()).build();
        return new Configuration(args, Map.of(), InputStream.nullInputStream(), dir).load();
    }

    /** {@link #load}s {@code config}, builds the bot and runs its startup. */
    TradingBot start(ObjectNode config) {
        LoadedConfig loaded = load(config);
        bot = new BotAssembly(dir, clock()).build(loaded, rpc).bot();
        bot.startup();
        return bot;
    }

    /** Moves market time on by one 1m candle. */
    void nextCandle() {
        advance(Duration.ofMinutes(1));
    }

    void advance(Duration span) {
        now.updateAndGet(t -> t.plus(span));
    }

    /** Market time (the simulation runs at speed 1 from {@link #START}). */
    Instant now() {
        return now.get();
    }

    List<Map<String, Object>> rows(String sql, Object... args) {
        return SqliteRows.query(db, sql, args);
    }

    long count(String sql, Object... args) {
        return SqliteRows.count(db, sql, args);
    }

    /** Closes the bot as the worker does on shutdown (once; later calls do nothing), then the message manager. */
    @Override
    public void close() {
        if (bot != null) {
            TradingBot closing = bot;
            bot = null;
            closing.close();
        }
        rpc.close();
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
