package dev.hertz.bench.backtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.data.history.DataFormat;
import dev.hertz.core.data.history.HistoryStore;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.StrategyAnalyzer;
import dev.hertz.core.strategy.StrategyResolver;
import dev.hertz.optimize.backtest.BacktestMarkets;
import dev.hertz.optimize.backtest.BacktestProgress;
import dev.hertz.optimize.backtest.BacktestSetup;
import dev.hertz.optimize.backtest.Backtester;
import dev.hertz.optimize.backtest.Backtesting;
import dev.hertz.optimize.backtest.PairSignals;
import dev.hertz.optimize.backtest.SimulationResult;
import dev.hertz.optimize.backtest.StrategyRun;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Hertz's backtester on the benchmark data. Both strategies trade a fixed 100 USDT per trade with
 * unlimited open trades and a wallet that never runs short, so every entry signal becomes a trade,
 * as in ta4j, which runs each pair on its own.
 */
public final class HertzBacktest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double FEE = 0.001;

    private HertzBacktest() {
    }

    /** The run's configuration: what {@code hertz backtesting --config} would read. */
    public static ObjectNode config(BacktestData data, String strategy) {
        ObjectNode c = JSON.createObjectNode()
                .put("strategy", strategy)
                .put("stake_currency", "USDT")
                .put("stake_amount", 100)
                .put("max_open_trades", -1)
                .put("dry_run", true)
                .put("dry_run_wallet", 1_000_000)
                .put("fee", FEE)
                .put("datadir", data.dir().toString())
                .put("dataformat_ohlcv", "feather");
        c.putObject("unfilledtimeout").put("entry", 10).put("exit", 30);
        ObjectNode exchange = c.putObject("exchange").put("name", "sim");
        data.pairs().forEach(exchange.putArray("pair_whitelist")::add);
        c.putArray("pairlists").addObject().put("method", "StaticPairList");
        c.putObject("entry_pricing");
        c.putObject("exit_pricing");
        return c;
    }

    /** A whole {@link Backtesting#run} of a strategy Hertz resolves by name (a built-in such as SampleStrategy). */
    public static Measurement backtesting(BacktestData data, String strategy) {
        Backtesting backtesting = new Backtesting(config(data, strategy), data.dir(),
                BacktestMarkets.of(data.exchange()));
        PhaseClock phases = new PhaseClock();
        try (RunMonitor monitor = RunMonitor.start()) {
            long start = System.nanoTime();
            StrategyRun run = backtesting.run(phases, () -> false).get(0);
            long end = System.nanoTime();
            long candles = 0;
            for (Candles c : run.data().values()) {
                candles += c.since(run.minDate().toEpochMilli() + 1).size();
            }
            return new Measurement("hertz", strategy, phases.millis("dataload", "analyze"),
                    phases.millis("analyze", "backtest"), (end - phases.started("backtest")) / 1e6,
                    (end - start) / 1e6, candles, monitor.peakHeap(), monitor.ownCores(),
                    monitor.otherCores(), trades(run.trades()), exitReasons(run.trades()));
        }
    }

    /**
     * {@link RsiBandsStrategy}, which is not a built-in, through the same steps as
     * {@link Backtesting#run}: load every pair, analyse, trim the startup candles and shift the
     * signals ({@link PairSignals}), then {@link Backtester}.
     */
    public static Measurement rsiBands(BacktestData data) {
        Strategy strategy = new RsiBandsStrategy();
        HertzConfig config = HertzConfig.from(StrategyResolver.resolve(strategy,
                config(data, RsiBandsStrategy.class.getSimpleName()), RunMode.BACKTEST).config());
        HistoryStore store = new HistoryStore(data.dir(), DataFormat.FEATHER);
        int startup = strategy.startupCandleCount();
        try (RunMonitor monitor = RunMonitor.start()) {
            long start = System.nanoTime();
            Map<String, Candles> candles = new LinkedHashMap<>();
            for (String pair : data.pairs()) {
                candles.put(pair, store.load(pair, BacktestData.TIMEFRAME, CandleType.SPOT, TimeRange.ALL));
            }
            long loaded = System.nanoTime();
            List<PairSignals> signals = new ArrayList<>();
            long minDate = Long.MAX_VALUE;
            long maxDate = Long.MIN_VALUE;
            long rows = 0;
            for (Map.Entry<String, Candles> e : candles.entrySet()) {
                // an analyzer per pair, as Backtesting does: only the rows outlive the analysis
                Frame frame = new StrategyAnalyzer(strategy, Clock.systemUTC()).analyze(e.getKey(), e.getValue())
                        .orElseThrow(() ->
                        new IllegalStateException("The analysis of " + e.getKey() + " failed; see the log"));
                PairSignals pair = PairSignals.of(e.getKey(), frame, startup, TimeRange.ALL, false);
                signals.add(pair);
                minDate = Math.min(minDate, pair.startDate());
                maxDate = Math.max(maxDate, pair.lastDate());
                rows += pair.size();
            }
            long analysed = System.nanoTime();
            BacktestSetup setup = BacktestSetup.of(config, strategy, BacktestMarkets.of(data.exchange()), FEE, -1,
                    false, false, null);
            SimulationResult result = new Backtester(setup).run(signals, minDate, maxDate, Map.of(),
                    BacktestProgress.NONE, () -> false);
            long end = System.nanoTime();
            return new Measurement("hertz", RsiBandsStrategy.class.getSimpleName(), (loaded - start) / 1e6,
                    (analysed - loaded) / 1e6, (end - analysed) / 1e6, (end - start) / 1e6, rows, monitor.peakHeap(),
                    monitor.ownCores(), monitor.otherCores(), trades(result.trades()), exitReasons(result.trades()));
        }
    }

    /** freqtrade force-exits what is still open at the end; that is an open trade to the comparison. */
    static List<BenchTrade> trades(List<Trade> trades) {
        List<BenchTrade> out = new ArrayList<>(trades.size());
        for (Trade t : trades) {
            long exit = "force_exit".equals(t.exitReason()) ? BenchTrade.OPEN : t.closeDate().toEpochMilli();
            out.add(new BenchTrade(t.pair(), t.openDate().toEpochMilli(), exit));
        }
        return out;
    }

    static Map<String, Long> exitReasons(List<Trade> trades) {
        return trades.stream().collect(Collectors.groupingBy(Trade::exitReason, TreeMap::new, Collectors.counting()));
    }

    /** When each of {@link Backtesting#run}'s steps began. */
    private static final class PhaseClock implements BacktestProgress {
        private final Map<String, Long> started = new LinkedHashMap<>();

        @Override
        public void step(String step, long total) {
            started.putIfAbsent(step, System.nanoTime());
        }

        @Override
        public void progress(long done) {
        }

        long started(String step) {
            Long at = started.get(step);
            if (at == null) {
                throw new IllegalStateException("Backtesting never entered the step " + step + "; steps: "
                        + started.keySet());
            }
            return at;
        }

        double millis(String from, String to) {
            return (started(to) - started(from)) / 1e6;
        }
    }
}
