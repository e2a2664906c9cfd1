package dev.hertz.optimize.backtest;

import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.strategy.Strategy;

/**
 * Everything one simulation of one strategy depends on besides its candles.
 *
 * @param config            the effective configuration (stake, wallet, timeouts, trading mode)
 * @param strategy          the loaded strategy, settings merged with the config
 * @param markets           market facts per pair
 * @param fee               the fee ratio of both legs of every trade (§7.1 step 3)
 * @param maxOpenTrades     slots; -1 = unlimited ({@code --dmmp} or {@code max_open_trades: -1})
 * @param positionStacking  {@code --eps}: several open trades per pair
 * @param enableProtections {@code --enable-protections}
 * @param timeframeDetail   {@code --timeframe-detail}, or null
 */
public record BacktestSetup(HertzConfig config, Strategy strategy, BacktestMarkets markets, double fee,
                            int maxOpenTrades, boolean positionStacking, boolean enableProtections,
                            Timeframe timeframeDetail) {
}
