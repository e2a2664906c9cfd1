package dev.hertz.core.pairlist;

import static dev.hertz.core.pairlist.TestChains.config;
import static dev.hertz.core.pairlist.TestChains.manager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hertz.core.config.RunMode;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.exchange.ExchangeCapabilities;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.PrecisionMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class PairListManagerTest {

    private final MutableClock clock = MutableClock.at("2024-05-02T10:00:00Z");
    private final LogCapture logs = LogCapture.of("dev.hertz.core.pairlist");
    private final FixedExchange exchange = new FixedExchange()
            .markets("ETH/BTC", "TKN/BTC", "BLK/BTC", "XRP/USDT", "LTC/BTC")
            .market(new Market("HOT/BTC", "HOT", "BTC", false, true, false, false, PrecisionMode.DECIMAL_PLACES,
                    8.0, 8.0, Market.Limits.NONE, 0.001, 0.001, null))
            .market(new Market("ADA/BTC:BTC", "ADA", "BTC", true, false, false, true, PrecisionMode.DECIMAL_PLACES,
                    8.0, 8.0, Market.Limits.NONE, 0.001, 0.001, 1.0));

    @AfterEach
    void detach() {
        logs.close();
    }

    @Test
    void staticPairlistKeepsKnownTradableActivePairsInStakeCurrencyAndAppliesTheBlacklist() {
        PairListManager plm = manager(exchange, clock, config(
                "[\"ETH/BTC\", \"TKN/BTC\", \"NOEXIST/BTC\", \"HOT/BTC\", \"XRP/USDT\", \"ADA/BTC:BTC\", \"BLK/BTC\", \"ETH/BTC\"]",
                "[\"BLK/BTC\"]", "[{\"method\": \"StaticPairList\"}]", ""));
        assertThat(plm.whitelist()).hasSize(8);

        plm.refreshPairlist();

        assertThat(plm.whitelist()).containsExactly("ETH/BTC", "TKN/BTC");
        assertThat(logs.messages()).contains(
                "Pair NOEXIST/BTC is not compatible with exchange fixed. Removing it from whitelist..",
                "Ignoring HOT/BTC from whitelist. Market is not active.",
                "Pair XRP/USDT is not compatible with your stake currency BTC. Removing it from whitelist..",
                "Pair ADA/BTC:BTC is not tradable with Freqtrade. Removing it from whitelist..",
                "Pair BLK/BTC in your blacklist. Removing it from whitelist...",
                "Whitelist with 2 pairs: ['ETH/BTC', 'TKN/BTC']");
    }

    @Test
    void allowInactiveKeepsUnknownPlainPairsButDropsUnmatchedExpressions() {
        PairListManager plm = manager(exchange, clock, config(
                "[\"ETH/BTC\", \"HOT/BTC\", \"NOEXIST/BTC\", \"\\\\+WHAT/BTC\"]", "[]",
                "[{\"method\": \"StaticPairList\", \"allow_inactive\": true}]", ""));
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("ETH/BTC", "HOT/BTC", "NOEXIST/BTC");
    }

    @Test
    void whitelistExpressionsExpandInMarketOrder() {
        PairListManager plm = manager(exchange, clock, config("[\".*/BTC\"]", "[\"B.*\"]",
                "[{\"method\": \"StaticPairList\"}]", ""));
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("ETH/BTC", "TKN/BTC", "LTC/BTC");
    }

    @Test
    void invalidWildcardsEmptyTheWhitelist() {
        PairListManager badWhite = manager(exchange, clock, config("[\"ETH/BTC\", \"*/BTC\"]", "[]",
                "[{\"method\": \"StaticPairList\", \"allow_inactive\": true}]", ""));
        badWhite.refreshPairlist();
        assertThat(badWhite.whitelist()).isEmpty();
        assertThat(logs.messages()).anyMatch(m -> m.startsWith(
                "Pair whitelist contains an invalid Wildcard: Wildcard error in */BTC, "));

        PairListManager badBlack = manager(exchange, clock, config("[\"ETH/BTC\"]", "[\"*/BTC\"]",
                "[{\"method\": \"StaticPairList\"}]", ""));
        badBlack.refreshPairlist();
        assertThat(badBlack.whitelist()).isEmpty();
        assertThat(logs.messages()).anyMatch(m -> m.startsWith("Pair blacklist contains an invalid Wildcard: "));
        assertThatThrownBy(badBlack::expandedBlacklist).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blacklistRemovalIsLoggedOncePerPeriod() {
        PairListManager plm = manager(exchange, clock, config("[\"ETH/BTC\"]", "[\"BLK/BTC\"]",
                "[{\"method\": \"StaticPairList\"}]", ""));
        String message = "Pair BLK/BTC in your blacklist. Removing it from whitelist...";
        for (int i = 0; i < 3; i++) {
            assertThat(plm.verifyBlacklist(List.of("ETH/BTC", "BLK/BTC"), Level.WARN)).containsExactly("ETH/BTC");
        }
        assertThat(logs.messages().stream().filter(message::equals)).hasSize(1);

        clock.advance(Duration.ofSeconds(3600));
        plm.verifyBlacklist(List.of("BLK/BTC"), Level.WARN);
        assertThat(logs.messages().stream().filter(message::equals)).hasSize(2);
    }

    @Test
    void blacklistCanBeEditedWithValidEntriesOnly() {
        PairListManager plm = manager(exchange, clock, config("[\"ETH/BTC\", \"TKN/BTC\", \"LTC/BTC\"]",
                "[\"BLK/BTC\"]", "[{\"method\": \"StaticPairList\"}]", ""));
        assertThat(plm.addToBlacklist("T.*/BTC")).isTrue();
        assertThat(plm.addToBlacklist("T.*/BTC")).isFalse();
        assertThatThrownBy(() -> plm.addToBlacklist("*/BTC")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Wildcard error in */BTC");
        assertThat(plm.blacklist()).containsExactly("BLK/BTC", "T.*/BTC");
        assertThat(plm.expandedBlacklist()).containsExactly("BLK/BTC", "TKN/BTC");

        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("ETH/BTC", "LTC/BTC");

        assertThat(plm.removeFromBlacklist("T.*/BTC")).isTrue();
        assertThat(plm.removeFromBlacklist("T.*/BTC")).isFalse();
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("ETH/BTC", "TKN/BTC", "LTC/BTC");
    }

    @Test
    void staticPairListAsFilterAppendsMissingWhitelistPairs() {
        exchange.ticker("ETH/BTC", 1.0, 1.0, 1.0, 50.0).ticker("LTC/BTC", 1.0, 1.0, 1.0, 80.0);
        PairListManager plm = manager(exchange, clock, config("[\"ETH/BTC\", \"TKN/BTC\"]", "[]",
                "[{\"method\": \"VolumePairList\", \"number_assets\": 5}, {\"method\": \"StaticPairList\"}]", ""));
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("LTC/BTC", "ETH/BTC", "TKN/BTC");
    }

    @Test
    void tickersAreFetchedOnlyWhenNeededAndCachedForHalfAnHour() {
        exchange.ticker("ETH/BTC", 1.0, 1.0, 1.0, 50.0);
        PairListManager noTickers = manager(exchange, clock, config("[\"ETH/BTC\"]", "[]",
                "[{\"method\": \"StaticPairList\"}]", ""));
        noTickers.refreshPairlist();
        assertThat(exchange.tickerCalls).isZero();

        PairListManager plm = manager(exchange, clock, config("[\"ETH/BTC\"]", "[]",
                "[{\"method\": \"StaticPairList\"}, {\"method\": \"SpreadFilter\"}]", ""));
        plm.refreshPairlist();
        plm.refreshPairlist();
        assertThat(exchange.tickerCalls).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1799));
        plm.refreshPairlist();
        assertThat(exchange.tickerCalls).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        plm.refreshPairlist();
        assertThat(exchange.tickerCalls).isEqualTo(2);
    }

    @Test
    void shortDescriptionsListEveryHandlerInPythonForm() {
        PairListManager plm = manager(exchange, clock, config("[\"ETH/BTC\"]", "[]", """
                [{"method": "StaticPairList"},
                 {"method": "PriceFilter", "low_price_ratio": 0.001, "min_price": 0.00000010, "max_price": 1.0}]
                """, ""));
        assertThat(plm.nameList()).containsExactly("StaticPairList", "PriceFilter");
        assertThat(PluginDescription.pythonRepr(plm.shortDesc())).isEqualTo(
                "[{'StaticPairList': 'StaticPairList'}, {'PriceFilter': 'PriceFilter - Filtering pairs priced below "
                        + "0.1% or below 0.00000010 or above 1.00000000.'}]");
    }

    @Test
    void chainMistakesAreRejectedWithTheReason() {
        assertThatThrownBy(() -> manager(exchange, clock, config("[]", "[]", "[]", "")))
                .isInstanceOf(ConfigurationError.class).hasMessage("No Pairlist Handlers defined");
        assertThatThrownBy(() -> manager(exchange, clock, config("[]", "[]", "[{\"method\": \"AgeFilter\"}]", "")))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageStartingWith("pairlists[0]: AgeFilter is a filter; the first Pairlist Handler must generate");
        assertThatThrownBy(() -> manager(exchange, clock, config("[]", "[]",
                "[{\"method\": \"StaticPairList\"}, {\"method\": \"MagicFilter\"}]", "")))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("pairlists[1].method: unknown pairlist handler 'MagicFilter'; available: AgeFilter, ")
                .hasMessageContaining("VolumePairList");
        assertThatThrownBy(() -> manager(exchange, clock, config("[]", "[]",
                "[{\"method\": \"StaticPairList\"}, {\"method\": \"OffsetFilter\", \"offset\": \"3\"}]", "")))
                .isInstanceOf(ConfigurationError.class)
                .hasMessage("Pairlist handler OffsetFilter (pairlists[1]): offset must be a whole number, got \"3\"");
    }

    @Test
    void handlersNeedingTickersNeedAnExchangeThatFetchesThem() {
        exchange.capabilities(new ExchangeCapabilities(true, false, true, false, 500, true, List.of("GTC"), false));
        assertThatThrownBy(() -> manager(exchange, clock, config("[]", "[]",
                "[{\"method\": \"StaticPairList\"}, {\"method\": \"PrecisionFilter\"}, {\"method\": \"SpreadFilter\"}]",
                "")))
                .isInstanceOf(ConfigurationError.class)
                .hasMessage("Exchange does not support fetchTickers, therefore the following pairlists cannot be used. "
                        + "Please edit your config and restart the bot.\nPrecisionFilter. SpreadFilter.");
    }

    @Test
    void backtestingRefusesLiveOnlyHandlersAndWarnsAboutTheOthers() {
        assertThatThrownBy(() -> manager(exchange, clock, config("[]", "[]",
                "[{\"method\": \"VolumePairList\", \"number_assets\": 5}, {\"method\": \"AgeFilter\"}]", ""),
                RunMode.BACKTEST, null))
                .isInstanceOf(ConfigurationError.class)
                .hasMessage("Pairlist Handlers VolumePairList, AgeFilter do not support backtesting.");

        manager(exchange, clock, config("[\"ETH/BTC\"]", "[]", """
                [{"method": "StaticPairList"}, {"method": "PrecisionFilter"}, {"method": "PerformanceFilter"}]
                """, ""), RunMode.HYPEROPT, null);
        assertThat(logs.messages()).contains(
                "Pairlist Handlers PerformanceFilter do not generate any changes during backtesting. While it's safe "
                        + "to leave them enabled, they will not behave like in dry/live modes. ",
                "Pairlist Handlers PrecisionFilter will introduce a lookahead bias to your backtest results, as they "
                        + "use today's data - which inheritly suffers from 'winner bias'.");

        manager(exchange, clock, config("[]", "[]",
                "[{\"method\": \"VolumePairList\", \"number_assets\": 5}]", ""), RunMode.LIVE, null);
    }
}
