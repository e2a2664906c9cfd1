package dev.hertz.app.consumer;

import static dev.hertz.app.api.ApiBot.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hertz.core.config.ExternalMessageConsumerConfig;
import dev.hertz.core.config.ExternalMessageConsumerConfig.Producer;
import dev.hertz.core.consumer.ExternalMessageConsumer;
import dev.hertz.core.consumer.ProducerData;
import dev.hertz.core.rpc.DataframeEnvelope;
import dev.hertz.core.strategy.Frame;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The consumer against producers that misbehave on purpose: a scripted one, a silent one, none at all. */
class ExternalMessageConsumerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long T0 = Instant.parse("2024-05-06T10:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;

    private final ConsumerLogs logs = new ConsumerLogs();
    private final ProducerData data = new ProducerData();
    private ExternalMessageConsumer consumer;

    @AfterEach
    void stop() {
        if (consumer != null) {
            consumer.close();
        }
        logs.close();
    }

    private static ExternalMessageConsumerConfig settings(int port, String token, int waitTimeout, int sizeLimitMib) {
        return new ExternalMessageConsumerConfig(true, List.of(new Producer("default", "127.0.0.1", port, false, token)),
                waitTimeout, 1, 1, false, 1500, sizeLimitMib);
    }

    private void start(ExternalMessageConsumerConfig settings) {
        consumer = new ExternalMessageConsumer(settings, data);
        consumer.start();
    }

    /** {@code rows} analysed 1m candles from minute {@code first}, {@code enter_long} on each. */
    private static String analyzedDf(String pair, int first, int rows) {
        long[] date = IntStream.range(first, first + rows).mapToLong(i -> T0 + i * MINUTE).toArray();
        double[] close = IntStream.range(first, first + rows).asDoubleStream().toArray();
        Frame frame = Frame.of(date, close, close, close, close, close);
        double[] enter = new double[rows];
        Arrays.fill(enter, 1);
        frame.set(Frame.ENTER_LONG, enter);
        return """
                {"type":"analyzed_df","data":{"key":["%s","1m","spot"],"df":%s,"la":"2024-05-06T12:00:00+00:00"}}
                """.formatted(pair, JSON.valueToTree(DataframeEnvelope.of(frame, 0)));
    }

    private int held(String pair) {
        return data.dataframe("default", pair, "1m", "spot").frame().length();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void subscribesAsksAndKeepsWhatTheProducerSends() {
        try (FakeProducer producer = new FakeProducer("tok")) {
            start(settings(producer.port(), "tok", 30, 8));

            awaitTrue(() -> producer.requests.size() == 3);
            assertThat(producer.requests.stream().map(ExternalMessageConsumerTest::json).toList()).containsExactly(
                    json("{\"type\":\"subscribe\",\"data\":[\"whitelist\",\"analyzed_df\"]}"),
                    json("{\"type\":\"whitelist\",\"data\":null}"),
                    json("{\"type\":\"analyzed_df\",\"data\":{\"limit\":1500,\"pair\":null}}"));

            producer.send("{\"type\":\"whitelist\",\"data\":[\"BTC/USDT\",\"ETH/USDT\"]}");
            producer.send(analyzedDf("BTC/USDT", 0, 150));
            awaitTrue(() -> held("BTC/USDT") == 150);
            assertThat(data.pairs("default")).containsExactly("BTC/USDT", "ETH/USDT");

            producer.send(analyzedDf("BTC/USDT", 150, 1));
            awaitTrue(() -> held("BTC/USDT") == 151);

            producer.send(analyzedDf("BTC/USDT", 154, 1));
            awaitTrue(() -> producer.requests.size() == 4);
            assertThat(json(producer.requests.get(3)))
                    .isEqualTo(json("{\"type\":\"analyzed_df\",\"data\":{\"limit\":5,\"pair\":\"BTC/USDT\"}}"));
            producer.send(analyzedDf("BTC/USDT", 150, 5));
            awaitTrue(() -> held("BTC/USDT") == 155);
            assertThat(producer.connections.get()).isEqualTo(1);
        }
    }

    @Test
    void garbageIsLoggedAndTheConnectionStays() {
        try (FakeProducer producer = new FakeProducer("tok")) {
            start(settings(producer.port(), "tok", 30, 8));
            awaitTrue(() -> producer.requests.size() == 3);

            producer.send("{not json");
            producer.sendBinary(new byte[] {1, 2, 3});
            producer.send(analyzedDf("BTC/USDT", 0, 150).replace("__value__", "__vaule__"));
            producer.send("{\"type\":\"whitelist\",\"data\":[\"SOL/USDT\"]}");

            awaitTrue(() -> data.pairs("default").equals(List.of("SOL/USDT")));
            assertThat(logs.lines()).anyMatch(l -> l.startsWith("ERROR Invalid message from `default`: not JSON ("));
            assertThat(logs.lines()).contains("WARN Ignoring a binary message from `default`: producers send JSON text",
                    "ERROR Invalid message from `default`: df.__value__ must be the frame's JSON text");
            assertThat(held("BTC/USDT")).isZero();
            assertThat(producer.connections.get()).isEqualTo(1);
        }
    }

    @Test
    void aMessageOverTheSizeLimitClosesTheConnectionAndTheConsumerComesBack() {
        try (FakeProducer producer = new FakeProducer("tok")) {
            start(settings(producer.port(), "tok", 30, 1));
            awaitTrue(() -> producer.requests.size() == 3);

            producer.send("{\"type\":\"whitelist\",\"data\":[\"" + "X".repeat(1_200_000) + "\"]}");

            awaitTrue(() -> producer.connections.get() == 2 && producer.requests.size() == 6);
            assertThat(producer.closeCodes).containsExactly(1000);
            assertThat(producer.closeReasons).containsExactly("message too big");
            assertThat(logs.lines()).contains("ERROR Message from `default` is larger than message_size_limit (1 MiB),"
                    + " closing the connection - retrying in 1s");
            assertThat(data.pairs("default")).isEmpty();
        }
    }

    @Test
    void aWrongTokenIsRefusedLoggedAndRetried() {
        try (FakeProducer producer = new FakeProducer("right")) {
            start(settings(producer.port(), "wrong", 30, 8));

            awaitTrue(() -> producer.refused.get() >= 2);
            assertThat(producer.connections.get()).isZero();
            assertThat(logs.lines()).contains("ERROR Connection Refused - producer `default` at ws://127.0.0.1:"
                    + producer.port() + "/api/v1/message/ws answered the handshake with HTTP 403"
                    + " (is ws_token one of its api_server.ws_token?) retrying in 1s");
            assertThat(String.join("\n", logs.lines())).doesNotContain("wrong");
        }
    }

    @Test
    void anUnreachableProducerIsRetriedAndCloseEndsTheWaiting() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        ExternalMessageConsumerConfig patient = new ExternalMessageConsumerConfig(true,
                List.of(new Producer("default", "127.0.0.1", port, false, "tok")), 30, 10, 600, false, 1500, 8);
        ExternalMessageConsumerConfig retrying = settings(port, "tok", 30, 8);

        start(retrying);
        awaitTrue(() -> logs.count("Connection Refused - producer `default` at ws://127.0.0.1:" + port) >= 2);
        consumer.close();

        start(patient);
        awaitTrue(() -> logs.count("Connection Refused") >= 3);
        consumer.close();
        assertThat(logs.lines()).last().isEqualTo("INFO Stopping ExternalMessageConsumer");
        assertThat(String.join("\n", logs.lines())).doesNotContain("did not stop");
    }

    @Test
    void aSilentProducerIsPingedAndAnsweredPongsKeepTheConnection() {
        try (FakeProducer producer = new FakeProducer("tok")) {
            start(settings(producer.port(), "tok", 1, 8));

            awaitTrue(() -> logs.count("INFO Connection to `default` still alive, latency: ") >= 2);
            assertThat(producer.connections.get()).isEqualTo(1);
        }
    }

    @Test
    void noPongWithinPingTimeoutMeansReconnecting() throws IOException {
        try (SilentProducer producer = new SilentProducer()) {
            start(settings(producer.port(), "tok", 1, 8));

            awaitTrue(() -> producer.handshakes() >= 2);
            assertThat(logs.lines()).contains("WARN Ping error `default` - no pong within 1s - retrying in 1s");
        }
    }

    @Test
    void closingTheConsumerDisconnects() {
        try (FakeProducer producer = new FakeProducer("tok")) {
            start(settings(producer.port(), "tok", 30, 8));
            awaitTrue(producer::connected);

            consumer.close();

            awaitTrue(() -> !producer.connected());
            assertThat(producer.connections.get()).isEqualTo(1);
        }
    }

    @Test
    void anInvalidHostIsReportedOnceAndNotRetried() {
        ExternalMessageConsumerConfig typo = new ExternalMessageConsumerConfig(true,
                List.of(new Producer("default", "my_producer", 8080, false, "tok")), 30, 10, 0, false, 1500, 8);
        start(typo);

        awaitTrue(() -> logs.count("is an invalid WebSocket URL") == 1);
        consumer.close();
        assertThat(logs.lines()).containsExactly("INFO Starting ExternalMessageConsumer",
                "ERROR ws://my_producer:8080/api/v1/message/ws is an invalid WebSocket URL for producer `default` - "
                        + "\"my_producer\" is not a host name: ws://my_producer:8080/api/v1/message/ws",
                "INFO Stopping ExternalMessageConsumer");
    }

    @Test
    void aDisabledSectionConnectsNowhere() {
        try (FakeProducer producer = new FakeProducer("tok")) {
            ExternalMessageConsumerConfig off = new ExternalMessageConsumerConfig(false,
                    List.of(new Producer("default", "127.0.0.1", producer.port(), false, "tok")), 30, 10, 1, false, 1500, 8);
            start(off);
            consumer.close();

            assertThat(producer.connections.get()).isZero();
            assertThat(logs.lines()).isEmpty();
        }
    }
}
