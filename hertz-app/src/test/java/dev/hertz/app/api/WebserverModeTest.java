package dev.hertz.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.data.Candles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code webserver}: the API without a bot, for strategies, stored data and the pairlist configurator. */
class WebserverModeTest {
    private static final String STRATEGY = """
            import dev.hertz.core.strategy.*;
            import java.util.Map;

            public class WebStrategy extends Strategy {
                public WebStrategy() {
                    timeframe = "5m";
                    minimalRoi = Map.of(0, 0.1);
                    stoploss = -0.1;
                }

                public Map<String, Object> plotConfig() {
                    return Map.of("main_plot", Map.of("sma", Map.of()));
                }

                public Frame populateIndicators(Frame df, Metadata metadata) {
                    return df.set("sma", ta.sma(df.close(), 3));
                }

                public Frame populateEntryTrend(Frame df, Metadata metadata) {
                    return df.signal(Frame.ENTER_LONG, df.mask(i -> i % 4 == 0));
                }

                public Frame populateExitTrend(Frame df, Metadata metadata) {
                    return df.signal(Frame.EXIT_LONG, df.mask(i -> false));
                }
            }
            """;
    @TempDir
    static Path dir;
    private static WebserverFixture web;

    @BeforeAll
    static void start() throws IOException {
        web = new WebserverFixture(dir, "WebStrategy", STRATEGY, "{}");
        int rows = 100;
        long start = 1_700_000_100_000L - 1_700_000_100_000L % 300_000;
        long[] date = new long[rows];
        double[] price = new double[rows];
        double[] volume = new double[rows];
        for (int i = 0; i < rows; i++) {
            date[i] = start + i * 300_000L;
            price[i] = 100 + i;
            volume[i] = 10;
        }
        web.store("BTC/USDT", "5m", Candles.of(date, price, price, price, price, volume));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static HttpResponse<String> call(String method, String path, String body) {
        return web.call(method, path, body);
    }

    private static JsonNode json(HttpResponse<String> r) {
        return WebserverFixture.json(r);
    }

    @Test
    void showConfigSaysWebserverAndTradeRoutesAnswer502() {
        JsonNode config = json(call("GET", "/show_config", "null"));
        assertThat(config.get("runmode").asText()).isEqualTo("webserver");
        assertThat(config.get("state").asText()).isEmpty();
        assertThat(config.get("api_version").asDouble()).isEqualTo(2.40);
        assertThat(Shapes.differences(Shapes.fixture("backtest/show_config_webserver.json"), config,
                java.util.Set.of())).isEmpty();
        HttpResponse<String> status = call("GET", "/status", "null");
        assertThat(status.statusCode()).isEqualTo(502);
        assertThat(json(status).get("error").asText()).isEqualTo("Error querying /api/v1/status: Bot is not in the correct state");
        assertThat(call("POST", "/forceenter", "{\"pair\": \"BTC/USDT\"}").statusCode()).isEqualTo(502);
    }

    @Test
    void strategiesAndPlotConfigByName() {
        assertThat(json(call("GET", "/strategies", "null")).get("strategies").toString()).contains("WebStrategy");
        JsonNode strategy = json(call("GET", "/strategy/WebStrategy", "null"));
        assertThat(strategy.get("timeframe").asText()).isEqualTo("5m");
        assertThat(strategy.get("code").asText()).contains("class WebStrategy");
        assertThat(call("GET", "/strategy/Missing", "null").statusCode()).isEqualTo(404);
        assertThat(json(call("GET", "/plot_config?strategy=WebStrategy", "null")).get("main_plot").has("sma")).isTrue();
        HttpResponse<String> noName = call("GET", "/plot_config", "null");
        assertThat(noName.statusCode()).isEqualTo(502);
        assertThat(noName.body()).contains("Strategy is mandatory in webserver mode.");
    }

    @Test
    void storedCandlesAnalysedByAStrategy() {
        JsonNode history = json(call("POST", "/pair_history", """
                {"pair": "BTC/USDT", "timeframe": "5m", "timerange": "", "strategy": "WebStrategy",
                 "columns": ["sma"], "live_mode": false}"""));
        assertThat(history.get("length").asInt()).isEqualTo(100);
        assertThat(history.get("strategy").asText()).isEqualTo("WebStrategy");
        assertThat(history.get("enter_long_signals").asInt()).isEqualTo(25);
        assertThat(history.get("columns").toString()).contains("sma", "__date_ts", "_enter_long_signal_close");
        HttpResponse<String> missing = call("GET",
                "/pair_history?pair=ETH/USDT&timeframe=5m&timerange=&strategy=WebStrategy&freqaimodel=None", "null");
        assertThat(missing.statusCode()).isEqualTo(502);
        assertThat(json(missing).get("detail").asText()).startsWith("No data for ETH/USDT, 5m");
        JsonNode available = json(call("GET", "/available_pairs?timeframe=&stake_currency=", "null"));
        assertThat(available.get("pairs").toString()).isEqualTo("[\"BTC/USDT\"]");
        assertThat(available.get("pair_interval").get(0).toString()).isEqualTo("[\"BTC/USDT\",\"5m\",\"spot\"]");
        assertThat(call("GET", "/available_pairs?candletype=nope", "null").statusCode()).isEqualTo(422);
    }

    @Test
    void pairlistConfiguratorRunsAnEvaluationJob() throws InterruptedException {
        JsonNode available = json(call("GET", "/pairlists/available", "null"));
        assertThat(available.get("pairlists").toString()).contains("StaticPairList", "VolumePairList");
        JsonNode started = json(call("POST", "/pairlists/evaluate", """
                {"pairlists": [{"method": "StaticPairList"}], "blacklist": ["ETH/USDT"], "stake_currency": "USDT"}"""));
        assertThat(started.get("status").asText()).isEqualTo("Pairlist evaluation started in background.");
        String id = started.get("job_id").asText();
        assertThat(id).matches("[0-9a-f-]{36}");
        ApiBot.awaitTrue(() -> !json(call("GET", "/background/" + id, "null")).get("running").asBoolean());
        JsonNode job = json(call("GET", "/background/" + id, "null"));
        assertThat(job.get("status").asText()).isEqualTo("success");
        assertThat(job.get("job_category").asText()).isEqualTo("pairlist");
        JsonNode result = json(call("GET", "/pairlists/evaluate/" + id, "null"));
        assertThat(result.get("status").asText()).isEqualTo("success");
        assertThat(result.get("result").get("whitelist").toString()).isEqualTo("[\"BTC/USDT\",\"SOL/USDT\"]");
        assertThat(call("GET", "/pairlists/evaluate/not-a-job", "null").statusCode()).isEqualTo(404);
        assertThat(json(call("DELETE", "/background/clear", "null"))).isEmpty();
        assertThat(call("GET", "/background/" + id, "null").statusCode()).isEqualTo(404);
    }

    @Test
    void aBrokenChainFailsTheJobWithTheReason() {
        JsonNode started = json(call("POST", "/pairlists/evaluate", """
                {"pairlists": [{"method": "NoSuchList"}], "blacklist": [], "stake_currency": "USDT"}"""));
        String id = started.get("job_id").asText();
        ApiBot.awaitTrue(() -> !json(call("GET", "/background/" + id, "null")).get("running").asBoolean());
        JsonNode result = json(call("GET", "/pairlists/evaluate/" + id, "null"));
        assertThat(result.get("status").asText()).isEqualTo("failed");
        assertThat(result.get("error").asText()).contains("NoSuchList");
        assertThat(call("POST", "/pairlists/evaluate", "{\"blacklist\": []}").statusCode()).isEqualTo(422);
    }
}
