package dev.hertz.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Trade actions through the REST API of a running bot, with freqtrade's answers and errors. */
class TradeEndpointsTest {
    @TempDir
    Path dir;
    private ApiBot bot;

    @BeforeEach
    void start() {
        bot = new ApiBot(dir, "{}");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private long enter(String pair) {
        ApiBot.Reply reply = bot.post("/forceenter", "{\"pair\": \"" + pair + "\"}");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.body().get("trade_id").asLong();
    }

    @Test
    void forceEnterThenForceExitClosesTheTrade() {
        long id = enter("BTC/USDT");
        ApiBot.Reply status = bot.get("/status");
        assertThat(status.body()).hasSize(1);
        assertThat(status.body().get(0).get("trade_id").asLong()).isEqualTo(id);
        assertThat(bot.get("/count").body().get("current").asInt()).isEqualTo(1);

        ApiBot.Reply exit = bot.post("/forcesell", "{\"tradeid\": \"" + id + "\", \"ordertype\": \"market\"}");
        assertThat(exit.status()).as(exit.text()).isEqualTo(200);
        assertThat(exit.body().get("result").asText()).isEqualTo("Created exit order for trade " + id + ".");
        assertThat(bot.get("/status").body()).isEmpty();
        JsonNode trades = bot.get("/trades").body();
        assertThat(trades.get("total_trades").asInt()).isEqualTo(1);
        assertThat(trades.get("trades").get(0).get("exit_reason").asText()).isEqualTo("force_exit");
        JsonNode closed = bot.get("/trade/" + id).body();
        assertThat(closed.get("is_open").asBoolean()).isFalse();
        assertThat(closed.get("total_profit_abs").asDouble()).isEqualTo(0.0);
    }

    @Test
    void forceEnterRefusalsAreRpcErrorsWithTheRequestedPath() {
        enter("BTC/USDT");
        ApiBot.Reply again = bot.post("/forcebuy", "{\"pair\": \"BTC/USDT\"}");
        assertThat(again.status()).isEqualTo(502);
        assertThat(again.body().get("error").asText()).startsWith("Error querying /api/v1/forcebuy: position for BTC/USDT already open");
        ApiBot.Reply unknown = bot.post("/forceenter", "{\"pair\": \"NOPE/USDT\"}");
        assertThat(unknown.body().get("error").asText())
                .isEqualTo("Error querying /api/v1/forceenter: Symbol does not exist or market is not active.");
        ApiBot.Reply shortSpot = bot.post("/forceenter", "{\"pair\": \"ETH/USDT\", \"side\": \"short\"}");
        assertThat(shortSpot.body().get("error").asText()).endsWith("Can't go short on Spot markets.");
        assertThat(bot.get("/status").body()).hasSize(1);
    }

    @Test
    void forceEnterBodyErrorsAre422AndChangeNothing() {
        ApiBot.Reply missing = bot.post("/forceenter", "{}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body().get("detail").get(0).get("loc").toString()).isEqualTo("[\"body\",\"pair\"]");
        ApiBot.Reply badType = bot.post("/forceenter", "{\"pair\": \"BTC/USDT\", \"ordertype\": \"stop\"}");
        assertThat(badType.status()).isEqualTo(422);
        assertThat(badType.body().get("detail").get(0).get("msg").asText()).isEqualTo("Input should be 'limit' or 'market'");
        ApiBot.Reply badPrice = bot.post("/forceenter", "{\"pair\": \"BTC/USDT\", \"price\": \"cheap\"}");
        assertThat(badPrice.status()).isEqualTo(422);
        ApiBot.Reply nullBody = bot.post("/forceenter", "null");
        assertThat(nullBody.status()).isEqualTo(422);
        assertThat(nullBody.body().get("detail").get(0).get("type").asText()).isEqualTo("missing");
        assertThat(bot.get("/status").body()).isEmpty();
    }

    @Test
    void partialForceExitLeavesTheRestOpen() {
        long id = enter("ETH/USDT");
        double amount = bot.get("/trade/" + id).body().get("amount").asDouble();
        ApiBot.Reply exit = bot.post("/forceexit", "{\"tradeid\": " + id + ", \"ordertype\": \"market\", \"amount\": "
                + amount / 2 + "}");
        assertThat(exit.status()).as(exit.text()).isEqualTo(200);
        JsonNode trade = bot.get("/trade/" + id).body();
        assertThat(trade.get("is_open").asBoolean()).isTrue();
        assertThat(trade.get("amount").asDouble()).isLessThan(amount);
        ApiBot.Reply wrong = bot.post("/forceexit", "{\"tradeid\": 999}");
        assertThat(wrong.body().get("error").asText()).isEqualTo("Error querying /api/v1/forceexit: invalid argument");
    }

    @Test
    void unknownTradeIdsAnswerAsFreqtradeDoes() {
        assertThat(bot.get("/trade/42").status()).isEqualTo(404);
        assertThat(bot.get("/trade/42").body().get("detail").asText()).isEqualTo("Trade not found.");
        ApiBot.Reply delete = bot.delete("/trades/42");
        assertThat(delete.status()).isEqualTo(502);
        assertThat(delete.body().get("error").asText()).isEqualTo("Error querying /api/v1/trades/42: invalid argument");
        assertThat(bot.delete("/trades/42/open-order").body().get("error").asText()).endsWith("Invalid trade_id.");
        assertThat(bot.get("/trades/x").status()).isEqualTo(404);
        assertThat(bot.delete("/trades/x").status()).isEqualTo(422);
    }

    @Test
    void deleteRemovesTheTrade() {
        long id = enter("SOL/USDT");
        ApiBot.Reply delete = bot.delete("/trades/" + id);
        assertThat(delete.status()).isEqualTo(200);
        assertThat(delete.body().get("result_msg").asText()).startsWith("Deleted trade " + id + ".");
        assertThat(delete.body().get("cancel_order_count").isInt()).isTrue();
        assertThat(bot.get("/status").body()).isEmpty();
    }

    @Test
    void tradesPagingAndLimits() {
        for (String pair : new String[] {"BTC/USDT", "ETH/USDT", "SOL/USDT"}) {
            long id = enter(pair);
            bot.post("/forceexit", "{\"tradeid\": " + id + ", \"ordertype\": \"market\"}");
        }
        JsonNode page = bot.get("/trades?limit=2&offset=1").body();
        assertThat(page.get("trades_count").asInt()).isEqualTo(2);
        assertThat(page.get("offset").asInt()).isEqualTo(1);
        assertThat(page.get("total_trades").asInt()).isEqualTo(3);
        assertThat(page.get("trades").get(0).get("trade_id").asInt()).isEqualTo(2);
        assertThat(bot.get("/trades?limit=100000").body().get("trades_count").asInt()).isEqualTo(3);
        ApiBot.Reply negative = bot.get("/trades?limit=-1");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.body().get("detail").get(0).get("loc").toString()).isEqualTo("[\"query\",\"limit\"]");
        assertThat(bot.get("/trades?limit=").status()).isEqualTo(422);
        assertThat(bot.get("/trades?offset=abc").status()).isEqualTo(422);
    }

    @Test
    void periodsStatsAndTags() {
        long id = enter("BTC/USDT");
        bot.post("/forceexit", "{\"tradeid\": " + id + ", \"ordertype\": \"market\"}");
        JsonNode daily = bot.get("/daily?timescale=3").body();
        assertThat(daily.get("data")).hasSize(3);
        assertThat(daily.get("stake_currency").asText()).isEqualTo("USDT");
        assertThat(bot.get("/weekly").body().get("data")).hasSize(4);
        assertThat(bot.get("/monthly").body().get("data")).hasSize(3);
        assertThat(bot.get("/daily?timescale=0").body().get("error").asText())
                .endsWith("timescale must be an integer greater than 0");
        assertThat(bot.get("/daily?timescale=x").status()).isEqualTo(422);
        assertThat(bot.get("/stats").body().get("exit_reasons").has("force_exit")).isTrue();
        assertThat(bot.get("/entries").body().get(0).get("enter_tag").asText()).isEqualTo("force_entry");
        assertThat(bot.get("/exits?pair=BTC/USDT").body().get(0).get("exit_reason").asText()).isEqualTo("force_exit");
        assertThat(bot.get("/exits?pair=ETH/USDT").body()).isEmpty();
        assertThat(bot.get("/mix_tags").body().get(0).get("mix_tag").asText()).isEqualTo("force_entry force_exit");
        JsonNode profitAll = bot.get("/profit_all").body();
        assertThat(profitAll.get("all").get("closed_trade_count").asInt()).isEqualTo(1);
        assertThat(profitAll.has("long")).isTrue();
    }

    @Test
    void locksCanBeAddedListedAndReleased() {
        ApiBot.Reply added = bot.post("/locks", "[{\"pair\": \"XRP/USDT\", \"until\": \"2099-01-01 00:00:00Z\", "
                + "\"reason\": \"manual\"}]");
        assertThat(added.status()).as(added.text()).isEqualTo(200);
        assertThat(added.body().get("lock_count").asInt()).isEqualTo(1);
        JsonNode lock = added.body().get("locks").get(0);
        assertThat(lock.get("pair").asText()).isEqualTo("XRP/USDT");
        assertThat(lock.get("reason").asText()).isEqualTo("manual");

        ApiBot.Reply naive = bot.post("/locks", "[{\"pair\": \"BTC/USDT\", \"until\": \"2099-01-01 00:00:00\"}]");
        assertThat(naive.status()).isEqualTo(422);
        assertThat(naive.body().get("detail").get(0).get("type").asText()).isEqualTo("timezone_aware");
        assertThat(bot.get("/locks").body().get("lock_count").asInt()).isEqualTo(1);

        ApiBot.Reply released = bot.delete("/locks/" + lock.get("id").asLong());
        assertThat(released.body().get("lock_count").asInt()).isEqualTo(0);
        bot.post("/locks", "[{\"pair\": \"SOL/USDT\", \"until\": \"2099-01-01T00:00:00+00:00\"}]");
        assertThat(bot.post("/locks/delete", "{\"pair\": \"SOL/USDT\"}").body().get("lock_count").asInt()).isZero();
    }

    @Test
    void blacklistAddAndDeleteReportPerPairErrors() {
        ApiBot.Reply added = bot.post("/blacklist", "{\"blacklist\": [\"XRP/USDT\", \"BNB/.*\", \"[\"]}");
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body().get("blacklist").toString()).contains("XRP/USDT", "BNB/.*");
        assertThat(added.body().get("errors").get("[").get("error_msg").asText()).isEqualTo("Pair [ is not a valid wildcard.");
        ApiBot.Reply again = bot.post("/blacklist", "{\"blacklist\": [\"XRP/USDT\"]}");
        assertThat(again.body().get("errors").get("XRP/USDT").get("error_msg").asText())
                .isEqualTo("Pair XRP/USDT already in pairlist.");
        ApiBot.Reply deleted = bot.delete("/blacklist?pairs_to_delete=XRP/USDT&pairs_to_delete=NOPE/USDT");
        assertThat(deleted.body().get("blacklist").toString()).doesNotContain("XRP/USDT");
        assertThat(deleted.body().get("errors").get("NOPE/USDT").get("error_msg").asText())
                .isEqualTo("Pair NOPE/USDT is not in the current blacklist.");
        assertThat(bot.post("/blacklist", "{\"blacklist\": \"XRP/USDT\"}").status()).isEqualTo(422);
    }

