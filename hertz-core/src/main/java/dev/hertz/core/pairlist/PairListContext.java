package dev.hertz.core.pairlist;

import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.exchange.Exchange;
import java.time.InstantSource;
import java.util.Objects;

/**
 * Everything a pairlist chain reads from the outside world.
 *
 * @param exchange   markets, tickers and candles
 * @param config     the final configuration (strategy values merged in): {@code stake_currency},
 *                   {@code exchange.pair_whitelist}/{@code pair_blacklist}, {@code pairlists},
 *                   {@code trading_mode}, {@code stoploss}, {@code timeframe}, {@code max_open_trades}
 * @param runMode    decides the backtesting checks and whether {@code ShuffleFilter} honours its seed
 * @param clock      "now" for caches, candle windows and the log-once period
 * @param statistics closed-trade performance and open-trade count, or null where there is no trade
 *                   history (then {@code PerformanceFilter} and {@code FullTradesFilter} pass the list on)
 */
public record PairListContext(Exchange exchange, HertzConfig config, RunMode runMode, InstantSource clock,
                              TradeStatistics statistics) {

    public PairListContext {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(runMode, "runMode");
        Objects.requireNonNull(clock, "clock");
    }
}
