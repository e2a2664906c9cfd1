package dev.hertz.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real bot with its API answers every endpoint FreqUI's recordings cover with the same keys and
 * JSON types (values differ). Trades are made through the API first, so lists are not empty.
 */
class FixtureShapesTest {
    /** Fields of older freqtrade versions that FreqUI's recordings still carry and no current bot sends. */
    private static final Set<String> LEGACY_TRADE_FIELDS = Set.of("buy_tag", "sell_reason", "open_order_id",
            "stoploss_order_id");

    @TempDir
    static Path dir;
    private static ApiBot bot;
    private static long closedId;

    @BeforeAll
    static void start() {
        bot = new ApiBot(dir, "{}");
        JsonNode entered = bot.post("/forceenter", "{\"pair\": \"BTC/USDT\"}").body();
        closedId = entered.get("trade_id").asLong();
        bot.post("/forceenter", "{\"pair\": \"ETH/USDT\", \"entry_tag\": \"tagged\"}");
        assertThat(bot.post("/forceexit", "{\"tradeid\": " + closedId + "}").status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static void assertShape(String fixture, String path) {
        ApiBot.Reply reply = bot.get(path);
        assertThat(reply.status()).as(path + " -> " + reply.text()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(Shapes.differences(Shapes.fixture(fixture), reply.body(), LEGACY_TRADE_FIELDS)).as(path).isEmpty();
    }

    @Test
    void showConfig() {
        assertShape("show_config.json", "/show_config");
    }

    @Test
    void profit() {
        assertShape("profit.json", "/profit");
    }

    @Test
    void balance() {
        assertShape("balance.json", "/balance");
    }

    @Test
    void closedTrades() {
        assertShape("trades.json", "/trades?limit=500&offset=0");
        assertThat(bot.get("/trades").body().get("total_trades").asInt()).isEqualTo(1);
    }

    @Test
    void performance() {
        assertShape("performance.json", "/performance");
    }

    @Test
    void whitelistAndBlacklist() {
        assertShape("whitelist.json", "/whitelist");
        assertShape("blacklist.json", "/blacklist");
    }

    @Test
    void locks() {
        assertShape("locks_empty.json", "/locks");
    }

    @Test
    void logs() {
        assertShape("logs.json", "/logs?limit=30");
    }

    @Test
    void ping() {
        assertShape("ping.json", "/ping");
    }

    @Test
    void status() {
        assertShape("status_empty.json", "/status");
        JsonNode open = bot.get("/status").body();
        assertThat(open).hasSize(1);
        JsonNode trade = open.get(0);
        assertThat(Shapes.differences(Shapes.fixture("trades.json").get("trades").get(0), trade, LEGACY_TRADE_FIELDS))
                .isEmpty();
        assertThat(trade.get("current_rate").isNumber()).isTrue();
        assertThat(trade.get("enter_tag").asText()).isEqualTo("tagged");
    }

    @Test
    void pairCandles() {
        ApiBot.Reply reply = bot.post("/pair_candles", "{\"pair\": \"BTC/USDT\", \"timeframe\": \"1m\", \"columns\": [\"sma\"]}");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode fixture = Shapes.fixture("pair_candles_btc_1m.json");
        // the recording predates ISO dates in the data rows; our rows carry the reference's ISO form
        assertThat(Shapes.differences(fixture, reply.body(), Set.of("data"))).isEmpty();
        JsonNode body = reply.body();
        assertThat(body.get("columns").toString()).contains("\"sma\"", "\"__date_ts\"", "\"_enter_long_signal_close\"");
        assertThat(body.get("length").asInt()).isPositive();
        assertThat(body.get("data").get(0).size()).isEqualTo(body.get("columns").size());
    }
}
