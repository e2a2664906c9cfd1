package dev.hertz.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.app.BotAssembly;
import dev.hertz.core.bot.TradingBot;
import dev.hertz.core.config.ConfigArgs;
import dev.hertz.core.config.Configuration;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.UserDataDirectory;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.sim.SimMarketSpec;
import dev.hertz.core.rpc.RpcSender;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A dry-run bot on the simulated exchange, built from a config file by {@link BotAssembly} exactly
 * as {@code hertz trade} builds it (SQLite database, StaticPairList, {@code SampleStrategy}), but
 * with market time moved by hand: the exchange's wall clock is a {@link SteppedClock}.
 */
public final class BenchBot implements AutoCloseable {
    /** Market time at start: half-way into a 5m candle, as a bot woken by its throttle would be. */
    public static final Instant START = Instant.parse("2024-06-03T00:02:30Z");
    public static final String STRATEGY = "SampleStrategy";

    private final SteppedClock clock;
    private final TradingBot bot;
    private final Timeframe timeframe;
    private final List<String> pairs;

    private BenchBot(SteppedClock clock, TradingBot bot, List<String> pairs) {
        this.clock = clock;
        this.bot = bot;
        this.timeframe = bot.timeframe();
        this.pairs = pairs;
    }

    /**
     * Writes the config into {@code dir}, builds the bot there and runs its startup step.
     *
     * @param pairCount     markets on the exchange, all on the whitelist
     * @param maxOpenTrades the config's {@code max_open_trades}
     */
    public static BenchBot start(Path dir, int pairCount, int maxOpenTrades) {
        List<SimMarketSpec> markets = BenchMarkets.specs(pairCount);
        Path config = dir.resolve("config-bench.json");
        try {
            Files.writeString(config, new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(config(markets, maxOpenTrades)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + config, e);
        }
        Path userDir = dir.resolve("user_data");
        UserDataDirectory.create(userDir);
        ConfigArgs args = ConfigArgs.builder().config(config.toString()).userDir(userDir.toString()).build();
        LoadedConfig loaded = new Configuration(args, Map.of(), InputStream.nullInputStream(), dir).load();
        SteppedClock clock = new SteppedClock(START);
        TradingBot bot = new BotAssembly(dir, clock).build(loaded, RpcSender.NONE).bot();
        bot.startup();
        return new BenchBot(clock, bot, markets.stream().map(SimMarketSpec::symbol).toList());
    }

    static ObjectNode config(List<SimMarketSpec> markets, int maxOpenTrades) {
        ObjectNode cfg = new ObjectMapper().createObjectNode();
        cfg.put("bot_name", "hertz-bench");
        cfg.put("strategy", STRATEGY);
        cfg.put("max_open_trades", maxOpenTrades);
        cfg.put("stake_currency", "USDT");
        cfg.put("stake_amount", "unlimited");
        cfg.put("tradable_balance_ratio", 0.99);
        cfg.put("dry_run", true);
        cfg.put("dry_run_wallet", 10_000);
        cfg.put("db_url", "sqlite:///tradesv3.bench.sqlite");
        ObjectNode timeout = cfg.putObject("unfilledtimeout");
        timeout.put("entry", 10);
        timeout.put("exit", 10);
        timeout.put("unit", "minutes");
        cfg.putObject("entry_pricing").put("price_side", "same").put("use_order_book", true).put("order_book_top", 1);
        cfg.putObject("exit_pricing").put("price_side", "same").put("use_order_book", true).put("order_book_top", 1);
        ObjectNode exchange = cfg.putObject("exchange");
        exchange.put("name", "sim");
        ArrayNode whitelist = exchange.putArray("pair_whitelist");
        markets.forEach(m -> whitelist.add(m.symbol()));
        exchange.putArray("pair_blacklist");
        ObjectNode sim = exchange.putObject("sim");
        sim.put("seed", 42).put("speed", 1).put("start", START.toString()).put("history_days", 30);
        sim.putObject("balances").put("USDT", 10_000);
        sim.set("markets", BenchMarkets.toJson(markets));
        cfg.putArray("pairlists").addObject().put("method", "StaticPairList");
        cfg.putObject("internals").put("process_throttle_secs", 5).put("heartbeat_interval", 60);
        return cfg;
    }

    /** Moves market time on by one candle of the strategy's timeframe, so exactly one more candle has closed. */
    public void nextCandle() {
        clock.advance(Duration.ofMillis(timeframe.millis()));
    }

    /** One loop iteration with entries allowed, as the worker runs it. */
    public void process() {
        bot.process(true);
    }

    public TradingBot bot() {
        return bot;
    }

    /** The whitelisted pairs, in order. */
    public List<String> pairs() {
        return pairs;
    }

    @Override
    public void close() {
        bot.close();
    }
}
