package dev.hertz.api.ws;

import dev.hertz.api.ApiServer;
import dev.hertz.api.ApiSetup;
import dev.hertz.api.auth.JwtTokens;
import dev.hertz.api.http.Route;
import dev.hertz.api.jobs.BackgroundJobs;
import dev.hertz.core.bot.BotState;
import dev.hertz.core.config.ApiServerConfig;
import dev.hertz.core.logging.LogRing;
import dev.hertz.core.rpc.BotControl;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.RpcMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The WebSocket endpoint with real clients: handshake auth, subscriptions, bad frames, slow and many clients. */
class WsEndpointTest {
    private static final String SECRET = "a-long-test-secret-of-thirty-two-bytes!";
    @TempDir
    Path ui;
    private ApiServer server;
    private final BackgroundJobs jobs = new BackgroundJobs();
    private final List<WsClient> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        ApiServerConfig config = new ApiServerConfig(true, "127.0.0.1", 0, "u", "p", SECRET,
                List.of("ws-token", "second-token"), List.of(), false, "error");
        BotControl control = new BotControl() {
            @Override
            public BotState state() {
                return BotState.RUNNING;
            }

            @Override
            public void requestState(BotState next) {
            }
        };
        Rpc rpc = new Rpc(() -> null, control, new LogRing(), Clock.systemUTC());
        server = new ApiServer(new ApiSetup(config, rpc, Route.Mode.TRADE, ui, jobs, Clock.systemUTC())).start();
    }

    @AfterEach
    void stop() {
        clients.forEach(c -> c.socket.abort());
        server.close();
        jobs.close();
    }

    private WsClient connect(String token) {
        WsClient c = WsClient.connect(server.port(), token, true);
        clients.add(c);
        return c;
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 60 s").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void handshakeNeedsAWsTokenOrAnAccessToken() {
        JwtTokens tokens = new JwtTokens(SECRET, Clock.systemUTC());
        for (String bad : new String[] {null, "", "wrong", tokens.issue("u", JwtTokens.Type.REFRESH),
                new JwtTokens(SECRET, Clock.fixed(java.time.Instant.now().minus(Duration.ofHours(1)),
                        java.time.ZoneOffset.UTC)).issue("u", JwtTokens.Type.ACCESS)}) {
            assertThatThrownBy(() -> connect(bad)).isInstanceOfSatisfying(WsClient.Refused.class,
                    r -> assertThat(r.status).isEqualTo(403));
        }
        connect("ws-token");
        connect("second-token");
        connect(tokens.issue("u", JwtTokens.Type.ACCESS));
        await(() -> server.messageStream().size() == 3);
    }

    @Test
    void onlySubscribedTypesAreDelivered() {
        WsClient c = connect("ws-token");
        await(() -> server.messageStream().size() == 1);
        server.messageStream().sendMsg(new RpcMessage.Status("before subscribing"));
        c.send("{\"type\": \"subscribe\", \"data\": [\"status\", \"warning\"]}");
        c.send("{\"type\": \"subscribe\", \"data\": [\"status\", \"no_such_type\"]}");
        c.send("{\"type\": \"subscribe\", \"data\": []}");
        c.send("{\"type\": \"no_such_request\"}");
        await(() -> {
            server.messageStream().sendMsg(new RpcMessage.Status("running"));
            return !c.received.isEmpty();
        });
        server.messageStream().sendMsg(new RpcMessage.Startup("not subscribed"));
        server.messageStream().sendMsg(new RpcMessage.Warning("careful"));
        await(() -> c.received.stream().anyMatch(m -> m.contains("careful")));
        assertThat(c.received).allMatch(m -> m.contains("\"type\":\"status\"") || m.contains("\"type\":\"warning\""));
        assertThat(c.received.get(0)).contains("\"status\":\"running\"");
        assertThat(c.received).noneMatch(m -> m.contains("before subscribing") || m.contains("not subscribed"));
    }

    @Test
    void aRequestTheBotCannotAnswerGetsTheExceptionMessage() {
        WsClient c = connect("ws-token");
        c.send("{\"type\": \"whitelist\", \"data\": \"\"}");
        await(() -> !c.received.isEmpty());
        assertThat(c.received.get(0)).isEqualTo("{\"type\":\"exception\",\"data\":\"Error processing request\"}");
    }

    @Test
    void aFrameThatIsNotJsonEndsTheConnectionOnly() throws Exception {
        WsClient bad = connect("ws-token");
        WsClient good = connect("ws-token");
        good.send("{\"type\": \"subscribe\", \"data\": [\"status\"]}");
        bad.send("this is not json");
        assertThat(bad.closedWith.get(30, TimeUnit.SECONDS)).isEqualTo(1000);
        await(() -> {
            server.messageStream().sendMsg(new RpcMessage.Status("still here"));
            return !good.received.isEmpty();
        });
        assertThat(server.messageStream().size()).isEqualTo(1);
    }

    @Test
    void aHundredClientsEachGetEveryMessage() {
        List<WsClient> readers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            readers.add(connect(i % 2 == 0 ? "ws-token" : "second-token"));
        }
        await(() -> server.messageStream().size() == 100);
        readers.forEach(r -> r.send("{\"type\": \"subscribe\", \"data\": [\"status\"]}"));
        await(() -> {
            server.messageStream().sendMsg(new RpcMessage.Status("probe"));
            return readers.stream().allMatch(r -> !r.received.isEmpty());
        });
        readers.forEach(r -> r.received.clear());
        for (int i = 0; i < 200; i++) {
            server.messageStream().sendMsg(new RpcMessage.Status("m" + i));
        }
        await(() -> readers.stream().allMatch(r -> r.received.stream().anyMatch(m -> m.contains("\"m199\""))));
        for (WsClient r : readers) {
            List<String> ours = r.received.stream().filter(m -> m.contains("\"m")).toList();
            assertThat(ours).hasSize(200);
            assertThat(ours.get(0)).contains("\"m0\"");
        }
    }

    @Test
    void aStalledClientIsDroppedWhileOthersGetEveryMessage() throws Exception {
        WsClient stalled = WsClient.connect(server.port(), "ws-token", false);
        clients.add(stalled);
        List<WsClient> readers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            readers.add(connect("ws-token"));
        }
        await(() -> server.messageStream().size() == 11);
        stalled.send("{\"type\": \"subscribe\", \"data\": [\"status\"]}");
        readers.forEach(r -> r.send("{\"type\": \"subscribe\", \"data\": [\"status\"]}"));
        Thread.sleep(200);
        // 3000 x 5 KB is far more than the socket buffers of a client that does not read
        String padding = "x".repeat(5_000);
        int total = 3000;
        for (int batch = 0; batch < total / 100; batch++) {
            for (int i = 0; i < 100; i++) {
                server.messageStream().sendMsg(new RpcMessage.Status(batch * 100 + i + " " + padding));
            }
            int expected = (batch + 1) * 100;
            await(() -> readers.stream().allMatch(r -> r.received.size() >= expected));
        }
        await(() -> server.messageStream().size() == 10);
        for (WsClient r : readers) {
            assertThat(r.received).hasSize(total);
            assertThat(r.received.get(total - 1)).contains("\"status\":\"" + (total - 1) + " ");
        }
    }
}
