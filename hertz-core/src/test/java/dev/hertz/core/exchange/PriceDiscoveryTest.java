package dev.hertz.core.exchange;

import dev.hertz.core.testing.ManualClock;
import dev.hertz.core.exchange.sim.SimExchange;
import dev.hertz.core.exchange.sim.SimExchangeConfig;
import dev.hertz.core.config.PriceSide;
import dev.hertz.core.config.PricingConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** get_rate against the simulated exchange, whose prices move as the manual clock advances. */
class PriceDiscoveryTest {
    private static final PricingConfig DEFAULTS = new PricingConfig(PriceSide.SAME, false, 1, 0.0, false, 0);

    private static final String PAIR = "ETH/USDT";

    private final ManualClock clock = new ManualClock(Instant.parse("2024-10-21T12:00:00Z"));
    private final FlakyExchange exchange = new FlakyExchange(new SimExchange(SimExchangeConfig.defaults(), clock));

    private PriceDiscovery discovery(PricingConfig entry, PricingConfig exit) {
        return new PriceDiscovery(exchange, entry, exit, clock);
    }

    /** Moves until the simulated ticker shows a different bid, so caching is observable. */
    private void moveUntilPriceChanges(double before) {
        for (int i = 0; i < 100 && exchange.fetchTicker(PAIR).bid() == before; i++) {
            clock.advance(Duration.ofSeconds(15));
        }
        assertThat(exchange.fetchTicker(PAIR).bid()).isNotEqualTo(before);
    }

    @Test
    void defaultsUseTheTickerSameSide() {
        PriceDiscovery d = discovery(DEFAULTS, DEFAULTS);
        Ticker t = exchange.fetchTicker(PAIR);
        // long entry "same" is the bid, long exit "same" the ask; neither is on the unfavourable side of last
        assertThat(d.getRate(PAIR, true, EntryExit.ENTRY, false)).isEqualTo(t.bid());
        assertThat(d.getRate(PAIR, true, EntryExit.EXIT, false)).isEqualTo(t.ask());
        assertThat(d.getRate(PAIR, true, EntryExit.ENTRY, true)).isEqualTo(t.ask());
        assertThat(d.getRate(PAIR, true, EntryExit.EXIT, true)).isEqualTo(t.bid());
    }

    @Test
    void priceLastBalanceMovesTowardsLast() {
        PricingConfig entry = new PricingConfig(PriceSide.ASK, false, 1, 0.5, false, 0);
        Ticker t = exchange.fetchTicker(PAIR);
        double expected = t.ask() > t.last() ? t.ask() + 0.5 * (t.last() - t.ask()) : t.ask();
        assertThat(discovery(entry, DEFAULTS).getRate(PAIR, true, EntryExit.ENTRY, false))
                .isEqualTo(expected);
    }

    @Test
    void cachedRateLivesThreeHundredSeconds() {
        PriceDiscovery d = discovery(DEFAULTS, DEFAULTS);
        double first = d.getRate(PAIR, true, EntryExit.ENTRY, false);
        moveUntilPriceChanges(first);
        int fetches = exchange.attempts("fetchTicker");
        assertThat(d.getRate(PAIR, false, EntryExit.ENTRY, false)).isEqualTo(first);
        assertThat(exchange.attempts("fetchTicker")).isEqualTo(fetches);
        // refresh always asks the exchange
        double fresh = d.getRate(PAIR, true, EntryExit.ENTRY, false);
        assertThat(fresh).isEqualTo(exchange.fetchTicker(PAIR).bid()).isNotEqualTo(first);
        // the entry cache does not serve exits
        assertThat(d.getRate(PAIR, false, EntryExit.EXIT, false)).isEqualTo(exchange.fetchTicker(PAIR).ask());
        moveUntilPriceChanges(fresh);
        clock.advance(Duration.ofSeconds(PriceDiscovery.CACHE_TTL_SECONDS));
        assertThat(d.getRate(PAIR, false, EntryExit.ENTRY, false)).isEqualTo(exchange.fetchTicker(PAIR).bid());
    }

    @Test
    void orderBookLevelAndSharedFetch() {
        PricingConfig entry = new PricingConfig(PriceSide.OTHER, true, 2, 0, false, 0);
        PricingConfig exit = new PricingConfig(PriceSide.OTHER, true, 3, 0, false, 0);
        PriceDiscovery d = discovery(entry, exit);
        OrderBook book = exchange.fetchOrderBook(PAIR, 5);
        int before = exchange.attempts("fetchOrderBook");
        PriceDiscovery.Rates rates = d.getRates(PAIR, true, false);
        // long entry "other" = ask side, level 2; long exit "other" = bid side, level 3; one shared book fetch
        assertThat(rates.entry()).isEqualTo(book.asks().get(1).price());
        assertThat(rates.exit()).isEqualTo(book.bids().get(2).price());
        assertThat(exchange.attempts("fetchOrderBook")).isEqualTo(before + 1);
        assertThat(exchange.attempts("fetchTicker")).isEqualTo(0);
    }

    @Test
    void getRatesWithTickersUsesOneTicker() {
        PriceDiscovery d = discovery(DEFAULTS, new PricingConfig(PriceSide.BID, false, 1, 0, false, 0));
        Ticker t = exchange.fetchTicker(PAIR);
        PriceDiscovery.Rates rates = d.getRates(PAIR, true, false);
        assertThat(rates.entry()).isEqualTo(t.bid());
        assertThat(rates.exit()).isEqualTo(t.bid());
        assertThat(exchange.attempts("fetchTicker")).isEqualTo(2);
        // cached second call fetches nothing
        assertThat(d.getRates(PAIR, false, false)).isEqualTo(rates);
        assertThat(exchange.attempts("fetchTicker")).isEqualTo(2);
    }
}
