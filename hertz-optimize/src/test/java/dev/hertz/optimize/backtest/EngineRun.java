package dev.hertz.optimize.backtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.data.history.DataFormat;
import dev.hertz.core.data.history.HistoryStore;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.StrategyAnalyzer;
import dev.hertz.core.strategy.StrategyResolver;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The set-up of freqtrade's own backtest tests: one pair's candles analysed once, the startup rows
 * trimmed by count, and the loop run from the first to the last candle.
 */
final class EngineRun {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** freqtrade's test {@code default_conf} for UNITTEST/BTC (§11.2), with {@code extra} merged on top. */
    static ObjectNode config(String extra) throws IOException {
        ObjectNode config = (ObjectNode) JSON.readTree(BacktestOneTest.CONFIG);
        config.setAll((ObjectNode) JSON.readTree(extra));
        return config;
    }

    static Candles testdata(String timeframe, String timerange) {
        return new HistoryStore(SharedFiles.require("testdata/UNITTEST_BTC-" + timeframe + ".feather").getParent(),
                DataFormat.FEATHER).load("UNITTEST/BTC", timeframe, CandleType.SPOT, TimeRange.parse(timerange));
    }

    static SimulationResult simulate(Strategy strategy, ObjectNode config, Candles candles, int startup,
                                     boolean protections) {
        HertzConfig cfg = HertzConfig.from(StrategyResolver.resolve(strategy, config, RunMode.BACKTEST).config());
        Frame analysed = new StrategyAnalyzer(strategy, Clock.systemUTC()).analyze("UNITTEST/BTC", candles)
                .orElseThrow();
        PairSignals rows = PairSignals.of("UNITTEST/BTC", analysed, startup, TimeRange.ALL, false);
        BacktestSetup setup = BacktestSetup.of(cfg, strategy, BacktestDetailTest.markets(),
                cfg.fee().orElse(0.0), strategy.maxOpenTrades(), false, protections, null);
        return new Backtester(setup).run(List.of(rows), candles.firstDate(), candles.lastDate(), Map.of(), BacktestProgress.NONE, () -> false);
    }
}
