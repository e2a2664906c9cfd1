package dev.hertz.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** A real WebSocket client follows a running bot: fills pushed as they happen, new candles, analysed frames on request. */
class WsBotTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private ApiBot bot;
    private WebSocket socket;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        bot = new ApiBot(dir, "{}");
        StringBuilder partial = new StringBuilder();
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + bot.port() + "/api/v1/message/ws?token=ws-secret"),
                        new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                                partial.append(data);
                                if (last) {
                                    try {
                                        received.add(JSON.readTree(partial.toString()));
                                    } catch (IOException e) {
                                        throw new UncheckedIOException(e);
                                    }
                                    partial.setLength(0);
                                }
                                ws.request(1);
                                return null;
                            }
                        }).join();
    }

    @AfterEach
    void stop() {
        socket.abort();
        bot.close();
    }

    private List<JsonNode> ofType(String type) {
        return received.stream().filter(m -> type.equals(m.path("type").asText())).toList();
    }

    @Test
    void fillsArePushedToSubscribersAsTradesHappen() {
        socket.sendText("{\"type\":\"subscribe\",\"data\":[\"whitelist\",\"entry_fill\",\"exit_fill\",\"entry_cancel\","
                + "\"exit_cancel\",\"new_candle\"]}", true).join();
        socket.sendText("{\"type\":\"whitelist\",\"data\":\"\"}", true).join();
        ApiBot.awaitTrue(() -> !ofType("whitelist").isEmpty());
        assertThat(ofType("whitelist").get(0).get("data").toString()).contains("BTC/USDT", "XRP/USDT");

        long id = bot.post("/forceenter", "{\"pair\": \"ETH/USDT\"}").body().get("trade_id").asLong();
        ApiBot.awaitTrue(() -> !ofType("entry_fill").isEmpty());
        JsonNode fill = ofType("entry_fill").get(0);
        assertThat(fill.get("trade_id").asLong()).isEqualTo(id);
        assertThat(fill.get("pair").asText()).isEqualTo("ETH/USDT");
        assertThat(fill.get("direction").asText()).isEqualTo("Long");
        assertThat(fill.get("open_rate").asDouble()).isPositive();
        assertThat(fill.get("open_date").asText()).endsWith("+00:00");
        assertThat(ofType("entry")).as("not subscribed").isEmpty();

        bot.post("/forceexit", "{\"tradeid\": " + id + ", \"ordertype\": \"market\"}");
        ApiBot.awaitTrue(() -> !ofType("exit_fill").isEmpty());
        JsonNode exit = ofType("exit_fill").get(0);
        assertThat(exit.get("trade_id").asLong()).isEqualTo(id);
        assertThat(exit.get("exit_reason").asText()).isEqualTo("force_exit");
        assertThat(exit.get("is_final_exit").asBoolean()).isTrue();

        bot.advance(Duration.ofMinutes(1));
        ApiBot.awaitTrue(() -> !ofType("new_candle").isEmpty());
        assertThat(ofType("new_candle").get(0).get("data").toString()).matches("\\[\"[A-Z]+/USDT\",\"1m\",\"spot\"]");
    }

    @Test
    void clientsStayConnectedAcrossReloadConfig() {
        socket.sendText("{\"type\":\"subscribe\",\"data\":[\"status\",\"startup\"]}", true).join();
        ApiBot.awaitTrue(() -> bot.api().connectedClients() == 1);
        assertThat(bot.post("/reload_config", "{}").status()).isEqualTo(200);
        ApiBot.awaitTrue(() -> ofType("status").stream().anyMatch(m -> m.get("status").asText().equals("config reloaded")));
        ApiBot.awaitTrue(() -> !ofType("startup").isEmpty());
        assertThat(bot.api().connectedClients()).isEqualTo(1);
    }

    @Test
    void analysedFramesOnRequestInPandasSplitForm() throws IOException {
        socket.sendText("{\"type\":\"analyzed_df\",\"data\":{\"limit\":5,\"pair\":\"BTC/USDT\"}}", true).join();
        ApiBot.awaitTrue(() -> !ofType("analyzed_df").isEmpty());
        JsonNode data = ofType("analyzed_df").get(0).get("data");
        assertThat(data.get("key").toString()).isEqualTo("[\"BTC/USDT\",\"1m\",\"spot\"]");
        assertThat(data.get("la").asText()).endsWith("+00:00");
        JsonNode df = data.get("df");
        assertThat(df.get("__type__").asText()).isEqualTo("dataframe");
        JsonNode split = JSON.readTree(df.get("__value__").asText());
        assertThat(split.get("columns").toString()).contains("\"date\"", "\"close\"", "\"sma\"");
        assertThat(split.get("data")).hasSize(5);
        assertThat(split.get("index")).hasSize(5);
        assertThat(split.get("data").get(0).get(0).isIntegralNumber()).as("dates in epoch ms").isTrue();
        assertThat(split.get("index").get(4).asInt()).isEqualTo(split.get("index").get(0).asInt() + 4);

        received.clear();
        socket.sendText("{\"type\":\"analyzed_df\",\"data\":{}}", true).join();
        ApiBot.awaitTrue(() -> ofType("analyzed_df").size() == 4);
    }
}
