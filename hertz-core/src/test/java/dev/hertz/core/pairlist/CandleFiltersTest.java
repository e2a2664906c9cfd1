package dev.hertz.core.pairlist;

import static dev.hertz.core.pairlist.TestChains.config;
import static dev.hertz.core.pairlist.TestChains.daily;
import static dev.hertz.core.pairlist.TestChains.flatDays;
import static dev.hertz.core.pairlist.TestChains.manager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.ConfigurationError;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** AgeFilter, RangeStabilityFilter and VolatilityFilter: decisions from closed daily candles. */
class CandleFiltersTest {

    private static final Timeframe DAY = Timeframe.parse("1d");
    private static final String PAIRS = "[\"ETH/BTC\", \"TKN/BTC\", \"LTC/BTC\", \"XRP/BTC\", \"NOC/BTC\"]";

    private final MutableClock clock = MutableClock.at("2024-05-10T12:00:00Z");
    private final LogCapture logs = LogCapture.of("dev.hertz.core.pairlist");
    private final FixedExchange exchange = new FixedExchange().markets("ETH/BTC", "TKN/BTC", "LTC/BTC", "XRP/BTC", "NOC/BTC");

    @AfterEach
    void detach() {
        logs.close();
    }

    private PairListManager chain(String filter) {
        return manager(exchange, clock, config(PAIRS, "[]", "[{\"method\": \"StaticPairList\"}, " + filter + "]", ""));
    }

    @Test
    void ageFilterCountsClosedDailyCandlesWithGapsFilled() {
        exchange.candles("ETH/BTC", DAY, flatDays("2024-05-10T00:00:00Z", 6, 1, 1))
                .candles("TKN/BTC", DAY, flatDays("2024-05-10T00:00:00Z", 3, 1, 1))
                .candles("LTC/BTC", DAY, flatDays("2024-05-09T00:00:00Z", 6, 1, 1))
                .candles("XRP/BTC", DAY, missingMay8());
        PairListManager plm = chain("{\"method\": \"AgeFilter\", \"min_days_listed\": 3, \"max_days_listed\": 5}");
        plm.refreshPairlist();

        // ETH: 05-05..05-09 closed (the 05-10 candle is still forming) = 5; TKN: 2; LTC: 6; NOC: none;
        // XRP: 05-07 and 05-09 plus the filled 05-08 gap = 3.
        assertThat(plm.whitelist()).containsExactly("ETH/BTC", "XRP/BTC");
        assertThat(logs.messages()).contains(
                "Removed TKN/BTC from whitelist, because age 2 is less than 3 days or more than 5 days",
                "Removed LTC/BTC from whitelist, because age 6 is less than 3 days or more than 5 days",
                "Removed NOC/BTC from whitelist, because age 0 is less than 3 days or more than 5 days",
                "Validated 2 pairs.");
        assertThat(exchange.ohlcvSince).containsOnly(Instant.parse("2024-05-04T00:00:00Z").toEpochMilli());
        assertThat(plm.shortDesc().get(1).shortDesc())
                .isEqualTo("AgeFilter - Filtering pairs with age less than 3 days or more than 5 days");
    }

    private static Candles missingMay8() {
        long may7 = Instant.parse("2024-05-07T00:00:00Z").toEpochMilli();
        double[] ones = {1, 1};
        return Candles.of(new long[] {may7, may7 + 2 * TestChains.DAY_MS}, ones, ones, ones, ones, ones);
    }

    @Test
    void ageFilterRemembersPassedPairsAndRechecksFailedOnesAfterMidnight() {
        exchange.candles("ETH/BTC", DAY, flatDays("2024-05-10T00:00:00Z", 6, 1, 1))
                .candles("TKN/BTC", DAY, flatDays("2024-05-10T00:00:00Z", 3, 1, 1));
        PairListManager plm = manager(exchange, clock, config("[\"ETH/BTC\", \"TKN/BTC\"]", "[]",
                "[{\"method\": \"StaticPairList\"}, {\"method\": \"AgeFilter\", \"min_days_listed\": 3}]", ""));
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("ETH/BTC");
        assertThat(exchange.ohlcvCalls).hasSize(2);

        clock.advance(Duration.ofHours(11));
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("ETH/BTC");
        assertThat(exchange.ohlcvCalls).hasSize(2);

        // Past midnight TKN's 05-10 candle has closed: three days now, and only TKN is fetched again.
        clock.advance(Duration.ofHours(1));
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("ETH/BTC", "TKN/BTC");
        assertThat(exchange.ohlcvCalls).hasSize(3).last().isEqualTo("TKN/BTC|1d");
    }

