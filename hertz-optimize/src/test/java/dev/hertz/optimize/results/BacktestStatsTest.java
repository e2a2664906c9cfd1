package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.persistence.Trade;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every statistic of reference bot-core §7.7 on five hand-computed trades (wallet 1000, 10 days):
 * profits 20, -10, 0, -30, 50 closing on Jan 1, 3, 4, 8 (a Monday) and 10 of 2024.
 */
class BacktestStatsTest {
    private static final double EPS = 1e-12;
    private final ObjectNode s = BacktestStats.strategyStats(Runs.run(Runs.fiveTrades()));

    private double d(String key) {
        return s.get(key).asDouble();
    }

    @Test
    void totalsAndReturns() {
        assertThat(s.get("total_trades").asInt()).isEqualTo(5);
        assertThat(d("profit_total_abs")).isEqualTo(30.0);
        assertThat(d("profit_total")).isCloseTo(0.03, within(EPS));
        assertThat(d("profit_mean")).isCloseTo(0.006, within(EPS));
        assertThat(d("profit_median")).isEqualTo(0.0);
        assertThat(s.get("backtest_days").asLong()).isEqualTo(10);
        assertThat(d("trades_per_day")).isEqualTo(0.5);
        assertThat(d("cagr")).isCloseTo(Math.pow(1.03, 36.5) - 1, within(EPS));
        assertThat(d("total_volume")).isEqualTo(500.0);
        assertThat(d("avg_stake_amount")).isEqualTo(100.0);
    }

    @Test
    void sharpeSortinoCalmar() {
        // returns 0.02 -0.01 0 -0.03 0.05: mean daily 0.003, population deviation √0.000744
        assertThat(d("sharpe")).isCloseTo(0.003 / Math.sqrt(0.000744) * Math.sqrt(365), within(1e-9));
        // losing returns -0.01 and -0.03: deviation 0.01
        assertThat(d("sortino")).isCloseTo(0.003 / 0.01 * Math.sqrt(365), within(1e-9));
        // 0.3 % a day over an account drawdown of 40 / 1020
        assertThat(d("calmar")).isCloseTo(0.3 / (40.0 / 1020.0) * Math.sqrt(365), within(1e-9));
    }

    @Test
    void profitFactorAndExpectancy() {
        assertThat(d("profit_factor")).isEqualTo(70.0 / 40.0);
        // wins 20, 50 (avg 35), losses 10, 30 (avg 20), rates 0.4 each
        assertThat(d("expectancy")).isCloseTo(0.4 * 35 - 0.4 * 20, within(EPS));
        assertThat(d("expectancy_ratio")).isCloseTo((1 + 35.0 / 20.0) * 0.4 - 1, within(EPS));
        assertThat(BacktestStats.profitFactor(new double[] {5, 3})).isZero();
    }

    @Test
    void drawdownFromTheFirstTradesPeak() {
        // cumulative 20, 10, 10, -20, 30: peak 20 (Jan 1), low -20 (Jan 8)
        assertThat(d("max_drawdown_abs")).isEqualTo(40.0);
        assertThat(d("max_drawdown_high")).isEqualTo(20.0);
        assertThat(d("max_drawdown_low")).isEqualTo(-20.0);
        assertThat(d("max_drawdown_account")).isCloseTo(40.0 / 1020.0, within(EPS));
        assertThat(d("max_relative_drawdown")).isCloseTo(40.0 / 1020.0, within(EPS));
        assertThat(s.get("drawdown_start").asText()).isEqualTo("2024-01-01 02:00:00");
        assertThat(d("drawdown_start_ts")).isEqualTo(1704074400000.0);
        assertThat(s.get("drawdown_end").asText()).isEqualTo("2024-01-08 10:00:00");
        assertThat(d("csum_min")).isEqualTo(980.0);
        assertThat(d("csum_max")).isEqualTo(1030.0);
        assertThat(d("max_drawdown")).isCloseTo(0.04, within(EPS));
    }

