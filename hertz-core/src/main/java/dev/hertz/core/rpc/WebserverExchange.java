package dev.hertz.core.rpc;

import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.Exchanges;
import dev.hertz.core.exchange.HertzException;

import java.time.Clock;

/**
 * The exchange the webserver's configuration names, for {@code /markets} without a bot. Built on
 * first use, not at start-up: most webserver sessions never ask for markets.
 */
final class WebserverExchange {
    private final HertzConfig config;
    private final Clock clock;
    private Exchange exchange;

    WebserverExchange(HertzConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** @throws RpcException when the configured exchange cannot be built */
    synchronized Exchange get() {
        if (exchange == null) {
            try {
                exchange = Exchanges.create(config.exchange().name(), config.exchange().sim(), clock);
            } catch (HertzException | IllegalArgumentException e) {
                throw new RpcException("Could not build exchange " + config.exchange().name() + ": " + e.getMessage());
            }
        }
        return exchange;
    }
}
