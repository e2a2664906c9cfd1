package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The console report printed from the statistics JSON. */
class BacktestReportTest {
    private static ObjectNode result() {
        return BacktestStats.result(List.of(Runs.run(Runs.fiveTrades())), Map.of("SampleStrategy", "id"));
    }

    @Test
    void printsTheTablesInFreqtradesOrder() {
        String report = BacktestReport.render(result(), List.of("week"));
        assertThat(report).startsWith("Result for strategy SampleStrategy\n");
        List<String> titles = List.of("BACKTESTING REPORT", "LEFT OPEN TRADES REPORT", "ENTER TAG STATS", "EXIT REASON STATS",
                "MIXED TAG STATS", "WEEK BREAKDOWN", "SUMMARY METRICS", "Backtested 2024-01-01 00:00:00 -> 2024-01-11 00:00:00 | Max open trades : 3",
                "STRATEGY SUMMARY");
        int at = -1;
        for (String title : titles) {
            int next = report.indexOf(title, at + 1);
            assertThat(next).as(title).isGreaterThan(at);
            at = next;
        }
        assertThat(report).doesNotContain("DAY BREAKDOWN");
        assertThat(report).contains("│ 08/01/2024 │             -40 │    0 │     1 │      2 │");
    }

    @Test
    void resultRowsAndSummaryValues() {
        String report = BacktestReport.render(result(), List.of());
        assertThat(report).contains("""
                ┃     Pair ┃ Trades ┃ Avg Profit % ┃ Tot Profit USDT ┃ Tot Profit % ┃    Avg Duration ┃  Win  Draw  Loss  Win% ┃
                ┡━━━━━━━━━━╇━━━━━━━━╇━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━┩
                │ BTC/USDT │      3 │         2.33 │          70.000 │          7.0 │         8:50:00 │    2     1     0   100 │
                │ XRP/USDT │      0 │          0.0 │           0.000 │          0.0 │            0:00 │    0     0     0     0 │
                │ ETH/USDT │      2 │         -2.0 │         -40.000 │         -4.0 │ 2 days, 5:30:00 │    0     0     2     0 │
                │    TOTAL │      5 │          0.6 │          30.000 │          3.0 │  1 day, 2:42:00 │    2     1     2  40.0 │
                └──────────┴────────┴──────────────┴─────────────────┴──────────────┴─────────────────┴────────────────────────┘
                """);
        assertThat(report).contains("│         a │ exit_signal │      1 │          0.0 │           0.000 │          0.0 │        0:30:00 │    0     1     0     0 │");
        assertThat(report).contains("│     TOTAL │             │      5 │");
        assertThat(report).contains("│ Absolute profit             │ 30 USDT");
        assertThat(report).contains("│ Total profit %              │ 3.00%");
        assertThat(report).contains("│ Profit factor               │ 1.75");
        assertThat(report).contains("│ Expectancy (Ratio)          │ 6.00 (0.10)");
        assertThat(report).contains("│ Best Pair                   │ BTC/USDT 7.00%");
        assertThat(report).contains("│ Worst trade                 │ ETH/USDT -3.00%");
        assertThat(report).contains("│ Days win/draw/lose          │ 2 / 6 / 2");
        assertThat(report).contains("│ Max Consecutive Wins / Loss │ 1 / 3");
        assertThat(report).contains("│ Absolute Drawdown (Account) │ 3.92%");
        assertThat(report).contains("│ Market change               │ -5.00%");
        assertThat(report).contains("│ SampleStrategy │      5 │         0.60 │          30.000 │          3.0 │ 1 day, 2:42:00 │    2     1     2  40.0 │ 40 USDT  3.92% │");
    }

    @Test
    void severalStrategiesShareOneSummaryWithAlignedDrawdowns() {
        ObjectNode two = BacktestStats.result(List.of(Runs.run("Alpha", Runs.fiveTrades()), Runs.run("Beta", List.of(
                Runs.trade("BTC/USDT", "2024-01-01T00:00:00Z", "2024-01-01T02:00:00Z", 0.02, 20, "a", "roi")))),
                Map.of("Alpha", "a", "Beta", "b"));
        String report = BacktestReport.render(two, List.of());
        assertThat(report).contains("Result for strategy Alpha", "Result for strategy Beta");
        assertThat(report.indexOf("STRATEGY SUMMARY")).isGreaterThan(report.indexOf("Result for strategy Beta"));
        assertThat(report).contains("│    Alpha │      5 │");
        assertThat(report).contains("│ 40 USDT  3.92% │");
        // Beta has no drawdown: both parts are padded to the widest entry
        assertThat(report).contains("│  0 USDT  0.00% │");
    }

    @Test
    void noTradesPrintsTheStartingBalanceAndStake() {
        ObjectNode empty = BacktestStats.result(List.of(Runs.run(List.of())), Map.of("SampleStrategy", "id"));
        String report = BacktestReport.render(empty, List.of());
        assertThat(report).contains("No trades made. Your starting balance was 1000 USDT, and your stake was unlimited.\n");
        assertThat(report).doesNotContain("SUMMARY METRICS");
        assertThat(report).contains("│ XRP/USDT │      0 │          0.0 │           0.000 │          0.0 │         0:00 │    0     0     0     0 │");
        assertThat(report).contains("│    TOTAL │      0 │          0.0 │           0.000 │          0.0 │         0:00 │    0     0     0     0 │");
    }

    @Test
    void sortedPairListAndWinDrawLossCell() {
        assertThat(BacktestReport.sortedPairList(result())).isEqualTo("""
                Pairs for Strategy SampleStrategy:\s
                [
                "BTC/USDT",  // 2.33%
                "XRP/USDT",  // 0.00%
                "ETH/USDT",  // -2.00%
                ]
                """);
        assertThat(BacktestReport.winsDrawsLosses(3, 0, 0)).isEqualTo("   3     0     0   100");
        assertThat(BacktestReport.winsDrawsLosses(0, 1, 2)).isEqualTo("   0     1     2     0");
        assertThat(BacktestReport.winsDrawsLosses(1, 1, 1)).isEqualTo("   1     1     1  33.3");
    }
}
