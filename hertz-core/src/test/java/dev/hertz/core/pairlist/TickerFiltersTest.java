package dev.hertz.core.pairlist;

import static dev.hertz.core.pairlist.TestChains.config;
import static dev.hertz.core.pairlist.TestChains.manager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.PrecisionMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** PrecisionFilter, PriceFilter and SpreadFilter: per-pair decisions from the ticker. */
class TickerFiltersTest {

    private static final String PAIRS = "[\"ETH/BTC\", \"LOW/BTC\", \"BIG/BTC\", \"LOT/BTC\", \"ZERO/BTC\", \"NOLAST/BTC\","
            + " \"NOTICKER/BTC\"]";

    private final MutableClock clock = MutableClock.at("2024-05-10T12:00:00Z");
    private final LogCapture logs = LogCapture.of("dev.hertz.core.pairlist");
    private final FixedExchange exchange = new FixedExchange()
            .markets("ETH/BTC", "LOW/BTC", "BIG/BTC", "ZERO/BTC", "NOLAST/BTC", "NOTICKER/BTC")
            .market(new Market("LOT/BTC", "LOT", "BTC", true, true, false, false, PrecisionMode.DECIMAL_PLACES, 0.0,
                    8.0, new Market.Limits(new Market.MinMax(10.0, null), null, null), 0.001, 0.001, null))
            .ticker("ETH/BTC", 0.0499, 0.05, 0.05, 1.0)
            .ticker("LOW/BTC", 0.00000011, 0.00000011, 0.00000011, 1.0)
            .ticker("BIG/BTC", 1.98, 2.0, 2.0, 1.0)
            .ticker("LOT/BTC", 1.9999, 2.0, 2.0, 1.0)
            .ticker("ZERO/BTC", 1.0, 1.0, 0.0, 1.0)
            .ticker("NOLAST/BTC", null, 1.0, null, 1.0);

    @AfterEach
    void detach() {
        logs.close();
    }

    private PairListManager chain(String filter, String extra) {
        HertzConfig cfg = config(PAIRS, "[]", "[{\"method\": \"StaticPairList\"}, " + filter + "]", extra);
        return manager(exchange, clock, cfg);
    }

    private PairListManager refreshed(String filter) {
        PairListManager plm = chain(filter, "");
        plm.refreshPairlist();
        return plm;
    }

    @Test
    void precisionFilterDropsPairsWhereTheStopCannotBePlacedApart() {
        PairListManager plm = refreshed("{\"method\": \"PrecisionFilter\"}");
        assertThat(plm.whitelist()).containsExactly("ETH/BTC", "BIG/BTC", "LOT/BTC");
        assertThat(logs.messages()).contains(
                "Removed LOW/BTC from whitelist, because stop price 1e-07 would be <= stop limit 1e-07",
                "Removed ZERO/BTC from whitelist, because stop price 0.0 would be <= stop limit 0.0",
                "Removed NOLAST/BTC from whitelist, because ticker['last'] is empty (Usually no trade in the last 24h).",
                "Removed NOTICKER/BTC from whitelist, because ticker['last'] is empty (Usually no trade in the last 24h).");
        assertThat(plm.shortDesc().get(1).shortDesc()).isEqualTo("PrecisionFilter - Filtering untradable pairs.");
    }

    @Test
    void precisionFilterNeedsAStoplossAndIsOffAtZero() {
        PairListManager off = chain("{\"method\": \"PrecisionFilter\"}", "{\"stoploss\": 0}");
        off.refreshPairlist();
        assertThat(off.whitelist()).hasSize(7);

        assertThatThrownBy(() -> manager(exchange, clock, HertzConfig.from(
                TestChains.parse("{\"stake_currency\": \"BTC\", \"exchange\": {\"pair_whitelist\": []},"
                        + " \"pairlists\": [{\"method\": \"StaticPairList\"}, {\"method\": \"PrecisionFilter\"}]}"))))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageStartingWith("PrecisionFilter can only work with stoploss defined.");
    }