    @Test
    void stopStartAndStopEntryChangeTheState() {
        assertThat(bot.post("/stop", "null").body().get("status").asText()).isEqualTo("stopping trader ...");
        ApiBot.awaitTrue(() -> "stopped".equals(bot.get("/show_config").body().get("state").asText()));
        assertThat(bot.post("/forceenter", "{\"pair\": \"BTC/USDT\"}").body().get("error").asText())
                .endsWith("trader is not running");
        assertThat(bot.post("/stop", "{}").body().get("status").asText()).isEqualTo("already stopped");
        assertThat(bot.post("/start", "{}").body().get("status").asText()).isEqualTo("starting trader ...");
        ApiBot.awaitTrue(() -> "running".equals(bot.get("/show_config").body().get("state").asText()));
        assertThat(bot.post("/stopbuy", "null").body().get("status").asText())
                .isEqualTo("No more entries will occur from now. Run /reload_config to reset.");
    }

    @Test
    void reloadConfigKeepsTheServerAndComesBackRunning() {
        long id = enter("BTC/USDT");
        assertThat(bot.post("/reload_config", "null").body().get("status").asText()).isEqualTo("Reloading config ...");
        ApiBot.awaitTrue(() -> {
            ApiBot.Reply status = bot.get("/status");
            return status.status() == 200 && status.body().size() == 1;
        });
        assertThat(bot.get("/status").body().get(0).get("trade_id").asLong()).isEqualTo(id);
        JsonNode health = bot.get("/health").body();
        assertThat(health.get("last_process_ts").isIntegralNumber() || health.get("last_process_ts").isNull()).isTrue();
    }

    @Test
    void candlesAndPlotConfigOfTheRunningStrategy() {
        JsonNode candles = bot.get("/pair_candles?pair=BTC/USDT&timeframe=1m&limit=10").body();
        assertThat(candles.get("length").asInt()).isEqualTo(10);
        assertThat(candles.get("columns").toString()).contains("sma");
        assertThat(bot.get("/pair_candles?pair=BTC/USDT").status()).isEqualTo(422);
        JsonNode empty = bot.get("/pair_candles?pair=NOPE/USDT&timeframe=1m").body();
        assertThat(empty.get("length").asInt()).isZero();
        JsonNode plot = bot.get("/plot_config").body();
        assertThat(plot.get("main_plot").has("sma")).isTrue();
        assertThat(plot.get("subplots").isObject()).isTrue();
        assertThat(bot.get("/strategy/ApiTestStrategy").body().get("code").asText()).contains("class ApiTestStrategy");
        assertThat(bot.get("/strategy/Other").status()).isEqualTo(404);
        assertThat(bot.get("/strategy/a:b").status()).isEqualTo(400);
        assertThat(bot.get("/strategies").body().get("strategies").toString()).contains("ApiTestStrategy");
    }
}
