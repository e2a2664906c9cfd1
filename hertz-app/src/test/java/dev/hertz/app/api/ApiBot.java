package dev.hertz.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.app.ApiService;
import dev.hertz.app.AppContext;
import dev.hertz.app.BotAssembly;
import dev.hertz.app.BotRunner;
import dev.hertz.core.bot.BotState;
import dev.hertz.core.config.ConfigArgs;
import dev.hertz.core.config.Configuration;
import dev.hertz.core.logging.LoggingSetup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A dry-run bot on the simulated exchange with its REST API on a free loopback port, run by the
 * real {@link BotRunner} and {@link ApiService} as {@code trade} runs them. Market time stands
 * still unless the test moves it, and the strategy never enters on its own: trades come from the
 * API ({@code /forceenter}), so every test knows exactly what exists.
 */
public final class ApiBot implements AutoCloseable {
    public static final String USER = "freqtrader";
    public static final String PASSWORD = "SuperSecurePassword";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant START = Instant.parse("2024-05-06T12:00:20Z");

    private static final String STRATEGY = """
            import dev.hertz.core.strategy.*;
            import java.util.Map;

            public class ApiTestStrategy extends Strategy {
                public ApiTestStrategy() {
                    timeframe = "1m";
                    minimalRoi = Map.of(0, 10.0);
                    stoploss = -0.5;
                }

                public Map<String, Object> plotConfig() {
                    return Map.of("main_plot", Map.of("sma", Map.of("color", "blue")));
                }

                public Frame populateIndicators(Frame df, Metadata metadata) {
                    return df.set("sma", ta.sma(df.close(), 5));
                }

                public Frame populateEntryTrend(Frame df, Metadata metadata) {
                    return df.signal(Frame.ENTER_LONG, df.mask(i -> false));
                }

                public Frame populateExitTrend(Frame df, Metadata metadata) {
                    return df.signal(Frame.EXIT_LONG, df.mask(i -> false));
                }
            }
            """;

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final BotRunner runner;
    private final ApiService api;
    private final Thread loop;
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    public final Path dir;

    /** @param overrides JSON merged over the base config (e.g. {@code {"trading_mode": "futures"}}) */
    public ApiBot(Path dir, String overrides) {
        this.dir = dir;
        try {
            Files.createDirectories(dir.resolve("user_data/strategies"));
            Files.writeString(dir.resolve("user_data/strategies/ApiTestStrategy.java"), STRATEGY);
            ObjectNode config = baseConfig(freePort());
            merge(config, (ObjectNode) JSON.readTree(overrides));
            Files.writeString(dir.resolve("config.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AppContext ctx = new AppContext(LoggingSetup.install(), InputStream.nullInputStream(),
                new PrintStream(PrintStream.nullOutputStream()), Map.of("HERTZ_UI_DIR", dir.resolve("ui").toString()), dir);
        ConfigArgs args = ConfigArgs.builder().config(dir.resolve("config.json").toString())
                .userDir(dir.resolve("user_data").toString()).build();
        runner = new BotRunner(() -> new Configuration(args, Map.of(), InputStream.nullInputStream(), dir).load(),
                new BotAssembly(dir, now::get));
        runner.prepare();
        api = ApiService.forBot(ctx, runner);
        base = "http://127.0.0.1:" + api.port();
        loop = new Thread(runner.worker()::run, "test-worker");
        loop.setDaemon(true);
        loop.start();
        awaitTrue(() -> runner.worker().state() == BotState.RUNNING && runner.currentBot() != null
                && runner.currentBot().lastProcess().isPresent());
    }

    private static ObjectNode baseConfig(int port) throws IOException {
        return (ObjectNode) JSON.readTree("""
                {
                  "strategy": "ApiTestStrategy",
                  "bot_name": "apitest",
                  "dry_run": true,
                  "dry_run_wallet": 1000,
                  "stake_currency": "USDT",
                  "stake_amount": 20,
                  "max_open_trades": 3,
                  "initial_state": "running",
                  "force_entry_enable": true,
                  "db_url": "sqlite:///trades.sqlite",
                  "entry_pricing": {"price_side": "other"},
                  "exit_pricing": {"price_side": "other"},
                  "exchange": {
                    "name": "sim",
                    "pair_whitelist": ["BTC/USDT", "ETH/USDT", "SOL/USDT", "XRP/USDT"],
                    "sim": {"seed": 7}
                  },
                  "pairlists": [{"method": "StaticPairList"}],
                  "internals": {"process_throttle_secs": 1},
                  "api_server": {
                    "enabled": true,
                    "listen_ip_address": "127.0.0.1",
                    "listen_port": %d,
                    "username": "%s",
                    "password": "%s",
                    "jwt_secret_key": "a-test-secret-that-is-long-enough-0123",
                    "ws_token": "ws-secret",
                    "CORS_origins": ["http://localhost:3000"]
                  }
                }
                """.formatted(port, USER, PASSWORD));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void merge(ObjectNode into, ObjectNode from) {
        from.properties().forEach(e -> {
            JsonNode current = into.get(e.getKey());
            if (current instanceof ObjectNode target && e.getValue() instanceof ObjectNode source) {
                merge(target, source);
            } else {
                into.set(e.getKey(), e.getValue());
            }
        });
    }

    /** The API's port, for WebSocket clients. */
    public int port() {
        return api.port();
    }

    public ApiService api() {
        return api;
    }

    public BotRunner runner() {
        return runner;
    }

    public void advance(Duration span) {
        now.updateAndGet(t -> t.plus(span));
    }

    /** A response: status, content type and the parsed JSON body. */
    public record Reply(int status, String contentType, JsonNode body, String text) {
    }

    public Reply get(String path) {
        return send("GET", path, "null");
    }

    public Reply post(String path, String body) {
        return send("POST", path, body);
    }

    public Reply delete(String path) {
        return send("DELETE", path, "null");
    }

    /** A request as freqtrade-client sends it: Basic auth, JSON content type, a JSON body (also on GET). */
    public Reply send(String method, String path, String body) {
        String auth = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = JSON.readTree(r.body());
            } catch (IOException notJson) {
                json = null;
            }
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), json, r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits (up to a generous bound, never as an assertion on speed) for a condition of the running bot. */
    public static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 60 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        runner.worker().shutdown();
        try {
            loop.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        api.close();
    }
}
