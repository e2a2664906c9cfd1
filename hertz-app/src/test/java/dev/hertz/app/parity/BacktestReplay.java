package dev.hertz.app.parity;

import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.StrategyAnalyzer;
import dev.hertz.core.strategy.StrategyResolver;
import dev.hertz.optimize.backtest.BacktestMarkets;
import dev.hertz.optimize.backtest.BacktestProgress;
import dev.hertz.optimize.backtest.BacktestSetup;
import dev.hertz.optimize.backtest.Backtester;
import dev.hertz.optimize.backtest.PairSignals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The backtest side of the parity property: the same candles and a fresh instance of the same
 * strategy through the {@link Backtester}, as {@code backtesting} runs it (each pair analysed
 * once, no startup candles, whole time range, no protections, no position stacking).
 */
final class BacktestReplay {
    private BacktestReplay() {
    }

    /** The closed trades of the run, in entry order. */
    static List<Trade> run(ParityCase c) {
        Strategy strategy = c.strategy();
        HertzConfig config = HertzConfig.from(StrategyResolver.resolve(strategy, c.config(), RunMode.BACKTEST).config());
        // markets (no limits) and fee as the live bot's exchange reports them
        ReplayExchange markets = new ReplayExchange(c.candles(), c.timeframe(),
                Clock.fixed(Instant.ofEpochMilli(c.firstDate()), ZoneOffset.UTC), ParityCase.FEE);
        StrategyAnalyzer analyzer = new StrategyAnalyzer(strategy, Clock.systemUTC());
        List<PairSignals> rows = new ArrayList<>();
        for (Map.Entry<String, Candles> e : c.candles().entrySet()) {
            Frame analysed = analyzer.analyze(e.getKey(), e.getValue()).orElseThrow(
                    () -> new IllegalStateException("Backtest analysis of " + e.getKey() + " failed"));
            rows.add(PairSignals.of(e.getKey(), analysed, 0, TimeRange.ALL, false));
        }
        BacktestSetup setup = BacktestSetup.of(config, strategy, BacktestMarkets.of(markets), ParityCase.FEE,
                c.maxOpenTrades(), false, false, null);
        return new Backtester(setup).run(rows, c.firstDate(), c.lastDate(), Map.of(), BacktestProgress.NONE, () -> false)
                .trades().stream().sorted(ParityCase.ENTRY_ORDER).toList();
    }
}
