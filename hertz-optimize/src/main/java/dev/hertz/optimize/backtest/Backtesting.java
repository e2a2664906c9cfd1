package dev.hertz.optimize.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.bot.ExitSettings;
import dev.hertz.core.bot.StrategyExits;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.config.TradingMode;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.data.history.DataFormat;
import dev.hertz.core.data.history.HistoryStore;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.ResolvedStrategy;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.StrategyAnalyzer;
import dev.hertz.core.strategy.StrategyResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * One {@code backtesting} run (reference §7.1): resolves the strategies, loads each whitelisted
 * pair's candles with the startup candles before the timerange, analyses them once per strategy
 * on the whole frame, trims and shifts the signals, simulates, and hands back one
 * {@link StrategyRun} per strategy. The options are freqtrade's config keys ({@code timerange},
 * {@code strategy_list}, {@code timeframe_detail}, {@code position_stacking},
 * {@code use_max_market_positions}, {@code enable_protections}, {@code fee}), which the command
 * line and the API set.
 */
public final class Backtesting {
    private static final Logger LOG = LoggerFactory.getLogger(Backtesting.class);

    private final ObjectNode config;
    private final BacktestMarkets markets;
    private final StrategyResolver resolver;
    private final List<Resolved> strategies = new ArrayList<>();

    /**
     * @param config  a loaded configuration (not changed)
     * @param cwd     what relative strategy paths are relative to
     * @param markets the exchange's markets
     */
    public Backtesting(ObjectNode config, Path cwd, BacktestMarkets markets) {
        this.config = config.deepCopy();
        this.markets = markets;
        this.resolver = new StrategyResolver(cwd);
        for (String name : strategyNames()) {
            ResolvedStrategy resolved = load(name);
            strategies.add(new Resolved(name, resolved.strategy(), resolved.config(),
                    HertzConfig.from(resolved.config())));
        }
    }

    private ResolvedStrategy load(String name) {
        ObjectNode withStrategy = config.deepCopy();
        withStrategy.put("strategy", name);
        withStrategy.put("dry_run", true);
        return resolver.load(withStrategy, RunMode.BACKTEST);
    }

    /**
     * A strategy to run, loaded and merged with the configuration.
     *
     * @param tree   the merged configuration tree (what a result's {@code run_id} hashes)
     * @param config its typed view
     */
    public record Resolved(String name, Strategy strategy, ObjectNode tree, HertzConfig config) {
    }

    /** The strategies this run will test, in order. */
    public List<Resolved> strategies() {
        return List.copyOf(strategies);
    }

    /** The {@code timerange} option as given, or null. */
    public String timerangeText() {
        String text = config.path("timerange").asText("");
        return text.isEmpty() ? null : text;
    }

    /** The strategies to run: {@code strategy_list}, else {@code strategy}. */
    private List<String> strategyNames() {
        List<String> names = new ArrayList<>();
        JsonNode list = config.path("strategy_list");
        if (list.isArray() && !list.isEmpty()) {
            list.forEach(n -> names.add(n.asText()));
        } else if (!config.path("strategy").asText("").isEmpty()) {
            names.add(config.path("strategy").asText());
        }
        if (names.isEmpty()) {
            throw new ConfigurationError("No strategy set. Please use `--strategy` or `--strategy-list`.");
        }
        return names;
    }

    /**
     * Runs every strategy on the same data.
     *
     * @throws ConfigurationError for a setting or data problem the user must fix (no pairs, no
     *                            data, an invalid timerange or detail timeframe)
     * @throws BacktestAbortedException when {@code aborted} turned true
     */
    public List<StrategyRun> run(BacktestProgress progress, BooleanSupplier aborted) {
        return run(strategies, progress, aborted);
    }

    /** {@link #run(BacktestProgress, BooleanSupplier)} for some of the strategies (the others came from the cache). */
    public List<StrategyRun> run(List<Resolved> strategies, BacktestProgress progress, BooleanSupplier aborted) {
        Prepared prepared = prepare(strategies, progress);
        List<StrategyRun> runs = new ArrayList<>();
        for (Resolved r : strategies) {
            LOG.info("Running backtesting for Strategy {}", r.name());
            Instant runStart = Instant.now();
            r.strategy().ftBotStart();
            List<PairSignals> signals = analyse(r, prepared, progress);
            runs.add(simulate(r, prepared, signals, StrategyExits.settings(r.strategy(), r.config()),
                    maxOpenTrades(r.strategy()), enableProtections(), runStart, progress, aborted));
        }
        return runs;
    }

    /**
     * The data every strategy of a run shares, loaded once.
     *
     * @param data       candles per pair with the startup candles before the timerange
     * @param detailData {@code --timeframe-detail} candles per pair (empty without)
     * @param range      the timerange, its start moved past the startup candles when needed
     */
    public record Prepared(HertzConfig config, List<String> pairs, Map<String, Candles> data,
                           Map<String, Candles> detailData, TimeRange range, int startup, double fee,
                           Timeframe detail) {
    }

