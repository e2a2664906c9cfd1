package dev.hertz.client;

import dev.hertz.client.model.ForceEnterPayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What goes over the wire: paths, query strings and bodies as freqtrade's server expects them. */
class RequestShapesTest {
    private StubServer server;
    private HertzClient client;

    @BeforeEach
    void start() {
        server = new StubServer(r -> new StubServer.Reply(200, answer(r.target())));
        client = HertzClient.create(server.url(), "u", "p");
    }

    /** Enough of an answer for each endpoint to be read. */
    private static String answer(String target) {
        if (target.startsWith("/api/v1/forceenter")) {
            return "{\"trade_id\": 1}";
        }
        return target.startsWith("/api/v1/status") || target.startsWith("/api/v1/entries") ? "[]" : "{}";
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private StubServer.Request last() {
        return server.requests.get(server.requests.size() - 1);
    }

    @Test
    void getsCarryNoBodyAndPostsAJsonOne() {
        client.status();
        assertThat(last().method()).isEqualTo("GET");
        assertThat(last().target()).isEqualTo("/api/v1/status");
        assertThat(last().body()).isEmpty();
        client.start();
        assertThat(last().method()).isEqualTo("POST");
        assertThat(last().header("Content-Type")).isEqualTo("application/json");
        assertThat(last().body()).isEqualTo("{}");
    }

    @Test
    void forceEnterSendsOnlyWhatIsSet() {
        client.forceenter("BTC/USDT", "long");
        assertThat(last().body()).isEqualTo("{\"pair\":\"BTC/USDT\",\"side\":\"long\"}");
        client.forceenter(ForceEnterPayload.of("ETH/USDT", null).withPrice(1.5).withOrderType("limit")
                .withStakeAmount(20.0).withLeverage(2.0).withEntryTag("manual"));
        assertThat(last().body()).isEqualTo("{\"pair\":\"ETH/USDT\",\"price\":1.5,\"ordertype\":\"limit\","
                + "\"stakeamount\":20.0,\"leverage\":2.0,\"entry_tag\":\"manual\"}");
        client.forcebuy("XRP/USDT", null);
        assertThat(last().target()).isEqualTo("/api/v1/forcebuy");
        assertThat(last().body()).isEqualTo("{\"pair\":\"XRP/USDT\",\"price\":null}");
    }

    @Test
    void forceExitAndLocksSendFreqtradesBodies() {
        client.forceexit("3");
        assertThat(last().body()).isEqualTo("{\"tradeid\":\"3\",\"ordertype\":null,\"amount\":null}");
        client.forceexit("all", "market", 0.5, 101.0);
        assertThat(last().body()).isEqualTo("{\"tradeid\":\"all\",\"ordertype\":\"market\",\"amount\":0.5,\"price\":101.0}");
        client.lockAdd("BTC/USDT", "2024-03-30 16:00:00Z", null, null);
        assertThat(last().body()).isEqualTo("[{\"pair\":\"BTC/USDT\",\"until\":\"2024-03-30 16:00:00Z\",\"side\":\"*\","
                + "\"reason\":\"\"}]");
        client.lockAdd("ETH/USDT", java.time.Instant.parse("2024-03-30T16:00:00Z"), "long", "manual");
        assertThat(last().body()).contains("\"until\":\"2024-03-30 16:00:00Z\"", "\"side\":\"long\"");
        client.deleteLock(7);
        assertThat(last().method() + " " + last().target()).isEqualTo("DELETE /api/v1/locks/7");
    }

    @Test
    void queryValuesAreFormEncodedAndListsRepeatTheKey() {
        client.deleteBlacklist("BNB/.*", "XRP/USDT");
        assertThat(last().target()).isEqualTo("/api/v1/blacklist?pairs_to_delete=BNB%2F.*&pairs_to_delete=XRP%2FUSDT");
        client.addBlacklist("DOGE/USDT");
        assertThat(last().body()).isEqualTo("{\"blacklist\":[\"DOGE/USDT\"]}");
        client.trades(5, 10);
        assertThat(last().target()).isEqualTo("/api/v1/trades?limit=5&offset=10");
        client.trades();
        assertThat(last().target()).isEqualTo("/api/v1/trades");
        client.daily(3);
        assertThat(last().target()).isEqualTo("/api/v1/daily?timescale=3");
        client.entries("BTC/USDT");
        assertThat(last().target()).isEqualTo("/api/v1/entries?pair=BTC%2FUSDT");
        client.strategy("My Strategy");
        assertThat(last().target()).isEqualTo("/api/v1/strategy/My%20Strategy");
    }

    @Test
    void candlesAreAGetUnlessColumnsAreChosen() {
        client.pairCandles("BTC/USDT", "5m");
        assertThat(last().method() + " " + last().target()).isEqualTo("GET /api/v1/pair_candles?pair=BTC%2FUSDT&timeframe=5m");
        client.pairCandles("BTC/USDT", "5m", 100, List.of("sma"));
        assertThat(last().method()).isEqualTo("POST");
        assertThat(last().body()).isEqualTo("{\"pair\":\"BTC/USDT\",\"timeframe\":\"5m\",\"limit\":100,\"columns\":[\"sma\"]}");
        client.pairHistory("ETH/USDT", "1h", "SampleStrategy", null, null);
        assertThat(last().target()).isEqualTo(
                "/api/v1/pair_history?pair=ETH%2FUSDT&timeframe=1h&strategy=SampleStrategy&timerange=");
        client.availablePairs();
        assertThat(last().target()).isEqualTo("/api/v1/available_pairs");
    }
}
