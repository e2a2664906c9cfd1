package dev.hertz.optimize.hyperopt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Metadata;
import dev.hertz.core.strategy.StrategyAnalyzer;
import dev.hertz.optimize.backtest.BacktestProgress;
import dev.hertz.optimize.backtest.Backtesting;
import dev.hertz.optimize.backtest.PairSignals;
import dev.hertz.optimize.backtest.StrategyRun;
import dev.hertz.optimize.hyperopt.loss.HyperOptLoss;
import dev.hertz.optimize.hyperopt.loss.LossInput;
import dev.hertz.optimize.hyperopt.results.Epoch;
import dev.hertz.optimize.results.BacktestStats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Evaluates epochs on one thread with a strategy instance of its own (parameter values live in
 * the strategy object), reading the indicator frames every worker shares without copying them:
 * only the signal columns an epoch writes are new.
 */
final class HyperoptWorker {
    private final Backtesting backtesting;
    private final Backtesting.Resolved strategy;
    private final Backtesting.Prepared prepared;
    private final Map<String, Frame> indicators;
    private final HyperoptSpace space;
    private final HyperOptLoss loss;
    private final int minTrades;

    HyperoptWorker(Backtesting backtesting, Backtesting.Prepared prepared, Map<String, Frame> indicators,
                   HyperoptSpace space, HyperOptLoss loss, int minTrades) {
        this.backtesting = backtesting;
        this.strategy = backtesting.strategies().get(0);
        this.prepared = prepared;
        this.indicators = indicators;
        this.space = space;
        this.loss = loss;
        this.minTrades = minTrades;
        strategy.strategy().ftBotStart();
    }

    /** What one epoch gave, before it is numbered. */
    record Outcome(EpochParams params, double loss, ObjectNode stats, ObjectNode notOptimized) {
    }

    Outcome evaluate(EpochParams params, BooleanSupplier aborted) {
        params.applyTo(strategy.strategy(), space);
        List<PairSignals> signals = new ArrayList<>();
        for (Map.Entry<String, Frame> e : indicators.entrySet()) {
            Metadata metadata = new Metadata(e.getKey(), strategy.strategy().timeframe());
            Frame analysed = StrategyAnalyzer.adviseSignals(strategy.strategy(), e.getValue().view(), metadata);
            signals.add(backtesting.signals(strategy, prepared, e.getKey(), analysed));
        }
        StrategyRun run = backtesting.simulate(strategy, prepared, signals, params.exits(), params.maxOpenTrades(),
                params.protections(), Instant.now(), BacktestProgress.NONE, aborted);
        ObjectNode stats = BacktestStats.strategyStats(run);
        // hyperopt keeps freqtrade's statistics without the periodic tables
        stats.remove("periodic_breakdown");
        params.describeIn(stats, space);
        double value = run.trades().size() < minTrades ? Epoch.MAX_LOSS
                : loss.loss(new LossInput(run.trades(), run.trades().size(), run.minDate(), run.maxDate(), run.config(),
                stats, run.startingBalance()));
        if (!Double.isFinite(value)) {
            value = Epoch.MAX_LOSS;
        }
        return new Outcome(params, value, stats, params.paramsNotOptimized(space, strategy.strategy(),
                strategy.strategy().minimalRoi()));
    }
}