    /** Loads the whitelisted pairs' candles for these strategies (§7.1 steps 2–5). */
    public Prepared prepare(List<Resolved> strategies, BacktestProgress progress) {
        progress.step("startup", 0);
        HertzConfig base = strategies.get(0).config();
        if (base.tradingMode() == TradingMode.FUTURES) {
            throw new ConfigurationError("Backtesting in futures mode needs funding-rate and mark candles, "
                    + "which Hertz does not load yet; use trading_mode spot or margin.");
        }
        Timeframe timeframe = Timeframe.parse(strategies.get(0).strategy().timeframe());
        Timeframe detail = detailTimeframe(timeframe);
        List<String> pairs = whitelist(base);
        double fee = fee(base, pairs.get(0));
        int startup = strategies.stream().mapToInt(r -> r.strategy().startupCandleCount()).max().orElse(0);
        TimeRange requested = timerange();

        progress.step("dataload", 1);
        Map<String, Candles> data = load(base, pairs, timeframe, requested, startup);
        long firstLoaded = data.values().stream().mapToLong(Candles::firstDate).min().orElseThrow();
        TimeRange range = requested.adjustStartIfNecessary(timeframe.seconds(), startup,
                Instant.ofEpochMilli(firstLoaded));
        Map<String, Candles> detailData = detail == null ? Map.of() : loadDetail(base, pairs, detail, range);
        progress.progress(1);
        return new Prepared(base, pairs, data, detailData, range, startup, fee, detail);
    }