    @Test
    void noLosingTradeGivesZeros() {
        List<Trade> wins = List.of(
                Runs.trade("BTC/USDT", "2024-01-01T00:00:00Z", "2024-01-01T02:00:00Z", 0.02, 20, "a", "roi"),
                Runs.trade("BTC/USDT", "2024-01-02T00:00:00Z", "2024-01-02T02:00:00Z", 0.01, 10, "a", "roi"));
        ObjectNode w = BacktestStats.strategyStats(Runs.run(wins));
        assertThat(w.get("max_drawdown_abs").asDouble()).isZero();
        assertThat(w.get("max_drawdown_account").asDouble()).isZero();
        assertThat(w.get("drawdown_start").asText()).isEqualTo("1970-01-01 00:00:00+00:00");
        assertThat(w.get("drawdown_end_ts").asLong()).isZero();
        assertThat(w.get("calmar").asDouble()).isEqualTo(-100.0);
        assertThat(w.get("sortino").asDouble()).isEqualTo(-100.0);
        assertThat(w.get("expectancy_ratio").asDouble()).isEqualTo(100.0);
        assertThat(w.get("profit_factor").asDouble()).isZero();
    }

    @Test
    void streaksCountDrawsAsLosses() {
        // win, loss, draw, loss, win
        assertThat(s.get("max_consecutive_wins").asInt()).isEqualTo(1);
        assertThat(s.get("max_consecutive_losses").asInt()).isEqualTo(3);
        assertThat(s.get("wins").asInt()).isEqualTo(2);
        assertThat(s.get("losses").asInt()).isEqualTo(2);
        assertThat(s.get("draws").asInt()).isEqualTo(1);
        assertThat(d("winrate")).isEqualTo(0.4);
    }

    @Test
    void holdingTimes() {
        // 120, 1500, 30, 4920, 1440 minutes: mean 1602
        assertThat(s.get("holding_avg").asText()).isEqualTo("1 day, 2:42:00");
        assertThat(d("holding_avg_s")).isEqualTo(96120.0);
        assertThat(s.get("winner_holding_avg").asText()).isEqualTo("13:00:00");
        assertThat(s.get("loser_holding_avg").asText()).isEqualTo("2 days, 5:30:00");
    }

    @Test
    void emptyDaysAreDrawDays() {
        assertThat(s.get("winning_days").asInt()).isEqualTo(2);
        assertThat(s.get("losing_days").asInt()).isEqualTo(2);
        assertThat(s.get("draw_days").asInt()).isEqualTo(6);
        assertThat(d("backtest_best_day_abs")).isEqualTo(50.0);
        assertThat(d("backtest_worst_day_abs")).isEqualTo(-30.0);
        assertThat(d("backtest_best_day")).isEqualTo(0.05);
        JsonNode daily = s.get("daily_profit");
        assertThat(daily).hasSize(10);
        assertThat(daily.get(1).toString()).isEqualTo("[\"2024-01-02\",0.0]");
        assertThat(daily.get(9).toString()).isEqualTo("[\"2024-01-10\",50.0]");
    }

    @Test
    void periodicBinsEndOnMondayAndMonthEnd() {
        JsonNode week = s.get("periodic_breakdown").get("week");
        assertThat(week).hasSize(3);
        assertThat(week.get(0).get("date").asText()).isEqualTo("01/01/2024");
        assertThat(week.get(1).get("date").asText()).isEqualTo("08/01/2024");
        assertThat(week.get(1).get("profit_abs").asDouble()).isEqualTo(-40.0);
        assertThat(week.get(1).get("draws").asInt()).isEqualTo(1);
        assertThat(week.get(1).get("loses").asInt()).isEqualTo(2);
        assertThat(week.get(2).get("date").asText()).isEqualTo("15/01/2024");
        assertThat(week.get(2).get("date_ts").asLong()).isEqualTo(1705276800000L);
        JsonNode month = s.get("periodic_breakdown").get("month");
        assertThat(month).hasSize(1);
        assertThat(month.get(0).get("date").asText()).isEqualTo("31/01/2024");
        assertThat(month.get(0).get("winrate").asDouble()).isEqualTo(0.4);
        assertThat(s.get("periodic_breakdown").get("day")).hasSize(10);
    }

