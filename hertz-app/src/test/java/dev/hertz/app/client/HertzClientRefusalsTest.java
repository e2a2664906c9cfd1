package dev.hertz.app.client;

import dev.hertz.app.api.ApiBot;
import dev.hertz.client.HertzClient;
import dev.hertz.client.HertzClientException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A real bot's refusals reach the caller as {@link HertzClientException} with the status and
 * the server's own message; JWT login works like Basic; bot control changes the bot's state.
 */
class HertzClientRefusalsTest {
    @TempDir
    static Path dir;
    private static ApiBot bot;
    private static String url;
    private static HertzClient client;

    @BeforeAll
    static void start() {
        bot = new ApiBot(dir, "{}");
        url = "http://127.0.0.1:" + bot.port();
        client = HertzClient.create(url, ApiBot.USER, ApiBot.PASSWORD);
    }

    @AfterAll
    static void stop() {
        client.close();
        bot.close();
    }

    private static HertzClientException refusal(ThrowingCallable call) {
        HertzClientException e = catchThrowableOfType(HertzClientException.class, call);
        assertThat(e).as("a refusal").isNotNull();
        return e;
    }

    /** Waits for the bot's state, through the moment of a reload when the API may refuse. */
    private static void awaitState(String state) {
        ApiBot.awaitTrue(() -> {
            try {
                return state.equals(client.showConfig().state()) && client.health().lastProcessTs() != null;
            } catch (HertzClientException reloading) {
                return false;
            }
        });
    }

    @Test
    void aWrongPasswordIs401() {
        try (HertzClient basic = HertzClient.create(url, ApiBot.USER, "wrong");
             HertzClient jwt = HertzClient.builder(url).jwtAuth(ApiBot.USER, "wrong").build()) {
            HertzClientException e = refusal(basic::status);
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.detail()).isEqualTo("Unauthorized");
            assertThat(e.getMessage()).isEqualTo("HTTP 401 from GET /api/v1/status: Unauthorized");
            HertzClientException login = refusal(jwt::status);
            assertThat(login.status()).isEqualTo(401);
            assertThat(login.detail()).isEqualTo("Incorrect username or password");
            assertThat(login.request()).isEqualTo("POST /api/v1/token/login");
            assertThat(basic.ping().status()).isEqualTo("not_running");
        }
    }

    @Test
    void jwtLoginReachesEveryRoute() {
        try (HertzClient jwt = HertzClient.builder(url).jwtAuth(ApiBot.USER, ApiBot.PASSWORD).build()) {
            assertThat(jwt.showConfig().botName()).isEqualTo("apitest");
            assertThat(jwt.status()).isNotNull();
            assertThat(jwt.login().refreshToken()).isNotBlank();
            assertThat(jwt.accessToken()).isNotBlank();
        }
    }

    @Test
    void unknownTradesAreNotFound() {
        HertzClientException e = refusal(() -> client.trade(4242));
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.detail()).isEqualTo("Trade not found.");
        HertzClientException delete = refusal(() -> client.deleteTrade(4242));
        assertThat(delete.status()).isEqualTo(502);
        assertThat(delete.detail()).isEqualTo("Error querying /api/v1/trades/4242: invalid argument");
        assertThat(refusal(() -> client.cancelOpenOrder(4242)).detail()).endsWith("Invalid trade_id.");
        assertThat(refusal(() -> client.reloadTrade(4242)).status()).isEqualTo(502);
        assertThat(refusal(() -> client.forceexit("4242")).detail())
                .isEqualTo("Error querying /api/v1/forceexit: invalid argument");
        assertThat(refusal(() -> client.listCustomData(4242, null)).status()).isEqualTo(404);
    }

    @Test
    void badRequestsCarryTheServersReason() {
        HertzClientException market = refusal(() -> client.forceenter("NOPE/USDT", null));
        assertThat(market.status()).isEqualTo(502);
        assertThat(market.detail()).endsWith("Symbol does not exist or market is not active.");
        assertThat(refusal(() -> client.forceenter("ETH/USDT", "short")).detail()).endsWith("Can't go short on Spot markets.");
        HertzClientException naive = refusal(() -> client.lockAdd("BTC/USDT", "2099-01-01 00:00:00", null, null));
        assertThat(naive.status()).isEqualTo(422);
        assertThat(naive.detail()).startsWith("body.0.until: ");
        HertzClientException side = refusal(() -> client.forceenter("BTC/USDT", "sideways"));
        assertThat(side.status()).isEqualTo(422);
        assertThat(side.detail()).isEqualTo("body.side: Input should be 'long' or 'short'");
        assertThat(refusal(() -> client.daily(0)).detail()).endsWith("timescale must be an integer greater than 0");
        HertzClientException history = refusal(() -> client.pairHistory("BTC/USDT", "5m", "ApiTestStrategy", null, null));
        assertThat(history.status()).isEqualTo(502);
        assertThat(history.detail()).startsWith("No data for BTC/USDT, 5m");
        HertzClientException webserverOnly = refusal(client::pairlistsAvailable);
        assertThat(webserverOnly.status()).isEqualTo(503);
        assertThat(webserverOnly.detail()).isEqualTo("Bot is not in the correct state.");
        assertThat(refusal(() -> client.strategy("Other")).status()).isEqualTo(404);
    }

    @Test
    void botControl() {
        assertThat(client.stop().status()).isEqualTo("stopping trader ...");
        awaitState("stopped");
        assertThat(client.ping().status()).isEqualTo("not_running");
        assertThat(refusal(client::count).detail()).endsWith("trader is not running");
        assertThat(client.stop().status()).isEqualTo("already stopped");
        assertThat(client.start().status()).isEqualTo("starting trader ...");
        awaitState("running");
        assertThat(client.ping().status()).isEqualTo("pong");
        assertThat(client.stopbuy().status()).isEqualTo("No more entries will occur from now. Run /reload_config to reset.");
        assertThat(client.pause().status()).isNotBlank();
        assertThat(client.reloadConfig().status()).isEqualTo("Reloading config ...");
        awaitState("running");
        assertThat(client.count().max()).isEqualTo(3);
    }
}
