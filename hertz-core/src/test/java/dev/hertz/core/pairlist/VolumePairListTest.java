package dev.hertz.core.pairlist;

import static dev.hertz.core.pairlist.TestChains.config;
import static dev.hertz.core.pairlist.TestChains.daily;
import static dev.hertz.core.pairlist.TestChains.manager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.exchange.ExchangeCapabilities;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.PrecisionMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VolumePairListTest {

    private static final String WHITELIST = "[\"ETH/BTC\"]";
    private final MutableClock clock = MutableClock.at("2024-05-10T12:00:00Z");
    private final LogCapture logs = LogCapture.of("dev.hertz.core.pairlist");

    @AfterEach
    void detach() {
        logs.close();
    }

    private static FixedExchange tickerExchange() {
        return new FixedExchange()
                .markets("ETH/BTC", "TKN/BTC", "LTC/BTC", "XRP/BTC", "HOT/BTC", "BLK/BTC", "NOVOL/BTC", "NEO/USDT")
                .market(new Market("FUEL/BTC", "FUEL", "BTC", false, true, false, false, PrecisionMode.DECIMAL_PLACES,
                        8.0, 8.0, Market.Limits.NONE, 0.001, 0.001, null))
                .ticker("HOT/BTC", 1.0, 1.0, 1.0, 60.0)
                .ticker("ETH/BTC", 1.0, 1.0, 1.0, 100.0)
                .ticker("XRP/BTC", 1.0, 1.0, 1.0, 70.0)
                .ticker("TKN/BTC", 1.0, 1.0, 1.0, 90.0)
                .ticker("LTC/BTC", 1.0, 1.0, 1.0, 80.0)
                .ticker("BLK/BTC", 1.0, 1.0, 1.0, 200.0)
                .ticker("FUEL/BTC", 1.0, 1.0, 1.0, 300.0)
                .ticker("NEO/USDT", 1.0, 1.0, 1.0, 500.0)
                .ticker("NOVOL/BTC", 1.0, 1.0, 1.0, null);
    }

    private List<String> whitelist(FixedExchange exchange, String handler) {
        PairListManager plm = manager(exchange, clock, config(WHITELIST, "[\"BLK/BTC\"]", "[" + handler + "]", ""));
        plm.refreshPairlist();
        return plm.whitelist();
    }

    @Test
    void takesTheTopQuoteVolumesOfActiveStakeMarketsOutsideTheBlacklist() {
        FixedExchange exchange = tickerExchange();
        assertThat(whitelist(exchange, "{\"method\": \"VolumePairList\", \"number_assets\": 5}"))
                .containsExactly("ETH/BTC", "TKN/BTC", "LTC/BTC", "XRP/BTC", "HOT/BTC");
        assertThat(whitelist(exchange, "{\"method\": \"VolumePairList\", \"number_assets\": 3}"))
                .containsExactly("ETH/BTC", "TKN/BTC", "LTC/BTC");
        assertThat(whitelist(exchange, "{\"method\": \"VolumePairList\", \"number_assets\": 10, \"min_value\": 65}"))
                .containsExactly("ETH/BTC", "TKN/BTC", "LTC/BTC", "XRP/BTC");
        assertThat(whitelist(exchange, "{\"method\": \"VolumePairList\", \"number_assets\": 10, \"max_value\": 95}"))
                .containsExactly("TKN/BTC", "LTC/BTC", "XRP/BTC", "HOT/BTC");
    }

    @Test
    void asAFilterItSortsAndCutsTheIncomingList() {
        FixedExchange exchange = tickerExchange();
        PairListManager plm = manager(exchange, clock, config("[\"HOT/BTC\", \"XRP/BTC\", \"ETH/BTC\", \"NOVOL/BTC\"]",
                "[]", "[{\"method\": \"StaticPairList\"}, {\"method\": \"VolumePairList\", \"number_assets\": 2}]", ""));
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("ETH/BTC", "XRP/BTC");
    }

    @Test
    void generatedListIsCachedForTheRefreshPeriod() {
        FixedExchange exchange = tickerExchange();
        PairListManager plm = manager(exchange, clock, config(WHITELIST, "[]",
                "[{\"method\": \"VolumePairList\", \"number_assets\": 2, \"refresh_period\": 3600}]", ""));
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("BLK/BTC", "ETH/BTC");

        exchange.ticker("HOT/BTC", 1.0, 1.0, 1.0, 1000.0);
        clock.advance(Duration.ofSeconds(1800));
        plm.refreshPairlist();
        assertThat(exchange.tickerCalls).isEqualTo(2);
        assertThat(plm.whitelist()).containsExactly("BLK/BTC", "ETH/BTC");

        clock.advance(Duration.ofSeconds(1800));
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("HOT/BTC", "BLK/BTC");
    }

    @Test
    void rangeModeSumsTypicalPriceTimesVolumeOverClosedCandles() {
        Timeframe day = Timeframe.parse("1d");
        FixedExchange exchange = new FixedExchange().markets("ETH/BTC", "TKN/BTC", "LTC/BTC")
                .candles("ETH/BTC", day, daily("2024-05-07T00:00:00Z",
                        new double[] {1, 2, 1, 1.5, 1000},
                        new double[] {1, 1.2, 0.9, 1.2, 10},
                        new double[] {1, 1.5, 0.6, 0.9, 20},
                        new double[] {1, 1, 1, 1, 1e6}))
                .candles("TKN/BTC", day, daily("2024-05-09T00:00:00Z", new double[] {5, 5, 5, 5, 1000}))
                .candles("LTC/BTC", day, daily("2024-05-08T00:00:00Z",
                        new double[] {2, 2, 2, 2, 10},
                        new double[] {2, 2, 2, 2, 10}));
        PairListManager plm = manager(exchange, clock, config(WHITELIST, "[]", """
                [{"method": "VolumePairList", "number_assets": 5, "lookback_days": 2, "refresh_period": 86400}]
                """, ""));
        plm.refreshPairlist();

        // LTC 2 × 20 = 40; ETH 1.1 × 10 + 1.0 × 20 = 31 (the forming candle is ignored); TKN has one candle: 0.
        assertThat(plm.whitelist()).containsExactly("LTC/BTC", "ETH/BTC", "TKN/BTC");
        assertThat(exchange.ohlcvSince).containsOnly(Instant.parse("2024-05-07T00:00:00Z").toEpochMilli());
        assertThat(logs.messages()).contains("Using volume range of 2 candles, timeframe: 1d, starting from "
                + "2024-05-07T00:00:00 till 2024-05-09T00:00:00");

        int calls = exchange.ohlcvCalls.size();
        clock.advance(Duration.ofHours(1));
        plm.refreshPairlist();
        assertThat(exchange.ohlcvCalls).hasSize(calls);
        assertThat(plm.whitelist()).containsExactly("LTC/BTC", "ETH/BTC", "TKN/BTC");

        PairListManager withMinimum = manager(exchange, clock, config(WHITELIST, "[]", """
                [{"method": "VolumePairList", "number_assets": 5, "lookback_timeframe": "1d", "lookback_period": 2,
                  "refresh_period": 86400, "min_value": 35}]
                """, ""));
        withMinimum.refreshPairlist();
        assertThat(withMinimum.whitelist()).containsExactly("LTC/BTC");
    }

    @Test
    void invalidParametersAreRejected() {
        FixedExchange exchange = tickerExchange();
        assertRejected(exchange, "{\"method\": \"VolumePairList\"}",
                "`number_assets` not specified. Please check your configuration for \"pairlist.config.number_assets\"");
        assertRejected(exchange, "{\"method\": \"VolumePairList\", \"number_assets\": 5, \"lookback_days\": 1, "
                        + "\"lookback_period\": 2}",
                "Ambiguous configuration: lookback_days and lookback_period both set in pairlist config. Please set "
                        + "lookback_days only or lookback_period and lookback_timeframe and restart the bot.");
        assertRejected(exchange, "{\"method\": \"VolumePairList\", \"number_assets\": 5, \"lookback_days\": 1}",
                "Refresh period of 1800 seconds is smaller than one timeframe of 1d. Please adjust refresh_period "
                        + "to at least 86400 and restart the bot.");
        assertRejected(exchange, "{\"method\": \"VolumePairList\", \"number_assets\": 5, \"sort_key\": \"baseVolume\"}",
                "key baseVolume not in ['quoteVolume']");
        assertRejected(exchange, "{\"method\": \"VolumePairList\", \"number_assets\": 5, \"lookback_period\": -1}",
                "VolumeFilter requires lookback_period to be >= 0");
        assertRejected(exchange, "{\"method\": \"VolumePairList\", \"number_assets\": 5, \"lookback_timeframe\": "
                        + "\"1h\", \"lookback_period\": 501, \"refresh_period\": 3600}",
                "VolumeFilter requires lookback_period to not exceed exchange max request size (500)");
        assertThatThrownBy(() -> whitelist(exchange, "{\"method\": \"VolumePairList\", \"number_assets\": 5, "
                + "\"lookback_timeframe\": \"7x\", \"lookback_period\": 2}"))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageStartingWith("Pairlist handler VolumePairList (pairlists[0]): lookback_timeframe is invalid");

        exchange.capabilities(new ExchangeCapabilities(true, true, true, false, 500, true, List.of("GTC"), false));
        assertRejected(exchange, "{\"method\": \"VolumePairList\", \"number_assets\": 5}",
                "Exchange does not support dynamic whitelist in this configuration. Please edit your config and either "
                        + "remove Volumepairlist, or switch to using candles. and restart the bot.");
    }

    @Test
    void shortDescriptionNamesTheCount() {
        PairListManager plm = manager(tickerExchange(), clock, config(WHITELIST, "[]",
                "[{\"method\": \"VolumePairList\", \"number_assets\": 20}]", ""));
        assertThat(plm.shortDesc().get(0).shortDesc()).isEqualTo("VolumePairList - top 20 volume pairs.");
    }

    private void assertRejected(FixedExchange exchange, String handler, String message) {
        assertThatThrownBy(() -> whitelist(exchange, handler)).isInstanceOf(ConfigurationError.class).hasMessage(message);
    }
}
