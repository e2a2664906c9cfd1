package dev.hertz.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.data.Candles;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.builtin.SampleStrategy;
import dev.hertz.optimize.backtest.RunCounters;
import dev.hertz.optimize.backtest.StrategyRun;
import dev.hertz.optimize.results.BacktestReport;
import dev.hertz.optimize.results.BacktestResultFiles;
import dev.hertz.optimize.results.BacktestStats;
import dev.hertz.optimize.results.MarketChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code backtesting-show} and {@code backtesting-analysis} run in-process on result files written by Hertz. */
class BacktestingCommandsTest {
    private static final Instant MIN = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant MAX = Instant.parse("2024-01-05T00:00:00Z");

    @TempDir
    Path cwd;

    private static Trade trade(String pair, String open, String close, double ratio, double abs, String tag, String reason) {
        Trade t = new Trade();
        t.setPair(pair);
        t.setOpen(false);
        t.setOpenDate(Instant.parse(open));
        t.setCloseDate(Instant.parse(close));
        t.setCloseProfit(ratio);
        t.setCloseProfitAbs(abs);
        t.setStakeAmount(100);
        t.setAmount(1);
        t.setOpenRate(100);
        t.setCloseRate(100 * (1 + ratio));
        t.setEnterTag(tag);
        t.setExitReason(reason);
        return t;
    }

    private static ObjectNode result() throws Exception {
        HertzConfig config = HertzConfig.from((ObjectNode) new ObjectMapper().readTree(
                "{\"stake_currency\": \"USDT\", \"stake_amount\": 100, \"dry_run_wallet\": 1000}"));
        List<Trade> trades = List.of(
                trade("BTC/USDT", "2024-01-01T00:00:00Z", "2024-01-01T05:00:00Z", 0.05, 5, "breakout", "roi"),
                trade("ETH/USDT", "2024-01-02T00:00:00Z", "2024-01-02T10:00:00Z", -0.1, -10, "dip", "stop_loss"),
                trade("BTC/USDT", "2024-01-03T00:00:00Z", "2024-01-04T00:00:00Z", 0.02, 2, "dip", "roi"));
        Candles btc = Candles.of(new long[] {MIN.toEpochMilli(), MAX.toEpochMilli()}, new double[] {1, 1},
                new double[] {1, 1}, new double[] {1, 1}, new double[] {100, 120}, new double[] {1, 1});
        StrategyRun run = new StrategyRun("SampleStrategy", new SampleStrategy(), config, List.of("BTC/USDT", "ETH/USDT"),
                trades, List.of(), MIN, MAX, RunCounters.NONE, 1000, 997, 2, 2, "5m", null, null, false,
                Map.of("BTC/USDT", btc), MIN, MIN.plusSeconds(2));
        return BacktestStats.result(List.of(run), Map.of("SampleStrategy", "run1"));
    }

    private Path writeResult() throws Exception {
        Path dir = cwd.resolve("user_data/backtest_results");
        Files.createDirectories(dir);
        ObjectNode result = result();
        BacktestResultFiles.write(dir, result, MarketChange.series(Map.of(), List.of(), MIN, MAX),
                LocalDateTime.parse("2024-02-01T10:00:00"));
        return dir;
    }

    @Test
    void showPrintsTheLatestResultsReport() throws Exception {
        writeResult();
        CliRunner.Result r = new CliRunner(cwd).run("backtesting-show", "--breakdown", "day", "--show-pair-list");
        assertThat(r.exitCode()).as(r.log()).isZero();
        String expected = BacktestReport.render(BacktestResultFiles.load(cwd.resolve("user_data/backtest_results")),
                List.of("day"));
        assertThat(r.out()).startsWith(expected);
        assertThat(r.out()).contains("Result for strategy SampleStrategy", "BACKTESTING REPORT", "DAY BREAKDOWN",
                "SUMMARY METRICS", "STRATEGY SUMMARY");
        assertThat(r.out()).contains("│ BTC/USDT │      2 │          3.5 │           7.000 │          0.7 │     14:30:00 │");
        assertThat(r.out()).endsWith("""
                Pairs for Strategy SampleStrategy:\s
                [
                "BTC/USDT",  // 3.50%
                "ETH/USDT",  // -10.00%
                ]
                """);
    }

    @Test
    void showReadsANamedFile() throws Exception {
        Path dir = writeResult();
        Path file = dir.resolve("backtest-result-2024-02-01_10-00-00.json");
        CliRunner.Result r = new CliRunner(cwd).run("backtesting-show", "--backtest-filename", file.toString());
        assertThat(r.exitCode()).as(r.log()).isZero();
        assertThat(r.out()).contains("│ Absolute profit             │ -3 USDT");
    }

    @Test
    void showWithoutResultsExplainsWhy() throws Exception {
        Files.createDirectories(cwd.resolve("user_data"));
        CliRunner.Result r = new CliRunner(cwd).run("backtesting-show", "--export-filename", cwd.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.log()).contains("does not seem to contain backtest statistics yet");
        assertThat(new CliRunner(cwd).run("backtesting-show", "--breakdown", "year").exitCode()).isEqualTo(2);
    }

    @Test
    void analysisPrintsTheGroupTables() throws Exception {
        writeResult();
        CliRunner.Result r = new CliRunner(cwd).run("backtesting-analysis", "--analysis-groups", "0", "2",
                "--indicator-list", "profit_abs", "rsi");
        assertThat(r.exitCode()).as(r.log()).isZero();
        assertThat(r.out()).contains("Group 0:", "Group 2:", "Indicators:");
        // dip: one loss of -10 and one win of 2
        assertThat(r.out()).contains("│ dip          │              2 │    1 │      1 │           2.000 │         -10.000 │     -8.000 │");
        assertThat(r.out()).contains("│          dip │   stop_loss │        1 │        -10.000 │");
        assertThat(r.log()).contains("Indicator rsi is not a column of the stored trades");

        CliRunner.Result filtered = new CliRunner(cwd).run("backtesting-analysis", "--analysis-groups", "1",
                "--enter-reason-list", "breakout");
        assertThat(filtered.out()).contains("breakout").doesNotContain("dip");
        assertThat(new CliRunner(cwd).run("backtesting-analysis", "--analysis-groups", "7").exitCode()).isEqualTo(2);
    }

    @Test
    void analysisWritesCsvFilesBesideTheResults() throws Exception {
        Path dir = writeResult();
        CliRunner.Result r = new CliRunner(cwd).run("backtesting-analysis", "--analysis-groups", "1", "--analysis-to-csv");
        assertThat(r.exitCode()).as(r.log()).isZero();
        assertThat(r.out()).isEqualTo("Saved Group 1: to " + dir.resolve("group_1.csv") + "\n");
        assertThat(Files.readString(dir.resolve("group_1.csv"))).startsWith(",enter_reason,num_buys,");
        CliRunner.Result missing = new CliRunner(cwd).run("backtesting-analysis", "--analysis-groups", "1",
                "--analysis-to-csv", "--analysis-csv-path", "nowhere");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.log()).contains("Specified directory " + cwd.resolve("nowhere") + " does not exist.");
    }
}
