package dev.hertz.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.app.ApiService;
import dev.hertz.app.AppContext;
import dev.hertz.core.config.ConfigArgs;
import dev.hertz.core.config.Configuration;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.data.history.DataFormat;
import dev.hertz.core.data.history.HistoryStore;
import dev.hertz.core.data.history.SeriesKey;
import dev.hertz.core.logging.LoggingSetup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * A real {@code webserver} (API without a bot) on a free loopback port over a user directory in
 * {@code dir}: one strategy source, a sim-exchange config (user {@code web}, password
 * {@code server}) with {@code extraConfig} merged on top, and stored candles added by the test.
 */
final class WebserverFixture implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final LoadedConfig loaded;
    private final ApiService api;

    WebserverFixture(Path dir, String strategyName, String strategySource, String extraConfig) throws IOException {
        Files.createDirectories(dir.resolve("user_data/strategies"));
        Files.writeString(dir.resolve("user_data/strategies/" + strategyName + ".java"), strategySource);
        ObjectNode config = (ObjectNode) JSON.readTree("""
                {
                  "stake_currency": "USDT",
                  "stake_amount": 10,
                  "dry_run": true,
                  "exchange": {"name": "sim", "pair_whitelist": ["BTC/USDT", "ETH/USDT", "SOL/USDT"]},
                  "pairlists": [{"method": "StaticPairList"}],
                  "api_server": {"enabled": true, "listen_ip_address": "127.0.0.1", "listen_port": 8080,
                                 "username": "web", "password": "server", "jwt_secret_key": "0123456789abcdef0123456789abcdef"}
                }
                """);
        config.setAll((ObjectNode) JSON.readTree(extraConfig));
        // a free port of its own, so test classes never meet each other's server
        ((ObjectNode) config.get("api_server")).put("listen_port", ApiBot.freePort());
        Files.writeString(dir.resolve("config.json"), config.toPrettyString());
        ConfigArgs args = ConfigArgs.builder().config(dir.resolve("config.json").toString())
                .userDir(dir.resolve("user_data").toString()).runMode(RunMode.WEBSERVER).build();
        loaded = new Configuration(args, Map.of(), InputStream.nullInputStream(), dir).load();
        AppContext ctx = new AppContext(LoggingSetup.install(), InputStream.nullInputStream(),
                new PrintStream(PrintStream.nullOutputStream()), Map.of("HERTZ_UI_DIR", dir.resolve("ui").toString()), dir);
        api = ApiService.forWebserver(ctx, loaded);
    }

    /** Stores candles in the data directory in freqtrade's feather layout. */
    void store(String pair, String timeframe, Candles candles) {
        new HistoryStore(Path.of(loaded.config().path("datadir").asText()), DataFormat.FEATHER)
                .store(new SeriesKey(pair, timeframe, CandleType.SPOT), candles);
    }

    Path userDataDir() {
        return Path.of(loaded.config().path("user_data_dir").asText());
    }

    HttpResponse<String> call(String method, String path, String body) {
        String auth = Base64.getEncoder().encodeToString("web:server".getBytes(StandardCharsets.UTF_8));
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/v1" + path))
                            .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    @Override
    public void close() {
        api.close();
    }
}
