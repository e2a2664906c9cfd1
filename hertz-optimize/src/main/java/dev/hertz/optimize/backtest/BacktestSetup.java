package dev.hertz.optimize.backtest;

import dev.hertz.core.bot.ExitSettings;
import dev.hertz.core.bot.StrategyExits;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.strategy.Strategy;

/**
 * Everything one simulation of one strategy depends on besides its candles.
 *
 * @param config            the effective configuration (stake, wallet, timeouts, trading mode)
 * @param strategy          the loaded strategy, settings merged with the config
 * @param exits             ROI, stoploss, trailing and exit-signal settings (the strategy's, or a
 *                          hyperopt epoch's)
 * @param markets           market facts per pair
 * @param fee               the fee ratio of both legs of every trade (§7.1 step 3)
 * @param maxOpenTrades     slots; -1 = unlimited ({@code --dmmp} or {@code max_open_trades: -1})
 * @param positionStacking  {@code --eps}: several open trades per pair
 * @param enableProtections {@code --enable-protections}
 * @param timeframeDetail   {@code --timeframe-detail}, or null
 */
public record BacktestSetup(HertzConfig config, Strategy strategy, ExitSettings exits, BacktestMarkets markets, double fee,
                            int maxOpenTrades, boolean positionStacking, boolean enableProtections,
                            Timeframe timeframeDetail) {

    /** The strategy's own exit settings. */
    public static BacktestSetup of(HertzConfig config, Strategy strategy, BacktestMarkets markets, double fee,
                                   int maxOpenTrades, boolean positionStacking, boolean enableProtections,
                                   Timeframe timeframeDetail) {
        return new BacktestSetup(config, strategy, StrategyExits.settings(strategy, config), markets, fee,
                maxOpenTrades, positionStacking, enableProtections, timeframeDetail);
    }
}
