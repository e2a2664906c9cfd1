package dev.hertz.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.bot.BotContext;
import dev.hertz.core.bot.BotState;
import dev.hertz.core.bot.DryRunExchange;
import dev.hertz.core.bot.OrderUpdater;
import dev.hertz.core.util.Sleeper;
import dev.hertz.core.bot.StrategyExits;
import dev.hertz.core.bot.TradingBot;
import dev.hertz.core.bot.Wallets;
import dev.hertz.core.config.Configuration;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.InitialState;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.data.DataProvider;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.Exchanges;
import dev.hertz.core.exchange.PriceDiscovery;
import dev.hertz.core.exchange.RetryingExchange;
import dev.hertz.core.exchange.sim.SimClock;
import dev.hertz.core.exchange.sim.SimExchange;
import dev.hertz.core.pairlist.PairListContext;
import dev.hertz.core.pairlist.PairListManager;
import dev.hertz.core.pairlist.RepositoryTradeStatistics;
import dev.hertz.core.persistence.Database;
import dev.hertz.core.persistence.PairLockRepository;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.persistence.TradeRepository;
import dev.hertz.core.protection.DatabasePairLocks;
import dev.hertz.core.protection.PairLocks;
import dev.hertz.core.protection.ProtectionManager;
import dev.hertz.core.protection.RepositoryTradeHistory;
import dev.hertz.core.strategy.ResolvedStrategy;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.StrategyAnalyzer;
import dev.hertz.core.strategy.StrategyResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The composition root of a trading bot: builds every piece from the loaded configuration with
 * plain constructor calls, in dependency order. Nothing here decides trading behaviour.
 */
public final class BotAssembly {
    private static final Logger LOG = LoggerFactory.getLogger(BotAssembly.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Candles kept per pair when the strategy needs fewer: enough for indicators to settle. */
    private static final int MIN_CANDLES = 500;

    private final Path cwd;
    private final InstantSource wall;

    /**
     * @param cwd  relative paths (database, strategies) resolve against it
     * @param wall the real clock; the simulated exchange derives market time from it
     */
    public BotAssembly(Path cwd, InstantSource wall) {
        this.cwd = cwd;
        this.wall = wall;
    }

    /** A bot and the speed at which its time runs relative to the wall clock. */
    public record Built(TradingBot bot, double speed) {
    }

    /** Builds one bot instance; on failure everything opened so far is closed again. */
    public Built build(LoadedConfig loaded) {
        return build(loaded, () -> { });
    }

    /**
     * Builds one bot instance whose {@code close()} first runs {@code onClose} (so callers stop
     * handing the bot out) and then closes its database.
     */
    public Built build(LoadedConfig loaded, Runnable onClose) {
        ResolvedStrategy resolved = new StrategyResolver(cwd).load(loaded.config(), loaded.runMode());
        resolved.warnings().forEach(LOG::warn);
        Strategy strategy = resolved.strategy();
        HertzConfig config = HertzConfig.from(resolved.config());
        String dbUrl = config.dbUrl().orElse(config.dryRun()
                ? Configuration.DEFAULT_DB_DRYRUN_URL : Configuration.DEFAULT_DB_PROD_URL);
        Database db = Database.open(dbUrl, cwd);
        try {
            return new Built(assemble(config, strategy, loaded, db, onClose), speed(config));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private TradingBot assemble(HertzConfig config, Strategy strategy, LoadedConfig loaded, Database db,
                                Runnable onClose) {
        TradeRepository trades = new TradeRepository(db);
        Exchange raw = Exchanges.create(config.exchange().name(), simSection(config, trades), wall);
        Clock clock = raw instanceof SimExchange sim ? new SimClock(sim) : Clock.systemUTC();
        Exchange market = new RetryingExchange(raw, Sleeper.realTime(1.0));

        AtomicReference<Wallets> walletRef = new AtomicReference<>();
        Exchange orders = config.dryRun()
                ? new DryRunExchange(market, config.fee(), clock, () -> walletRef.get().allBalances())
                : market;
        Wallets wallets = new Wallets(config, orders, new Wallets.TradeSource() {
            @Override
            public List<Trade> openTrades() {
                return trades.openTrades();
            }

            @Override
            public double totalClosedProfit() {
                return trades.totalClosedProfit();
            }
        }, clock, false);
        walletRef.set(wallets);

        Timeframe tf = Timeframe.parse(strategy.timeframe());
        PairLocks locks = new DatabasePairLocks(new PairLockRepository(db), tf, clock);
        List<JsonNode> protectionConfigs = strategy.protections().stream().<JsonNode>map(JSON::valueToTree).toList();
        ProtectionManager protections = new ProtectionManager(protectionConfigs, new RepositoryTradeHistory(trades),
                locks, clock);
        PairListManager pairlists = new PairListManager(new PairListContext(orders, config, loaded.runMode(), clock,
                new RepositoryTradeStatistics(trades)));
        DataProvider data = new DataProvider(orders, clock, Math.max(MIN_CANDLES, strategy.startupCandleCount() + 1));
        Double unknownFeeRate = config.raw().path("exchange").has("unknown_fee_rate")
                ? config.raw().path("exchange").path("unknown_fee_rate").asDouble() : null;
        OrderUpdater updater = new OrderUpdater(orders, wallets, clock, strategy.stoploss(), config.stakeCurrency(),
                unknownFeeRate);
        BotContext ctx = new BotContext(config, strategy, new StrategyAnalyzer(strategy, clock),
                StrategyExits.rules(strategy, config), orders,
                new PriceDiscovery(orders, config.entryPricing(), config.exitPricing(), clock), data, pairlists, locks,
                protections, wallets, updater, db, trades, clock);
        return new TradingBot(ctx, () -> {
            onClose.run();
            db.close();
        });
    }

    /**
     * The {@code exchange.sim} section, starting market time no earlier than the database's last
     * activity: a fast simulation runs ahead of the wall clock, and a restart must not send the
     * market back before trades it already recorded.
     */
    private JsonNode simSection(HertzConfig config, TradeRepository trades) {
        ObjectNode sim = config.exchange().sim();
        if (sim == null || !config.exchange().name().equalsIgnoreCase(SimExchange.NAME)) {
            return sim;
        }
        if (sim.has("start")) {
            return sim;
        }
        Instant now = wall.instant();
        Instant resume = trades.latestActivity().filter(t -> t.isAfter(now)).map(t -> t.plusSeconds(60)).orElse(null);
        if (resume == null) {
            return sim;
        }
        ObjectNode copy = sim.deepCopy();
        copy.put("start", resume.toString());
        return copy;
    }

    private static double speed(HertzConfig config) {
        ObjectNode sim = config.exchange().sim();
        return sim != null && config.exchange().name().equalsIgnoreCase(SimExchange.NAME)
                ? sim.path("speed").asDouble(1.0) : 1.0;
    }

    /** The state a (re)built bot starts in: {@code initial_state}, STOPPED when absent, as freqtrade. */
    public static BotState initialState(HertzConfig config) {
        return config.initialState() == InitialState.RUNNING ? BotState.RUNNING : BotState.STOPPED;
    }

}
