package dev.hertz.optimize.backtest;

import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.data.Candles;
import dev.hertz.core.persistence.PairLock;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.Strategy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the backtest of one strategy produced: the input of the statistics, the console report and
 * the result files.
 *
 * @param strategyName         the strategy's class name as the user named it
 * @param strategy             the loaded strategy, its settings merged with the config (stoploss,
 *                             {@code minimal_roi}, trailing, exit settings are read from it)
 * @param config               the effective configuration of the run (stake currency and amount,
 *                             trading and margin mode)
 * @param pairs                the whitelist, in order
 * @param trades               closed trades in the order they were closed, each with its orders;
 *                             ids 1..n in order of opening
 * @param locks                pair locks placed by protections during the run
 * @param minDate              first simulated candle (after the startup trim)
 * @param maxDate              last simulated candle
 * @param counters             order counters
 * @param startingBalance      {@code dry_run_wallet}
 * @param finalBalance         the wallet after the run ({@code startingBalance} + Σ profit)
 * @param maxOpenTrades        the slots used: {@code min(max_open_trades, number of pairs)}
 * @param maxOpenTradesSetting the configured {@code max_open_trades}, -1 when unlimited
 * @param timeframe            the strategy timeframe
 * @param timeframeDetail      {@code --timeframe-detail}, or null
 * @param timerange            the {@code --timerange} text as given, or null
 * @param enableProtections    {@code --enable-protections}
 * @param data                 the candles loaded per pair, startup candles included (market change)
 * @param runStart             wall-clock start of the run
 * @param runEnd               wall-clock end of the run
 */
public record StrategyRun(String strategyName, Strategy strategy, HertzConfig config, List<String> pairs,
                          List<Trade> trades, List<PairLock> locks, Instant minDate, Instant maxDate,
                          RunCounters counters, double startingBalance, double finalBalance, int maxOpenTrades,
                          int maxOpenTradesSetting, String timeframe, String timeframeDetail, String timerange,
                          boolean enableProtections, Map<String, Candles> data, Instant runStart, Instant runEnd) {
    public StrategyRun {
        pairs = List.copyOf(pairs);
        trades = List.copyOf(trades);
        locks = List.copyOf(locks);
        data = Map.copyOf(data);
    }
}
