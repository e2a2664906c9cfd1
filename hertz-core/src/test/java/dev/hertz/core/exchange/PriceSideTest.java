package dev.hertz.core.exchange;

import dev.hertz.core.config.PriceSide;
import dev.hertz.core.config.PricingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ticker and order book rate rules with the numbers of freqtrade's get_rate tests. */
class PriceSideTest {

    @ParameterizedTest
    @CsvSource({
            "ENTRY, false, SAME, BID", "ENTRY, false, OTHER, ASK", "ENTRY, true, SAME, ASK", "ENTRY, true, OTHER, BID",
            "EXIT, false, SAME, ASK", "EXIT, false, OTHER, BID", "EXIT, true, SAME, BID", "EXIT, true, OTHER, ASK",
            "ENTRY, false, ASK, ASK", "EXIT, true, BID, BID"})
    void sameAndOtherResolve(EntryExit side, boolean isShort, PriceSide configured, PriceSide expected) {
        assertThat(PriceDiscovery.resolve(configured, side, isShort)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "None", value = {
            "other, 20, 19, 10, 0.0, 20", "ask, 20, 19, 10, 0.0, 20", "ask, 20, 19, 10, 1.0, 10",
            "ask, 20, 19, 10, 0.5, 15", "ask, 20, 19, 10, 0.7, 13", "ask, 20, 19, 10, 0.3, 17",
            "ask, 5, 6, 10, 1.0, 5", "ask, 5, 6, 10, 0.5, 5", "ask, 10, 20, None, 0.5, 10",
            "ask, 4, 5, None, 0.5, 4", "ask, 4, 5, None, 1, 4", "ask, 4, 5, None, 0, 4",
            "same, 21, 20, 10, 0.0, 20", "bid, 21, 20, 10, 0.0, 20", "bid, 21, 20, 10, 1.0, 10",
            "bid, 21, 20, 10, 0.5, 15", "bid, 21, 20, 10, 0.7, 13", "bid, 21, 20, 10, 0.3, 17",
            "bid, 6, 5, 10, 1.0, 5", "bid, 6, 5, 10, 0.5, 5", "bid, 21, 20, None, 0.5, 20",
            "bid, 6, 5, None, 0.5, 5", "bid, 6, 5, None, 1, 5", "bid, 6, 5, None, 0, 5"})
    void entryRateFromTicker(String side, double ask, double bid, Double last, double balance, double expected) {
        PriceSide bookSide = PriceDiscovery.resolve(PriceSide.valueOf(side.toUpperCase()), EntryExit.ENTRY, false);
        Ticker t = Ticker.of("ETH/BTC", 0, bid, ask, last);
        assertThat(PriceDiscovery.rateFromTicker(EntryExit.ENTRY, t, bookSide, balance))
                .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({
            "bid, 12.0, 11.0, 11.5, 0.0, 11.0", "bid, 12.0, 11.0, 11.5, 1.0, 11.5", "bid, 12.0, 11.0, 11.5, 0.5, 11.25",
            "bid, 12.0, 11.2, 10.5, 0.0, 11.2", "bid, 12.0, 11.2, 10.5, 1.0, 11.2", "bid, 12.0, 11.2, 10.5, 0.5, 11.2",
            "bid, 0.003, 0.002, 0.005, 0.0, 0.002", "ask, 12.0, 11.0, 12.5, 0.0, 12.0", "ask, 12.0, 11.0, 12.5, 1.0, 12.5",
            "ask, 12.0, 11.0, 12.5, 0.5, 12.25", "ask, 12.2, 11.2, 10.5, 0.0, 12.2", "ask, 12.0, 11.0, 10.5, 1.0, 12.0",
            "ask, 12.0, 11.2, 10.5, 0.5, 12.0", "ask, 10.0, 11.0, 11.0, 0.0, 10.0", "ask, 10.11, 11.2, 11.0, 0.0, 10.11",
            "ask, 0.001, 0.002, 11.0, 0.0, 0.001", "ask, 0.006, 1.0, 11.0, 0.0, 0.006"})
    void exitRateFromTicker(String side, double ask, double bid, double last, double balance, double expected) {
        Ticker t = Ticker.of("ETH/BTC", 0, bid, ask, last);
        assertThat(PriceDiscovery.rateFromTicker(EntryExit.EXIT, t, PriceSide.valueOf(side.toUpperCase()), balance))
                .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void missingSideGivesNull() {
        assertThat(PriceDiscovery.rateFromTicker(EntryExit.ENTRY, Ticker.of("X", 0, 4.0, null, 4.0),
                PriceSide.ASK, 0)).isNull();
        assertThat(PriceDiscovery.rateFromTicker(EntryExit.EXIT, Ticker.of("X", 0, null, 6.0, 4.0),
                PriceSide.BID, 0)).isNull();
    }

    @Test
    void orderBookLevel() {
        OrderBook book = new OrderBook("ETH/BTC", 0,
                List.of(new OrderBook.Level(0.043936, 10.458), new OrderBook.Level(0.043935, 3.0)),
                List.of(new OrderBook.Level(0.043949, 0.346), new OrderBook.Level(0.04395, 5.0)));
        assertThat(PriceDiscovery.rateFromOrderBook("ETH/BTC", EntryExit.EXIT, book, PriceSide.BID, 1)).isEqualTo(0.043936);
        assertThat(PriceDiscovery.rateFromOrderBook("ETH/BTC", EntryExit.EXIT, book, PriceSide.ASK, 1)).isEqualTo(0.043949);
        assertThat(PriceDiscovery.rateFromOrderBook("ETH/BTC", EntryExit.ENTRY, book, PriceSide.ASK, 2)).isEqualTo(0.04395);
        assertThatThrownBy(() -> PriceDiscovery.rateFromOrderBook("ETH/BTC", EntryExit.EXIT, book, PriceSide.ASK, 3))
                .isInstanceOf(PricingError.class)
                .hasMessageContaining("Exit price at location 3");
        OrderBook empty = new OrderBook("ETH/BTC", 0, List.of(), List.of());
        assertThatThrownBy(() -> PriceDiscovery.rateFromOrderBook("ETH/BTC", EntryExit.EXIT, empty, PriceSide.ASK, 1))
                .isInstanceOf(PricingError.class);
    }

}
