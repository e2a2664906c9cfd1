package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

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