    /**
     * Indicators and signals of every pair on its whole frame, turned into simulation rows at once
     * (a pair whose analysis fails is left out), in whitelist order. Pairs are independent here, so
     * they are analysed in parallel, one thread per CPU, each thread with a strategy instance of its
     * own (a strategy object is user code and need not be thread-safe). Only the rows are kept: a
     * year of 5m candles with a strategy's indicators is tens of megabytes per pair.
     */
    private List<PairSignals> analyse(Resolved r, Prepared prepared, BacktestProgress progress) {
        List<Map.Entry<String, Candles>> pairs = new ArrayList<>(prepared.data().entrySet());
        progress.step("analyze", pairs.size());
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), pairs.size());
        List<Strategy> instances = new ArrayList<>(List.of(r.strategy()));
        while (instances.size() < threads) {
            Strategy copy = load(r.name()).strategy();
            copy.ftBotStart();
            instances.add(copy);
        }
        PairSignals[] rows = new PairSignals[pairs.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (Strategy strategy : instances) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < rows.length; i = next.getAndIncrement()) {
                        Map.Entry<String, Candles> e = pairs.get(i);
                        // an analyzer per pair: it keeps its pair's last frame, which must not outlive the conversion
                        Frame frame = new StrategyAnalyzer(strategy, Clock.systemUTC()).analyze(e.getKey(), e.getValue())
                                .orElse(null);
                        rows[i] = frame == null ? null : signals(r, prepared, e.getKey(), frame);
                        synchronized (progress) {
                            progress.progress(done.incrementAndGet());
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        List<PairSignals> signals = new ArrayList<>();
        for (PairSignals p : rows) {
            if (p != null) {
                signals.add(p);
            }
        }
        return signals;
    }

    /** One pair's analysed frame as simulation rows (startup trimmed, signals shifted). */
    public PairSignals signals(Resolved r, Prepared prepared, String pair, Frame analysed) {
        boolean canShort = r.config().tradingMode() != TradingMode.SPOT && r.strategy().canShort();
        return PairSignals.of(pair, analysed, prepared.startup(), prepared.range(), canShort);
    }

    /** {@code max_open_trades} of the run: the strategy's, or unlimited with {@code --dmmp}. */
    public int maxOpenTrades(Strategy strategy) {
        return config.path("use_max_market_positions").asBoolean(true) ? strategy.maxOpenTrades() : -1;
    }

    /** {@code --enable-protections}. */
    public boolean enableProtections() {
        return config.path("enable_protections").asBoolean(false);
    }

    /**
     * Simulates the pairs' rows (§7.1 step 7, §7.2).
     *
     * @param pairSignals each pair's rows ({@link #signals}); pairs left without rows are skipped
     * @param exits    the exit settings to simulate with
     * @throws ConfigurationError when no pair has data left after the startup candles
     */
    public StrategyRun simulate(Resolved r, Prepared prepared, List<PairSignals> pairSignals, ExitSettings exits,
                                int maxOpenTrades, boolean protections, Instant runStart, BacktestProgress progress,
                                BooleanSupplier aborted) {
        Strategy strategy = r.strategy();
        List<PairSignals> signals = new ArrayList<>();
        long minDate = Long.MAX_VALUE;
        long maxDate = Long.MIN_VALUE;
        for (PairSignals rows : pairSignals) {
            if (rows.isEmpty()) {
                LOG.debug("{} has no data left after adjusting for startup candles, skipping.", rows.pair());
                continue;
            }
            signals.add(rows);
            minDate = Math.min(minDate, rows.startDate());
            maxDate = Math.max(maxDate, rows.lastDate());
        }
        if (signals.isEmpty()) {
            throw new ConfigurationError("No data left after adjusting for startup candles.");
        }
        long tf = Timeframe.parse(strategy.timeframe()).millis();
        progress.step("backtest", (maxDate - minDate) / tf);
        BacktestSetup setup = new BacktestSetup(r.config(), strategy, exits, markets, prepared.fee(), maxOpenTrades,
                config.path("position_stacking").asBoolean(false), protections, prepared.detail());
        SimulationResult result = new Backtester(setup).run(signals, minDate, maxDate, prepared.detailData(),
                progress, aborted);
        int setting = strategy.maxOpenTrades();
        List<String> pairs = prepared.pairs();
        int slots = maxOpenTrades < 0 ? pairs.size() : Math.min(maxOpenTrades, pairs.size());
        return new StrategyRun(r.name(), strategy, r.config(), pairs, result.trades(), result.locks(),
                Instant.ofEpochMilli(minDate), Instant.ofEpochMilli(maxDate), result.counters(),
                startingBalance(r.config()), result.finalBalance(), slots, setting < 0 ? -1 : setting,
                strategy.timeframe(), prepared.detail() == null ? null : prepared.detail().name(), timerangeText(),
                protections, prepared.data(), runStart, Instant.now());
    }

    private Timeframe detailTimeframe(Timeframe timeframe) {
        String text = config.path("timeframe_detail").asText("");
        if (text.isEmpty()) {
            return null;
        }
        Timeframe detail;
        try {
            detail = Timeframe.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError("timeframe_detail: " + e.getMessage());
        }
        if (detail.seconds() >= timeframe.seconds()) {
            throw new ConfigurationError("Detail timeframe must be smaller than strategy timeframe.");
        }
        return detail;
    }

    private static List<String> whitelist(HertzConfig config) {
        List<String> pairs = config.exchange().pairWhitelist().stream()
                .filter(p -> !config.exchange().pairBlacklist().contains(p)).toList();
        if (pairs.isEmpty()) {
            throw new ConfigurationError("No pair in whitelist.");
        }
        return pairs;
    }

    /** {@code fee} when set, else the larger of the first pair's taker and maker fee. */
    private double fee(HertzConfig config, String firstPair) {
        if (config.fee().isPresent()) {
            return config.fee().getAsDouble();
        }
        Market market = markets.market(firstPair);
        return Math.max(market.taker(), market.maker());
    }

    /**
     * The {@code timerange} option parsed (all candles without one).
     *
     * @throws ConfigurationError naming the option when it cannot be read
     */
    public TimeRange timerange() {
        String text = timerangeText();
        try {
            return TimeRange.parse(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError("timerange: " + e.getMessage());
        }
    }

    private Map<String, Candles> load(HertzConfig config, List<String> pairs, Timeframe timeframe, TimeRange range,
                                      int startup) {
        HistoryStore store = store(config);
        CandleType type = CandleType.defaultFor(config.tradingMode());
        TimeRange withStartup = startup > 0 ? range.subtractStart(timeframe.seconds() * startup) : range;
        Map<String, Candles> data = new LinkedHashMap<>();
        for (String pair : pairs) {
            Candles candles = store.load(pair, timeframe.name(), type, withStartup);
            if (!candles.isEmpty()) {
                data.put(pair, candles);
            }
        }
        if (data.isEmpty()) {
            throw new ConfigurationError("No data found. Terminating.");
        }
        return data;
    }

    private Map<String, Candles> loadDetail(HertzConfig config, List<String> pairs, Timeframe detail,
                                            TimeRange range) {
        HistoryStore store = store(config);
        CandleType type = CandleType.defaultFor(config.tradingMode());
        Map<String, Candles> data = new LinkedHashMap<>();
        for (String pair : pairs) {
            Candles candles = store.load(pair, detail.name(), type, range);
            if (!candles.isEmpty()) {
                data.put(pair, candles);
            }
        }
        if (data.isEmpty()) {
            throw new ConfigurationError("No data found for the detail timeframe " + detail.name() + ". Terminating.");
        }
        return data;
    }

    private HistoryStore store(HertzConfig config) {
        Path datadir = config.datadir().orElseThrow(() -> new ConfigurationError("datadir: not set"));
        DataFormat format;
        try {
            format = DataFormat.fromValue(this.config.path("dataformat_ohlcv").asText("feather"));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError("dataformat_ohlcv: " + e.getMessage());
        }
        return new HistoryStore(datadir, format);
    }

    private static double startingBalance(HertzConfig config) {
        return config.dryRunWallet().getOrDefault(config.stakeCurrency(), 0.0);
    }
}
