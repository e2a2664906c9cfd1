package dev.hertz.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.data.Candles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FreqUI's backtesting page against a real webserver: start a backtest, poll it to its result,
 * then browse, load, annotate, chart and delete the stored result; bad requests change nothing.
 */
class WebserverBacktestTest {
    private static final String STRATEGY = """
            import dev.hertz.core.strategy.*;
            import java.util.Map;

            public class BtStrategy extends Strategy {
                public BtStrategy() {
                    timeframe = "5m";
                    minimalRoi = Map.of(0, 0.005);
                    stoploss = -0.05;
                }

                public Frame populateIndicators(Frame df, Metadata metadata) {
                    return df;
                }

                public Frame populateEntryTrend(Frame df, Metadata metadata) {
                    return df.signal(Frame.ENTER_LONG, df.mask(i -> i % 10 == 0));
                }

                public Frame populateExitTrend(Frame df, Metadata metadata) {
                    return df;
                }
            }
            """;
    private static final long START = 1_700_000_100_000L - 1_700_000_100_000L % 300_000;

    @TempDir
    static Path dir;
    private static WebserverFixture web;

    @BeforeAll
    static void start() throws IOException {
        web = new WebserverFixture(dir, "BtStrategy", STRATEGY,
                "{\"export\": \"trades\", \"dry_run_wallet\": 1000, \"max_open_trades\": 2, "
                        + "\"exchange\": {\"name\": \"sim\", \"pair_whitelist\": [\"BTC/USDT\", \"ETH/USDT\"]}}");
        web.store("BTC/USDT", "5m", wave(100, 600));
        web.store("ETH/USDT", "5m", wave(20, 600));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    /** A price swinging ±3 % around {@code base}, so entries meet ROI and stops. */
    private static Candles wave(double base, int rows) {
        long[] date = new long[rows];
        double[] open = new double[rows];
        double[] high = new double[rows];
        double[] low = new double[rows];
        double[] close = new double[rows];
        double[] volume = new double[rows];
        for (int i = 0; i < rows; i++) {
            date[i] = START + i * 300_000L;
            open[i] = base * (1 + 0.03 * Math.sin(i / 7.0));
            close[i] = base * (1 + 0.03 * Math.sin((i + 1) / 7.0));
            high[i] = Math.max(open[i], close[i]) * 1.002;
            low[i] = Math.min(open[i], close[i]) * 0.998;
            volume[i] = 10;
        }
        return Candles.of(date, open, high, low, close, volume);
    }

    private static JsonNode get(String path) {
        return WebserverFixture.json(web.call("GET", path, "null"));
    }

    @Test
    void aBacktestRunsToItsResultAndIsStoredInTheHistory() throws IOException {
        assertThat(get("/backtest").get("status").asText()).isIn("not_started", "reset", "ended", "error");
        HttpResponse<String> started = web.call("POST", "/backtest", """
                {"strategy": "BtStrategy", "timeframe": "5m", "timerange": null, "max_open_trades": 2,
                 "stake_amount": "unlimited", "enable_protections": false, "dry_run_wallet": 1000,
                 "backtest_cache": "none", "freqaimodel": null}""");
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(WebserverFixture.json(started).toString()).isEqualTo("{\"status\":\"running\",\"running\":true,"
                + "\"status_msg\":\"Backtest started\",\"step\":\"startup\",\"progress\":0.0,\"trade_count\":null,"
                + "\"backtest_result\":null}");
        ApiBot.awaitTrue(() -> !get("/backtest").get("running").asBoolean());

        JsonNode ended = get("/backtest");
        assertThat(ended.get("status").asText()).as(ended.toString()).isEqualTo("ended");
        assertThat(ended.get("step").asText()).isEqualTo("finished");
        JsonNode result = ended.get("backtest_result");
        JsonNode stats = result.get("strategy").get("BtStrategy");
        assertThat(stats.get("total_trades").asInt()).isPositive();
        assertThat(stats.get("trades")).hasSize(stats.get("total_trades").asInt());
        assertThat(stats.get("pairlist").toString()).isEqualTo("[\"BTC/USDT\",\"ETH/USDT\"]");
        assertThat(stats.get("max_open_trades").asInt()).isEqualTo(2);
        JsonNode metadata = result.get("metadata").get("BtStrategy");
        String stem = metadata.get("filename").asText();
        assertThat(stem).matches("backtest-result-\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d");
        assertThat(metadata.get("strategy").asText()).isEqualTo("BtStrategy");
        assertThat(metadata.get("run_id").asText()).matches("[0-9a-f]{40}");
        JsonNode fixture = Shapes.fixture("backtest/backtest_get_end.json");
        JsonNode recorded = fixture.get("backtest_result");
        assertThat(Shapes.differences(recorded.get("strategy").get("SampleStrategy"), stats, Set.of()))
                .as("statistics keys and JSON types of FreqUI's recording").isEmpty();
        assertThat(Shapes.differences(recorded.get("metadata").get("SampleStrategy"), metadata, Set.of()))
                .as("metadata keys of FreqUI's recording").isEmpty();
        assertThat(Shapes.differences(recorded.get("strategy_comparison"), result.get("strategy_comparison"), Set.of()))
                .as("strategy comparison of FreqUI's recording").isEmpty();
        assertThat(ended.properties().stream().map(java.util.Map.Entry::getKey).toList())
                .containsExactlyInAnyOrderElementsOf(fixture.properties().stream().map(java.util.Map.Entry::getKey).toList());

        JsonNode history = get("/backtest/history");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("filename").asText()).isEqualTo(stem);
        assertThat(history.get(0).get("strategy").asText()).isEqualTo("BtStrategy");
        assertThat(history.get(0).get("run_id").asText()).isEqualTo(metadata.get("run_id").asText());

        JsonNode stored = get("/backtest/history/result?filename=" + stem + "&strategy=BtStrategy");
        assertThat(stored.get("status_msg").asText()).isEqualTo("Historic result");
        assertThat(stored.get("backtest_result").get("strategy").get("BtStrategy").get("total_trades").asInt())
                .isEqualTo(stats.get("total_trades").asInt());

        JsonNode noted = WebserverFixture.json(web.call("PATCH", "/backtest/history/" + stem,
                "{\"strategy\": \"BtStrategy\", \"notes\": \"first try\"}"));
        assertThat(noted.get(0).get("notes").asText()).isEqualTo("first try");
        assertThat(get("/backtest/history").get(0).get("notes").asText()).isEqualTo("first try");

        JsonNode change = get("/backtest/history/" + stem + "/market_change");
        assertThat(change.get("columns").toString()).isEqualTo("[\"date\",\"count\",\"mean\",\"rel_mean\",\"__date_ts\"]");
        assertThat(change.get("length").asInt()).isPositive();
        assertThat(change.get("data").get(0).get(1).asInt()).isEqualTo(2);

        assertThat(WebserverFixture.json(web.call("DELETE", "/backtest/history/" + stem, "null"))).isEmpty();
        try (Stream<Path> files = Files.list(web.userDataDir().resolve("backtest_results"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(stem)).toList()).isEmpty();
        }
        assertThat(WebserverFixture.json(web.call("DELETE", "/backtest", "null")).get("status").asText()).isEqualTo("reset");
        assertThat(get("/backtest").get("status").asText()).isEqualTo("not_started");
    }

