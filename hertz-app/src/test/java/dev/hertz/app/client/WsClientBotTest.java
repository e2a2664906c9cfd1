package dev.hertz.app.client;

import dev.hertz.app.api.ApiBot;
import dev.hertz.client.HertzClient;
import dev.hertz.client.HertzClientException;
import dev.hertz.client.WsClient;
import dev.hertz.client.WsListener;
import dev.hertz.client.WsMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@link WsClient} on a running bot: subscriptions, request replies, a refused token, and
 * reconnecting after the server hangs up. Each test trades its own pair on the shared bot.
 */
class WsClientBotTest {
    @TempDir
    static Path dir;
    private static ApiBot bot;
    private static HertzClient client;
    private final Recorder events = new Recorder();

    /** Everything the listener hears, in order, for the test to take one at a time. */
    private static final class Recorder implements WsListener {
        final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();

        @Override
        public void onMessage(WsMessage message) {
            queue.add(message);
        }

        @Override
        public void onConnected(boolean reconnected) {
            queue.add(reconnected ? "reconnected" : "connected");
        }

        @Override
        public void onDisconnected(int code, String reason) {
            queue.add("disconnected");
        }

        /** The next event that is {@code expected} or a message of that type; fails after a generous bound. */
        Object next(String expected) {
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (System.nanoTime() < deadline) {
                    Object e = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    if (expected.equals(e) || e instanceof WsMessage m && m.type().equals(expected)) {
                        return e;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new AssertionError("no " + expected + " within 60 s");
        }

        WsMessage message(String type) {
            return (WsMessage) next(type);
        }
    }

    @BeforeAll
    static void start() {
        bot = new ApiBot(dir, "{}");
        client = HertzClient.create("http://127.0.0.1:" + bot.port(), ApiBot.USER, ApiBot.PASSWORD);
    }

    @AfterAll
    static void stop() {
        client.close();
        bot.close();
    }

    @Test
    void subscribedMessagesAndRequestRepliesArrive() {
        try (WsClient ws = WsClient.builder(client.baseUrl()).token("ws-secret").subscribe("entry_fill")
                .listener(events).connect()) {
            assertThat(events.next("connected")).isEqualTo("connected");
            assertThat(ws.isConnected()).isTrue();
            ws.requestWhitelist();
            assertThat(events.message("whitelist").as(List.class)).contains("BTC/USDT", "XRP/USDT");

            long id = client.forceenter("ETH/USDT", "long").tradeId();
            WsMessage fill = events.message("entry_fill");
            assertThat(fill.json().get("trade_id").asLong()).isEqualTo(id);
            assertThat(fill.json().get("pair").asText()).isEqualTo("ETH/USDT");
            assertThat(fill.json().get("direction").asText()).isEqualTo("Long");

            ws.requestAnalyzedDf(5, "BTC/USDT");
            WsMessage frame = events.message("analyzed_df");
            assertThat(frame.data().get("key").toString()).isEqualTo("[\"BTC/USDT\",\"1m\",\"spot\"]");
            assertThat(frame.data().get("df").get("__type__").asText()).isEqualTo("dataframe");
            ws.close();
            assertThat(ws.isConnected()).isFalse();
        }
    }

    @Test
    void accessTokensFromTheClientOpenTheSocket() {
        try (WsClient ws = WsClient.builder(client).subscribe("whitelist", "exit_fill").listener(events).connect()) {
            events.next("connected");
            assertThat(ws.subscriptions()).containsExactly("whitelist", "exit_fill");
            long id = client.forceenter("SOL/USDT", null).tradeId();
            client.forceexit(String.valueOf(id), "market", null, null);
            assertThat(events.message("exit_fill").as(Map.class)).containsEntry("trade_id", (int) id);
        }
    }

    @Test
    void aRefusedTokenFailsTheFirstConnect() {
        HertzClientException e = catchThrowableOfType(HertzClientException.class,
                () -> WsClient.builder(client.baseUrl()).token("not-the-token").connect());
        assertThat(e.status()).isEqualTo(403);
        assertThat(e.detail()).isEqualTo("The server refused the WebSocket token.");
        assertThat(e.getMessage()).doesNotContain("not-the-token");
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> WsClient.builder(client.baseUrl()).subscribe("fills"))).hasMessageStartingWith("Unknown message type 'fills'");
    }

    @Test
    void afterTheServerHangsUpItReconnectsAndSubscribesAgain() {
        try (WsClient ws = WsClient.builder(client).subscribe("entry_fill").reconnectDelay(Duration.ofMillis(100))
                .listener(events).connect()) {
            events.next("connected");
            // freqtrade's server closes a connection whose analyzed_df request is not an object
            ws.send("analyzed_df", "not an object");
            events.next("disconnected");
            events.next("reconnected");
            assertThat(ws.isConnected()).isTrue();
            long id = client.forceenter("XRP/USDT", null).tradeId();
            assertThat(events.message("entry_fill").json().get("trade_id").asLong()).isEqualTo(id);
        }
    }
}