    @Test
    void priceFilterChecksEachLimit() {
        assertThat(refreshed("{\"method\": \"PriceFilter\", \"low_price_ratio\": 0.01}").whitelist())
                .containsExactly("ETH/BTC", "BIG/BTC", "LOT/BTC");
        assertThat(logs.messages()).contains("Removed LOW/BTC from whitelist, because 1 unit is 9.091%",
                "Removed ZERO/BTC from whitelist, because ticker['last'] is empty (Usually no trade in the last 24h).");

        assertThat(refreshed("{\"method\": \"PriceFilter\", \"min_price\": 0.001}").whitelist())
                .containsExactly("ETH/BTC", "BIG/BTC", "LOT/BTC");
        assertThat(logs.messages()).contains("Removed LOW/BTC from whitelist, because last price < 0.00100000");

        assertThat(refreshed("{\"method\": \"PriceFilter\", \"max_price\": 1.0}").whitelist())
                .containsExactly("ETH/BTC", "LOW/BTC");
        assertThat(logs.messages()).contains("Removed BIG/BTC from whitelist, because last price > 1.00000000");

        assertThat(refreshed("{\"method\": \"PriceFilter\", \"max_value\": 1}").whitelist())
                .containsExactly("ETH/BTC", "LOW/BTC", "BIG/BTC");
        assertThat(logs.messages()).contains("Removed LOT/BTC from whitelist, because min value change of 2.0 > 1.");

        assertThat(refreshed("{\"method\": \"PriceFilter\"}").whitelist()).hasSize(7);
    }

    @Test
    void priceFilterDescribesItsLimitsAndRejectsNegativeOnes() {
        assertThat(chain("{\"method\": \"PriceFilter\", \"low_price_ratio\": 0.001, \"max_price\": 1.00010000}", "")
                .shortDesc().get(1).shortDesc())
                .isEqualTo("PriceFilter - Filtering pairs priced below 0.1% or above 1.00010000.");
        assertThat(chain("{\"method\": \"PriceFilter\", \"max_value\": 0.00002000}", "").shortDesc().get(1).shortDesc())
                .isEqualTo("PriceFilter - Filtering pairs priced Value above 0.00002000.");
        assertThat(chain("{\"method\": \"PriceFilter\"}", "").shortDesc().get(1).shortDesc())
                .isEqualTo("PriceFilter - No price filters configured.");
        for (String key : new String[] {"low_price_ratio", "min_price", "max_price", "max_value"}) {
            assertThatThrownBy(() -> chain("{\"method\": \"PriceFilter\", \"" + key + "\": -0.001}", ""))
                    .isInstanceOf(ConfigurationError.class)
                    .hasMessage("PriceFilter requires " + key + " to be >= 0");
        }
    }

    @Test
    void spreadFilterDropsWideSpreadsAndIncompleteTickers() {
        PairListManager plm = refreshed("{\"method\": \"SpreadFilter\"}");
        assertThat(plm.whitelist()).containsExactly("ETH/BTC", "LOW/BTC", "LOT/BTC", "ZERO/BTC");
        assertThat(logs.messages()).contains(
                "Removed BIG/BTC from whitelist, because spread 1.000% > 0.500%",
                "Removed NOLAST/BTC from whitelist due to invalid ticker data: "
                        + "{'symbol': 'NOLAST/BTC', 'bid': None, 'ask': 1.0, 'last': None}",
                "Removed NOTICKER/BTC from whitelist due to invalid ticker data: None");
        assertThat(plm.shortDesc().get(1).shortDesc())
                .isEqualTo("SpreadFilter - Filtering pairs with ask/bid diff above 0.50%.");

        assertThat(refreshed("{\"method\": \"SpreadFilter\", \"max_spread_ratio\": 0.02}").whitelist())
                .containsExactly("ETH/BTC", "LOW/BTC", "BIG/BTC", "LOT/BTC", "ZERO/BTC");
    }
}
