package dev.hertz.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code backtesting} from the command line over candles {@code download-data} took from the
 * simulated exchange: the report, the result files, the cache, several strategies, detail
 * candles, and clear refusals of bad options.
 */
class BacktestingCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The simulated market starts at a fixed time, so the downloaded candles are always the same. */
    private static final String CONFIG = """
            {"exchange": {"name": "sim", "pair_whitelist": ["BTC/USDT", "ETH/USDT"], "sim": {"start": "2024-03-10T12:00:00Z"}},
             "stake_currency": "USDT", "stake_amount": "unlimited", "max_open_trades": 2, "dry_run_wallet": 1000,
             "timeframe": "5m", "pairlists": [{"method": "StaticPairList"}],
             "entry_pricing": {"price_side": "same"}, "exit_pricing": {"price_side": "same"}}""";
    private static final String RANGE = "20240302-20240309";

    @TempDir
    static Path dir;

    @BeforeAll
    static void data() throws IOException {
        Files.createDirectories(dir.resolve("user_data"));
        Files.writeString(dir.resolve("config.json"), CONFIG);
        CliRunner.Result download = new CliRunner(dir).run("download-data", "--pairs", "BTC/USDT", "ETH/USDT",
                "-t", "5m", "1m", "--timerange", "20240301-20240309");
        assertThat(download.exitCode()).as(download.log()).isZero();
    }

    private static CliRunner.Result backtest(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "backtesting";
        System.arraycopy(args, 0, full, 1, args.length);
        return new CliRunner(dir).run(full);
    }

    private static List<Path> results() throws IOException {
        Path folder = dir.resolve("user_data/backtest_results");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("backtest-result-.*\\d\\.json")).sorted().toList();
        }
    }

    @Test
    void printsTheReportWritesTheFilesAndReusesThemFromTheCache() throws IOException {
        int before = results().size();
        CliRunner.Result run = backtest("--strategy", "SampleStrategy", "--timerange", RANGE, "--cache", "none");
        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.out()).contains("BACKTESTING REPORT", "EXIT REASON STATS", "SUMMARY METRICS",
                "Backtesting from", "2024-03-02 00:00:00", "Backtest result saved to");
        List<Path> files = results();
        assertThat(files).hasSize(before + 1);
        Path file = files.get(files.size() - 1);
        String stem = file.getFileName().toString().replace(".json", "");
        assertThat(file.resolveSibling(stem + ".meta.json")).exists();
        assertThat(file.resolveSibling(stem + "_market_change.feather")).exists();
        JsonNode last = JSON.readTree(file.resolveSibling(".last_result.json").toFile());
        assertThat(last.get("latest_backtest").asText()).isEqualTo(file.getFileName().toString());
        JsonNode stats = JSON.readTree(file.toFile()).get("strategy").get("SampleStrategy");
        assertThat(stats.get("pairlist").toString()).isEqualTo("[\"BTC/USDT\",\"ETH/USDT\"]");
        assertThat(stats.get("backtest_start").asText()).isEqualTo("2024-03-02 00:00:00");

        CliRunner.Result cached = backtest("--strategy", "SampleStrategy", "--timerange", RANGE, "--cache", "day");
        assertThat(cached.exitCode()).as(cached.log()).isZero();
        assertThat(cached.log()).contains("Reusing result of previous backtest for SampleStrategy");
        assertThat(cached.out()).contains("SUMMARY METRICS").doesNotContain("Backtest result saved to");
        assertThat(results()).hasSize(before + 1);

        CliRunner.Result again = backtest("--strategy", "SampleStrategy", "--timerange", RANGE, "--cache", "none",
                "--export", "none");
        assertThat(again.exitCode()).isZero();
        assertThat(totalTrades(again.out())).as("same data, same trades").isEqualTo(totalTrades(run.out()));
        assertThat(results()).hasSize(before + 1);
    }

    @Test
    void severalStrategiesAndDetailCandles() throws IOException {
        CliRunner.Result both = backtest("--strategy-list", "SampleStrategy", "DemoStrategy", "--timerange", RANGE,
                "--export", "none", "--cache", "none");
        assertThat(both.exitCode()).as(both.log()).isZero();
        assertThat(both.out()).contains("STRATEGY SUMMARY");
        assertThat(both.out().lines().filter(l -> l.contains("│ SampleStrategy") || l.contains("│   DemoStrategy")
                || l.contains("│ DemoStrategy"))).hasSizeGreaterThanOrEqualTo(2);

        CliRunner.Result detail = backtest("--strategy", "SampleStrategy", "--timerange", RANGE,
                "--timeframe-detail", "1m", "--export", "none", "--cache", "none");
        assertThat(detail.exitCode()).as(detail.log()).isZero();
        assertThat(detail.out()).contains("SUMMARY METRICS");
    }

    @Test
    void badOptionsAreRefusedWithTheReason() {
        CliRunner.Result coarse = backtest("--strategy", "SampleStrategy", "--timerange", RANGE,
                "--timeframe-detail", "1h");
        assertThat(coarse.exitCode()).isNotZero();
        assertThat(coarse.log() + coarse.out()).contains("Detail timeframe must be smaller than strategy timeframe.");

        CliRunner.Result noData = backtest("--strategy", "SampleStrategy", "--timerange", RANGE, "--pairs", "SOL/USDT");
        assertThat(noData.exitCode()).isNotZero();
        assertThat(noData.log() + noData.out()).contains("No data found. Terminating.");

        CliRunner.Result badRange = backtest("--strategy", "SampleStrategy", "--timerange", "yesterday");
        assertThat(badRange.exitCode()).isNotZero();
        assertThat(badRange.log() + badRange.out()).contains("timerange");

        CliRunner.Result badExport = backtest("--strategy", "SampleStrategy", "--export", "zip");
        assertThat(badExport.exitCode()).isEqualTo(2);
        assertThat(badExport.log() + badExport.out()).contains("--export: invalid choice 'zip'");

        CliRunner.Result unknown = backtest("--strategy", "NoSuchStrategy", "--timerange", RANGE);
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.log() + unknown.out()).contains("NoSuchStrategy");
    }

    /** The trade count of the TOTAL line of the first report table. */
    private static String totalTrades(String out) {
        return out.lines().filter(l -> l.contains("TOTAL")).findFirst().orElseThrow()
                .split("│")[2].trim();
    }
}