    @Test
    void ageFilterRejectsImpossibleLimits() {
        assertThatThrownBy(() -> chain("{\"method\": \"AgeFilter\", \"min_days_listed\": 0}"))
                .isInstanceOf(ConfigurationError.class).hasMessage("AgeFilter requires min_days_listed to be >= 1");
        assertThatThrownBy(() -> chain("{\"method\": \"AgeFilter\", \"min_days_listed\": 501}"))
                .hasMessage("AgeFilter requires min_days_listed to not exceed exchange max request size (500)");
        assertThatThrownBy(() -> chain("{\"method\": \"AgeFilter\", \"min_days_listed\": 5, \"max_days_listed\": 5}"))
                .hasMessage("AgeFilter max_days_listed <= min_days_listed not permitted");
        assertThatThrownBy(() -> chain("{\"method\": \"AgeFilter\", \"max_days_listed\": 501}"))
                .hasMessage("AgeFilter requires max_days_listed to not exceed exchange max request size (500)");
        assertThat(chain("{\"method\": \"AgeFilter\", \"min_days_listed\": 1}").shortDesc().get(1).shortDesc())
                .isEqualTo("AgeFilter - Filtering pairs with age less than 1 day");
    }

    private void rangeCandles() {
        exchange.candles("ETH/BTC", DAY, daily("2024-05-06T00:00:00Z",
                        new double[] {1, 1.1, 0.95, 1, 1}, new double[] {1, 1.05, 1, 1, 1},
                        new double[] {1, 1.02, 0.98, 1, 1}, new double[] {1, 1, 1, 1, 1}, new double[] {1, 100, 0.01, 1, 1}))
                .candles("TKN/BTC", DAY, flatDays("2024-05-09T00:00:00Z", 4, 1, 1))
                .candles("LTC/BTC", DAY, daily("2024-05-08T00:00:00Z",
                        new double[] {1, 2, 1, 1.5, 1}, new double[] {1.5, 1.5, 1.5, 1.5, 1}))
                .candles("XRP/BTC", DAY, daily("2024-05-09T00:00:00Z", new double[] {1, 1, 0.9, 1, 1}));
    }

    @Test
    void rangeStabilityFilterKeepsPairsWithinTheRateOfChangeAndSorts() {
        rangeCandles();
        PairListManager plm = chain("{\"method\": \"RangeStabilityFilter\", \"lookback_days\": 3, "
                + "\"max_rate_of_change\": 0.5, \"sort_direction\": \"asc\"}");
        plm.refreshPairlist();

        // ETH (1.1 - 0.95) / 0.95 = 0.158, XRP 0.111, LTC 1.0, TKN 0.0; the forming 05-10 candle is ignored.
        assertThat(plm.whitelist()).containsExactly("XRP/BTC", "ETH/BTC");
        assertThat(logs.messages()).contains(
                "Removed TKN/BTC from whitelist, because rate of change over 3 days is 0.000, which is below the "
                        + "threshold of 0.01.",
                "Removed LTC/BTC from whitelist, because rate of change over 3 days is 1.000, which is above the "
                        + "threshold of 0.5.",
                "Removed NOC/BTC from whitelist, no candles found.");
        assertThat(exchange.ohlcvSince).containsOnly(Instant.parse("2024-05-06T00:00:00Z").toEpochMilli());

        int calls = exchange.ohlcvCalls.size();
        clock.advance(Duration.ofHours(6));
        plm.refreshPairlist();
        assertThat(exchange.ohlcvCalls).hasSize(calls);
        assertThat(plm.whitelist()).containsExactly("XRP/BTC", "ETH/BTC");

        PairListManager desc = chain("{\"method\": \"RangeStabilityFilter\", \"lookback_days\": 3, "
                + "\"sort_direction\": \"desc\"}");
        desc.refreshPairlist();
        assertThat(desc.whitelist()).containsExactly("LTC/BTC", "ETH/BTC", "XRP/BTC");
    }