    @Test
    void badRequestsAreRefusedWithTheReason() {
        HttpResponse<String> noFlag = web.call("POST", "/backtest", "{\"strategy\": \"BtStrategy\"}");
        assertThat(noFlag.statusCode()).isEqualTo(422);
        assertThat(noFlag.body()).contains("enable_protections");
        HttpResponse<String> encoded = web.call("POST", "/backtest",
                "{\"strategy\": \"a:b\", \"enable_protections\": false}");
        assertThat(encoded.statusCode()).isEqualTo(500);
        assertThat(WebserverFixture.json(encoded).get("detail").asText()).isEqualTo("base64 encoded strategies are not allowed.");
        assertThat(web.call("POST", "/backtest", "{\"strategy\": \"BtStrategy\", \"enable_protections\": false, "
                + "\"backtest_cache\": \"year\"}").statusCode()).isEqualTo(422);
        assertThat(web.call("GET", "/backtest/history/result?filename=../../config&strategy=BtStrategy", "null")
                .statusCode()).isEqualTo(404);
        assertThat(web.call("GET", "/backtest/history/result?filename=backtest-result-2020-01-01_00-00-00"
                + "&strategy=BtStrategy", "null").statusCode()).isEqualTo(404);
        assertThat(web.call("DELETE", "/backtest/history/missing", "null").statusCode()).isEqualTo(404);
        assertThat(web.call("GET", "/backtest/abort", "null").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownStrategyEndsInAnErrorNamingIt() {
        ApiBot.awaitTrue(() -> !get("/backtest").get("running").asBoolean());
        web.call("POST", "/backtest", "{\"strategy\": \"NoSuchStrategy\", \"enable_protections\": false}");
        ApiBot.awaitTrue(() -> !get("/backtest").get("running").asBoolean());
        JsonNode failed = get("/backtest");
        assertThat(failed.get("status").asText()).isEqualTo("error");
        assertThat(failed.get("status_msg").asText()).startsWith("Backtest failed with").contains("NoSuchStrategy");
        assertThat(List.of(failed.fieldNames()).size()).isEqualTo(1);
    }

    @Test
    void aHyperoptJobRunsItsEpochsAndReportsTheBest() {
        ApiBot.awaitTrue(() -> !get("/backtest").get("running").asBoolean());
        JsonNode started = WebserverFixture.json(web.call("POST", "/hyperopt", """
                {"strategy": "BtStrategy", "hyperopt_loss": "OnlyProfitHyperOptLoss", "epochs": 4,
                 "spaces": ["roi", "stoploss"], "random_state": 1, "disable_param_export": true}"""));
        assertThat(started.get("status").asText()).isEqualTo("Hyperopt started in background.");
        String id = started.get("job_id").asText();
        ApiBot.awaitTrue(() -> !get("/hyperopt/" + id).get("running").asBoolean());
        JsonNode done = get("/hyperopt/" + id);
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("success");
        assertThat(done.get("epochs_done").asInt()).isEqualTo(4);
        assertThat(done.get("result_file").asText()).matches("strategy_BtStrategy_.*\\.fthypt");
        assertThat(done.get("best").get("params_details").has("stoploss")).isTrue();
        assertThat(get("/background/" + id).get("job_category").asText()).isEqualTo("hyperopt");

        assertThat(web.call("POST", "/hyperopt", "{\"strategy\": \"BtStrategy\", \"hyperopt_loss\": "
                + "\"OnlyProfitHyperOptLoss\", \"epochs\": 0}").statusCode()).isEqualTo(400);
        assertThat(web.call("GET", "/hyperopt/no-such-job", "null").statusCode()).isEqualTo(404);
        String failing = WebserverFixture.json(web.call("POST", "/hyperopt", """
                {"strategy": "BtStrategy", "hyperopt_loss": "NoSuchLoss", "epochs": 2}""")).get("job_id").asText();
        ApiBot.awaitTrue(() -> !get("/hyperopt/" + failing).get("running").asBoolean());
        JsonNode failed = get("/hyperopt/" + failing);
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("error").asText()).contains("NoSuchLoss");
    }
}
