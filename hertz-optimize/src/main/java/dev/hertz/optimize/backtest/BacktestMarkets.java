package dev.hertz.optimize.backtest;

import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.Market;

/**
 * The exchange facts a backtest needs (reference §7.1 step 1): each pair's market (precision,
 * limits, contract size) and the leverage it allows.
 */
public interface BacktestMarkets {
    /** The market of {@code pair}; throws when the exchange does not list it. */
    Market market(String pair);

    /** The highest leverage for a position of {@code stake} in {@code pair}; 1 in spot. */
    double maxLeverage(String pair, double stake);

    /** The markets of {@code exchange}, spot only (no leverage). */
    static BacktestMarkets of(Exchange exchange) {
        return new BacktestMarkets() {
            @Override
            public Market market(String pair) {
                return exchange.market(pair);
            }

            @Override
            public double maxLeverage(String pair, double stake) {
                return 1.0;
            }
        };
    }
}
