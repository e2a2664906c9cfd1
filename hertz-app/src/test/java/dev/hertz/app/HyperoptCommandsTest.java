package dev.hertz.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.data.Candles;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.builtin.SampleStrategy;
import dev.hertz.optimize.backtest.RunCounters;
import dev.hertz.optimize.backtest.StrategyRun;
import dev.hertz.optimize.hyperopt.results.Epoch;
import dev.hertz.optimize.hyperopt.results.HyperoptResultFile;
import dev.hertz.optimize.results.BacktestStats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hyperopt-list}, {@code hyperopt-show} and {@code list-hyperoptloss} run in-process on a
 * {@code .fthypt} file written by {@link HyperoptResultFile}, its epochs carrying real backtest
 * statistics: epoch 1 (2 trades, +7, loss 3.0, best), epoch 2 (no trades, MAX_LOSS), epoch 3
 * (3 trades, −3, loss 2.0, best), epoch 4 (1 trade, +5, loss 4.0).
 */
class HyperoptCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant MIN = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant MAX = Instant.parse("2024-01-05T00:00:00Z");
    private static final String FILE = "strategy_SampleStrategy_2024-02-01_10-00-00.fthypt";

    @TempDir
    Path cwd;

    private static Trade trade(String open, String close, double ratio, double abs) {
        Trade t = new Trade();
        t.setPair("BTC/USDT");
        t.setOpen(false);
        t.setOpenDate(Instant.parse(open));
        t.setCloseDate(Instant.parse(close));
        t.setCloseProfit(ratio);
        t.setCloseProfitAbs(abs);
        t.setStakeAmount(100);
        t.setAmount(1);
        t.setOpenRate(100);
        t.setCloseRate(100 * (1 + ratio));
        t.setExitReason("roi");
        return t;
    }

    private static ObjectNode stats(List<Trade> trades) throws Exception {
        HertzConfig config = HertzConfig.from((ObjectNode) JSON.readTree(
                "{\"stake_currency\": \"USDT\", \"stake_amount\": 100, \"dry_run_wallet\": 1000}"));
        double total = trades.stream().mapToDouble(Trade::closeProfitAbs).sum();
        Candles btc = Candles.of(new long[] {MIN.toEpochMilli(), MAX.toEpochMilli()}, new double[] {1, 1},
                new double[] {1, 1}, new double[] {1, 1}, new double[] {100, 120}, new double[] {1, 1});
        StrategyRun run = new StrategyRun("SampleStrategy", new SampleStrategy(), config, List.of("BTC/USDT"), trades,
                List.of(), MIN, MAX, RunCounters.NONE, 1000, 1000 + total, 1, 1, "5m", null, null, false,
                Map.of("BTC/USDT", btc), MIN, MIN.plusSeconds(2));
        return BacktestStats.strategyStats(run);
    }

    private static Epoch epoch(int number, double loss, boolean best, List<Trade> trades) throws Exception {
        ObjectNode metrics = stats(trades);
        ObjectNode dict = JSON.createObjectNode().put("buy_rsi", 20 + number).put("stoploss", -0.05 * number);
        ObjectNode details = JSON.createObjectNode();
        details.putObject("buy").put("buy_rsi", 20 + number);
        details.putObject("stoploss").put("stoploss", -0.05 * number);
        ObjectNode fixed = JSON.createObjectNode();
        fixed.putObject("sell").put("sell_rsi", 70);
        fixed.putObject("roi").put("0", 0.1).put("30", 0.02);
        return new Epoch(loss, dict, details, fixed, metrics, Epoch.explanation(metrics, "USDT"),
                metrics.path("profit_total").asDouble(), number, number <= 2, best, false, Epoch.FILE_VERSION);
    }

    @BeforeEach
    void writeResults() throws Exception {
        Files.createDirectories(cwd.resolve("user_data"));
        HyperoptResultFile file = HyperoptResultFile.create(cwd.resolve("user_data/hyperopt_results"), "SampleStrategy",
                LocalDateTime.parse("2024-02-01T10:00:00"));
        file.append(epoch(1, 3.0, true, List.of(trade("2024-01-01T00:00:00Z", "2024-01-01T02:00:00Z", 0.05, 5),
                trade("2024-01-02T00:00:00Z", "2024-01-02T04:00:00Z", 0.02, 2))));
        file.append(epoch(2, Epoch.MAX_LOSS, false, List.of()));
        file.append(epoch(3, 2.0, true, List.of(trade("2024-01-01T00:00:00Z", "2024-01-01T01:00:00Z", 0.01, 1),
                trade("2024-01-02T00:00:00Z", "2024-01-02T01:00:00Z", -0.05, -5),
                trade("2024-01-03T00:00:00Z", "2024-01-03T01:00:00Z", 0.01, 1))));
        file.append(epoch(4, 4.0, false, List.of(trade("2024-01-01T00:00:00Z", "2024-01-01T10:00:00Z", 0.05, 5))));
    }

    private CliRunner.Result run(String... args) {
        return new CliRunner(cwd).run(args);
    }

    /** The epoch numbers of the table's rows ({@code │ * Best │   1/4 │ ...}). */
    private static List<Integer> listedEpochs(String out) {
        List<Integer> epochs = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] cells = line.split("│");
            if (cells.length > 2 && cells[2].contains("/4")) {
                epochs.add(Integer.parseInt(cells[2].strip().split("/")[0]));
            }
        }
        return epochs;
    }

    @Test
    void listPrintsEveryEpochAndTheBestDetails() {
        CliRunner.Result r = run("hyperopt-list");
        assertThat(r.exitCode()).as(r.log()).isZero();
        assertThat(r.out()).contains("Hyperopt results").contains("Max Drawdown (Acct)")
                .contains("│ * Best │   1/4 │")
                .contains("│ *      │   2/4 │")
                .contains("│ Best   │   3/4 │")
                .contains("7.000 USDT    (0.70%)")
                .contains("N/A")
                .contains("\nBest result:\n\n     3/4:      3 trades. 2/0/1 Wins/Draws/Losses.")
                .contains("buy_params = {\n        \"buy_rsi\": 23,\n    }")
                .contains("# ROI table:  # value loaded from strategy\n    minimal_roi = {\n        \"0\": 0.1,");
        assertThat(listedEpochs(r.out())).containsExactly(1, 2, 3, 4);
    }

    @Test
    void listFiltersInFreqtradesOrder() {
        assertThat(listedEpochs(run("hyperopt-list", "--best", "--no-details").out())).containsExactly(1, 3);
        assertThat(listedEpochs(run("hyperopt-list", "--profitable", "--no-details").out())).containsExactly(1, 4);
        assertThat(listedEpochs(run("hyperopt-list", "--min-trades", "1", "--max-trades", "3", "--no-details").out()))
                .containsExactly(1);
        // 2 h, 1 h and 10 h average holding: above 90 minutes are epochs 1 and 4
        assertThat(listedEpochs(run("hyperopt-list", "--min-avg-time", "90", "--no-details").out())).containsExactly(1, 4);
        assertThat(listedEpochs(run("hyperopt-list", "--max-avg-time", "90", "--no-details").out())).containsExactly(3);
        // mean profit 3.5 %, -1 %, 5 %
        assertThat(listedEpochs(run("hyperopt-list", "--min-avg-profit", "4", "--no-details").out())).containsExactly(4);
        assertThat(listedEpochs(run("hyperopt-list", "--max-avg-profit", "4", "--no-details").out())).containsExactly(1, 3);
        assertThat(listedEpochs(run("hyperopt-list", "--min-total-profit", "0", "--max-total-profit", "6",
                "--no-details").out())).containsExactly(4);
        // inverted naming: min keeps loss below, max keeps loss above; epochs without trades always go
        assertThat(listedEpochs(run("hyperopt-list", "--min-objective", "3.5", "--no-details").out()))
                .containsExactly(1, 3);
        assertThat(listedEpochs(run("hyperopt-list", "--max-objective", "2.5", "--no-details").out()))
                .containsExactly(1, 4);
    }

    @Test
    void listExportsCsvInsteadOfTheTable() throws Exception {
        CliRunner.Result r = run("hyperopt-list", "--profitable", "--no-details", "--export-csv", "epochs.csv");
        assertThat(r.exitCode()).as(r.log()).isZero();
        assertThat(r.out()).doesNotContain("Hyperopt results");
        List<String> lines = Files.readAllLines(cwd.resolve("epochs.csv"));
        assertThat(lines).containsExactly(
                "Best,Epoch,Trades,Avg profit,Median profit,Total profit,Stake currency,Profit,Avg duration,"
                        + "Trade count long,Trade count short,Objective,buy_rsi,stoploss",
                "* Best,1,2,3.50%,3.5000000000000004,0.00700000,USDT,7.00,3:00:00,2,0,3.00000,21,-0.05",
                ",4,1,5.00%,5.0,0.00500000,USDT,5.00,10:00:00,1,0,4.00000,24,-0.2");

        CliRunner.Result again = run("hyperopt-list", "--export-csv", "epochs.csv");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.log()).contains("CSV file already exists");
    }

    @Test
    void listRefusesMissingFilesAndBadOptions() {
        CliRunner.Result missing = run("hyperopt-list", "--hyperopt-filename", "nope.fthypt");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.log()).contains("nope.fthypt not found");
        CliRunner.Result path = run("hyperopt-list", "--hyperopt-filename", "/tmp/x.fthypt");
        assertThat(path.exitCode()).isEqualTo(2);
        assertThat(path.log()).contains("expects only the filename");
        assertThat(run("hyperopt-list", "--min-trades", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void showPrintsTheChosenEpochAndExportsItsParameters() throws Exception {
        CliRunner.Result first = run("hyperopt-show", "-n", "1");
        assertThat(first.exitCode()).as(first.log()).isZero();
        assertThat(first.out()).contains("Result for strategy SampleStrategy").contains("BACKTESTING REPORT")
                .contains("\nEpoch details:\n\n*    1/4:      2 trades.")
                .contains("stoploss = -0.05\n");
        JsonNode params = JSON.readTree(cwd.resolve("user_data/strategies/SampleStrategy.json").toFile());
        assertThat(params.path("strategy_name").asText()).isEqualTo("SampleStrategy");
        assertThat(params.path("params").path("buy").path("buy_rsi").asInt()).isEqualTo(21);
        assertThat(params.path("params").path("sell").path("sell_rsi").asInt()).isEqualTo(70);
        assertThat(params.path("params").path("roi").path("30").asDouble()).isEqualTo(0.02);
        assertThat(params.path("ft_stratparam_v").asInt()).isEqualTo(1);

        CliRunner.Result last = run("hyperopt-show", "-n", "-1", "--disable-param-export");
        assertThat(last.out()).contains("     4/4:      1 trades.");
        assertThat(JSON.readTree(cwd.resolve("user_data/strategies/SampleStrategy.json").toFile())
                .path("params").path("buy").path("buy_rsi").asInt()).isEqualTo(21);

        CliRunner.Result best = run("hyperopt-show", "--best", "--print-json", "--no-header", "--disable-param-export");
        assertThat(best.exitCode()).as(best.log()).isZero();
        assertThat(best.out()).doesNotContain("Epoch details").endsWith(
                "{\"params\":{\"buy_rsi\":23,\"sell_rsi\":70},\"minimal_roi\":{\"0\":0.1,\"30\":0.02},"
                        + "\"stoploss\":-0.15000000000000002}\n");
    }

    @Test
    void showRefusesAnIndexOutOfRange() {
        CliRunner.Result high = run("hyperopt-show", "-n", "5");
        assertThat(high.exitCode()).isEqualTo(2);
        assertThat(high.log()).contains("The index of the epoch to show should be less than 5.");
        CliRunner.Result low = run("hyperopt-show", "--best", "-n", "-3");
        assertThat(low.exitCode()).isEqualTo(2);
        assertThat(low.log()).contains("The index of the epoch to show should be greater than -3.");
        assertThat(run("hyperopt-show", "-n", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void listHyperoptLossPrintsBuiltinsAndUserClasses() throws Exception {
        Path extra = Files.createDirectories(cwd.resolve("losses"));
        Files.writeString(extra.resolve("MyLoss.java"), """
                /** Mine. */
                public class MyLoss implements dev.hertz.optimize.hyperopt.loss.HyperOptLoss {
                    public double loss(dev.hertz.optimize.hyperopt.loss.LossInput input) {
                        return 0;
                    }
                }
                """);
        CliRunner.Result names = run("list-hyperoptloss", "-1", "--hyperopt-path", "losses");
        assertThat(names.exitCode()).as(names.log()).isZero();
        assertThat(names.out().lines().toList()).containsExactly("CalmarHyperOptLoss", "DefaultHyperOptLoss",
                "MaxDrawDownHyperOptLoss", "MaxDrawDownRelativeHyperOptLoss", "MultiMetricHyperOptLoss", "MyLoss",
                "OnlyProfitHyperOptLoss", "ProfitDrawDownHyperOptLoss", "SharpeHyperOptLoss", "SharpeHyperOptLossDaily",
                "ShortTradeDurHyperOptLoss", "SortinoHyperOptLoss", "SortinoHyperOptLossDaily");

        CliRunner.Result table = run("list-hyperoptloss", "--no-color", "--hyperopt-path", "losses");
        assertThat(table.out()).contains("Name ┃    Location ┃ Status ┃")
                .contains("│                          MyLoss │ MyLoss.java │     OK │")
                .contains("│              CalmarHyperOptLoss │   <builtin> │     OK │").doesNotContain("LOAD FAILED");
    }
}