    @Test
    void rangeStabilityFilterDescriptionAndErrors() {
        assertThat(chain("{\"method\": \"RangeStabilityFilter\", \"lookback_days\": 10, \"min_rate_of_change\": 0.01, "
                + "\"max_rate_of_change\": 0.99}").shortDesc().get(1).shortDesc())
                .isEqualTo("RangeStabilityFilter - Filtering pairs with rate of change below 0.01 and above 0.99 over "
                        + "the last days.");
        assertThatThrownBy(() -> chain("{\"method\": \"RangeStabilityFilter\", \"lookback_days\": 0}"))
                .isInstanceOf(ConfigurationError.class)
                .hasMessage("RangeStabilityFilter requires lookback_days to be >= 1");
        assertThatThrownBy(() -> chain("{\"method\": \"RangeStabilityFilter\", \"lookback_days\": 501}"))
                .hasMessage("RangeStabilityFilter requires lookback_days to not exceed exchange max request size (500)");
        assertThatThrownBy(() -> chain("{\"method\": \"RangeStabilityFilter\", \"sort_direction\": \"Random\"}"))
                .hasMessage("RangeStabilityFilter requires sort_direction to be either None (undefined), 'asc' or 'desc'");
    }

    @Test
    void volatilityFilterKeepsPairsWithinTheRangeAndSorts() {
        exchange.candles("ETH/BTC", DAY, closes("2024-05-07T00:00:00Z", 1.0, 1.1, 1.0, 5.0))
                .candles("TKN/BTC", DAY, closes("2024-05-07T00:00:00Z", 1.0, 1.0, 1.0))
                .candles("LTC/BTC", DAY, closes("2024-05-07T00:00:00Z", 1.0, 2.0, 1.0))
                .candles("XRP/BTC", DAY, closes("2024-05-07T00:00:00Z", 1.0, 1.05, 1.0))
                .candles("NOC/BTC", DAY, closes("2024-05-08T00:00:00Z", 1.0, 1.05));
        PairListManager plm = chain("{\"method\": \"VolatilityFilter\", \"lookback_days\": 3, "
                + "\"min_volatility\": 0.05, \"max_volatility\": 1.0, \"sort_direction\": \"desc\"}");
        plm.refreshPairlist();

        // Expected volatilities from freqtrade's formula (computed with Python): ETH 0.165, TKN 0, LTC 1.201, XRP 0.085.
        assertThat(plm.whitelist()).containsExactly("ETH/BTC", "XRP/BTC");
        assertThat(logs.messages()).contains(
                "Removed TKN/BTC from whitelist, because volatility over 3 days is: 0.000 which is not in the "
                        + "configured range of 0.05-1.0.",
                "Removed LTC/BTC from whitelist, because volatility over 3 days is: 1.201 which is not in the "
                        + "configured range of 0.05-1.0.",
                "Removed NOC/BTC from whitelist, because volatility over 3 days is: nan which is not in the "
                        + "configured range of 0.05-1.0.");

        PairListManager defaults = chain("{\"method\": \"VolatilityFilter\", \"lookback_days\": 3, "
                + "\"sort_direction\": \"asc\"}");
        defaults.refreshPairlist();
        assertThat(defaults.whitelist()).containsExactly("TKN/BTC", "XRP/BTC", "ETH/BTC", "LTC/BTC");
        assertThat(defaults.shortDesc().get(1).shortDesc()).isEqualTo(
                "VolatilityFilter - Filtering pairs with volatility range 0-9223372036854775807  the last 3 days.");
    }

    @Test
    void volatilityAveragesEveryFullWindow() {
        assertThat(VolatilityFilter.averageVolatility(new double[] {1.0, 1.1, 1.0, 1.2, 1.1}, 3))
                .isCloseTo(0.2282041885615456, within(1e-12));
        assertThat(VolatilityFilter.averageVolatility(new double[] {1.0, 1.1}, 3)).isNaN();
        assertThatThrownBy(() -> chain("{\"method\": \"VolatilityFilter\", \"lookback_days\": -1}"))
                .isInstanceOf(ConfigurationError.class).hasMessage("VolatilityFilter requires lookback_days to be >= 1");
    }

    private static Candles closes(String firstDay, double... close) {
        double[][] rows = new double[close.length][];
        for (int i = 0; i < close.length; i++) {
            rows[i] = new double[] {close[i], close[i], close[i], close[i], 1};
        }
        return daily(firstDay, rows);
    }
}
