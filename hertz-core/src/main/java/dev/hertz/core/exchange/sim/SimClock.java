package dev.hertz.core.exchange.sim;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The simulated exchange's time as a {@link Clock}, so the bot and its locks run on market time. */
public final class SimClock extends Clock {
    private final SimExchange exchange;

    public SimClock(SimExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return exchange.simTime();
    }

    @Override
    public long millis() {
        return exchange.nowMillis();
    }
}