    @Test
    void resultLinesSortByProfitWithZeroLinesAndTotalLast() {
        List<String> keys = new ArrayList<>();
        s.get("results_per_pair").forEach(l -> keys.add(l.get("key").asText()));
        assertThat(keys).containsExactly("BTC/USDT", "XRP/USDT", "ETH/USDT", "TOTAL");
        JsonNode btc = s.get("results_per_pair").get(0);
        assertThat(btc.get("trades").asInt()).isEqualTo(3);
        assertThat(btc.get("profit_total_abs").asDouble()).isEqualTo(70.0);
        assertThat(btc.get("profit_total_pct").asDouble()).isEqualTo(7.0);
        assertThat(btc.get("profit_mean_pct").asDouble()).isEqualTo(2.33);
        assertThat(btc.get("duration_avg").asText()).isEqualTo("8:50:00");
        assertThat(btc.get("wins").asInt()).isEqualTo(2);
        assertThat(btc.get("draws").asInt()).isEqualTo(1);
        JsonNode xrp = s.get("results_per_pair").get(1);
        assertThat(xrp.get("trades").asInt()).isZero();
        assertThat(xrp.get("duration_avg").asText()).isEqualTo("0:00");
        assertThat(xrp.get("profit_mean").asDouble()).isZero();
        assertThat(s.get("best_pair").get("key").asText()).isEqualTo("BTC/USDT");
        assertThat(s.get("worst_pair").get("key").asText()).isEqualTo("ETH/USDT");
    }

    @Test
    void tagLinesLeaveOutTradesWithoutTag() {
        JsonNode tags = s.get("results_per_enter_tag");
        assertThat(tags).hasSize(3);
        assertThat(tags.get(0).get("key").asText()).isEqualTo("a");
        assertThat(tags.get(1).get("key").asText()).isEqualTo("b");
        assertThat(tags.get(2).get("trades").asInt()).isEqualTo(5);
        List<String> reasons = new ArrayList<>();
        s.get("exit_reason_summary").forEach(l -> reasons.add(l.get("key").asText()));
        assertThat(reasons).containsExactly("force_exit", "roi", "exit_signal", "stop_loss", "TOTAL");
        JsonNode mixed = s.get("mix_tag_stats");
        assertThat(mixed.get(0).get("key").toString()).isEqualTo("[\"a\",\"force_exit\"]");
        assertThat(mixed.get(3).get("key").toString()).isEqualTo("[\"b\",\"stop_loss\"]");
        assertThat(mixed.get(4).get("key").asText()).isEqualTo("TOTAL");
        JsonNode open = s.get("left_open_trades");
        assertThat(open).hasSize(2);
        assertThat(open.get(0).get("key").asText()).isEqualTo("BTC/USDT");
        assertThat(open.get(1).get("profit_total_abs").asDouble()).isEqualTo(50.0);
    }

    @Test
    void marketChangeOverLoadedCandles() {
        // BTC 100 -> 110, ETH 50 -> 40
        assertThat(d("market_change")).isCloseTo(-0.05, within(EPS));
        MarketChange series = MarketChange.series(Runs.data(), Runs.PAIRS, Runs.MIN, Runs.MAX);
        assertThat(series.dates()).hasSize(3);
        assertThat(series.count()).containsExactly(1, 2, 2);
        assertThat(series.mean()).containsExactly(100, 77.5, 75);
        assertThat(series.relMean()[2]).isCloseTo(-0.225 + (75 / 77.5 - 1), within(EPS));
    }

    @Test
    void settingsCountersAndComparison() {
        assertThat(s.get("stoploss").asDouble()).isEqualTo(-0.10);
        assertThat(s.get("minimal_roi").toString()).isEqualTo("{\"0\":0.04,\"30\":0.02,\"60\":0.01}");
        assertThat(s.get("stake_amount").asText()).isEqualTo("unlimited");
        assertThat(s.get("starting_balance").isIntegralNumber()).isTrue();
        assertThat(s.get("rejected_signals").asInt()).isEqualTo(4);
        assertThat(s.get("timeframe_detail").asText()).isEmpty();
        ObjectNode result = BacktestStats.result(List.of(Runs.run(Runs.fiveTrades())), Map.of("SampleStrategy", "abc"));
        JsonNode line = result.get("strategy_comparison").get(0);
        assertThat(line.get("key").asText()).isEqualTo("SampleStrategy");
        assertThat(line.get("max_drawdown_abs").asText()).isEqualTo("40");
        assertThat(line.get("trades").asInt()).isEqualTo(5);
        assertThat(result.get("metadata").get("SampleStrategy").get("run_id").asText()).isEqualTo("abc");
        assertThat(result.get("metadata").get("SampleStrategy").get("backtest_start_ts").asLong()).isEqualTo(1704067200L);
    }
}
