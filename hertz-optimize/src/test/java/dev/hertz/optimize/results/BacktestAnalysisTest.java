package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** backtesting-analysis group tables over the five hand-computed trades of {@link Runs}. */
class BacktestAnalysisTest {
    private static final ObjectNode RESULT = BacktestStats.result(List.of(Runs.run(Runs.fiveTrades())),
            Map.of("SampleStrategy", "id"));

    private static String render(List<String> groups, List<String> enter, List<String> exit, Instant from, Instant to) {
        return BacktestAnalysis.render(RESULT, new BacktestAnalysis.Options(groups, enter, exit, List.of(), from, to));
    }

    @Test
    void groupZeroCountsZeroProfitAsALossButSumsItWithTheWins() {
        String out = render(List.of("0"), List.of("all"), List.of("all"), null, null);
        // tag a: +20, 0, +50 -> 2 wins, 1 "loss" (<= 0), no losing sum: the expectancy ratio is infinite
        assertThat(out).contains("│ a            │              3 │    2 │      1 │          70.000 │           0.000 │     70.000 │       66.667 │  35.000 │    0.000 │       inf │");
        // tag b: one loss of -10 -> 0 wins; 0/0 averages are 0 and so is the ratio
        assertThat(out).contains("│ b            │              1 │    0 │      1 │           0.000 │         -10.000 │    -10.000 │        0.000 │   0.000 │  -10.000 │    -1.000 │");
        // the trade without an enter tag is in no group; rows ascend by trade count
        assertThat(out.indexOf("│ b ")).isLessThan(out.indexOf("│ a "));
    }

    @Test
    void profitGroupsSortBySumThenTagAndExitReasonsByName() {
        String byTag = render(List.of("2"), List.of("all"), List.of("all"), null, null);
        assertThat(byTag).contains("│            a │ exit_signal │        1 │          0.000 │");
        assertThat(byTag.indexOf("stop_loss")).isLessThan(byTag.indexOf("exit_signal"));
        assertThat(byTag.indexOf("exit_signal")).isLessThan(byTag.indexOf("force_exit"));
        String byExit = render(List.of("5"), List.of("all"), List.of("all"), null, null);
        assertThat(byExit).contains("│   stop_loss │        2 │        -40.000 │           -20.000 │         -20.000 │            -2.000 │          -2.000 │           -4.000 │");
        assertThat(byExit.indexOf("exit_signal")).isLessThan(byExit.indexOf("force_exit"));
        assertThat(byExit.indexOf("roi")).isLessThan(byExit.indexOf("stop_loss"));
    }

    @Test
    void csvFilesHoldTheFullValuesAndPandasRowLabels(@TempDir Path dir) throws IOException {
        BacktestAnalysis.Options options = new BacktestAnalysis.Options(List.of("0", "5"), List.of("all"), List.of("all"),
                List.of(), null, null);
        String printed = BacktestAnalysis.writeCsv(RESULT, options, dir);
        assertThat(printed).isEqualTo("Saved Group 0: to " + dir.resolve("group_0.csv") + "\n"
                + "Saved Group 5: to " + dir.resolve("group_5.csv") + "\n");
        assertThat(Files.readAllLines(dir.resolve("group_0.csv"))).containsExactly(
                "enter_reason,total_num_buys,wins,losses,profit_abs_wins,profit_abs_loss,profit_tot,wl_ratio_pct,avg_win,avg_loss,exp_ratio",
                "b,1,0,1,0.0,-10.0,-10.0,0.0,0.0,-10.0,-1.0",
                "a,3,2,1,70.0,0.0,70.0,66.66666666666666,35.0,0.0,inf");
        // groupby order exit_signal, force_exit, roi, stop_loss is also the sorted order here
        List<String> byExit = Files.readAllLines(dir.resolve("group_5.csv"));
        assertThat(byExit.get(0)).isEqualTo(
                ",exit_reason,num_buys,profit_abs_sum,profit_abs_median,profit_abs_mean,median_profit_pct,mean_profit_pct,total_profit_pct");
        assertThat(byExit.get(4)).isEqualTo("3,stop_loss,2,-40.0,-20.0,-20.0,-2.0,-2.0,-4.0");
        assertThatThrownBy(() -> BacktestAnalysis.writeCsv(RESULT, options, dir.resolve("missing")))
                .hasMessageContaining("does not exist");
    }

    @Test
    void filtersByTagReasonAndOpenDate() {
        String onlyRoi = render(List.of("5"), List.of("all"), List.of("roi"), null, null);
        assertThat(onlyRoi).contains("roi").doesNotContain("stop_loss");
        String onlyB = render(List.of("1"), List.of("b"), List.of("all"), null, null);
        assertThat(onlyB).contains("│            b │").doesNotContain("│            a │");
        String none = render(List.of("1"), List.of("all"), List.of("all"), Instant.parse("2025-01-01T00:00:00Z"), null);
        assertThat(none).isEqualTo("No trades to show\n");
        String firstDays = render(List.of("3"), List.of("all"), List.of("all"), null, Instant.parse("2024-01-03T00:00:00Z"));
        assertThat(firstDays).contains("BTC/USDT", "ETH/USDT").contains("│ ETH/USDT │            b │");
        assertThatThrownBy(() -> render(List.of("6"), List.of(), List.of(), null, null))
                .hasMessageContaining("--analysis-groups");
    }
}
