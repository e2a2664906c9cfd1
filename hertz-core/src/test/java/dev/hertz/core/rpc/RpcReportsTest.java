package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The reports over four closed trades with hand-computed results:
 * <pre>
 * id pair  opened      closed      ratio  abs  exit         tag
 * 1  BTC   03-08 10:00 03-08 12:00  0.05   5   roi          a
 * 2  ETH   03-09 10:00 03-09 11:00 -0.02  -2   stop_loss    b
 * 3  BTC   03-10 09:00 03-10 10:00  0.00   0   exit_signal  -
 * 4  ETH   03-10 10:00 03-10 11:30  0.01   1   roi          a
 * </pre>
 * now = 2024-03-10 12:00 UTC, available_capital 1000.
 */
class RpcReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    RpcBot fx;
    Rpc rpc;

    @BeforeEach
    void setUp() {
        fx = new RpcBot(dir, null);
        rpc = fx.rpc;
        fx.closedTrade("BTC/USDT", "2024-03-08T10:00:00Z", "2024-03-08T12:00:00Z", 0.05, 5, "roi", "a");
        fx.closedTrade("ETH/USDT", "2024-03-09T10:00:00Z", "2024-03-09T11:00:00Z", -0.02, -2, "stop_loss", "b");
        fx.closedTrade("BTC/USDT", "2024-03-10T09:00:00Z", "2024-03-10T10:00:00Z", 0.0, 0, "exit_signal", null);
        fx.closedTrade("ETH/USDT", "2024-03-10T10:00:00Z", "2024-03-10T11:30:00Z", 0.01, 1, "roi", "a");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void profitCountsZeroProfitTradesAsWins() {
        ProfitStatistics p = rpc.tradeStatistics(null);
        assertThat(p.profitClosedCoin()).isEqualTo(4.0);
        assertThat(p.profitAllCoin()).isEqualTo(4.0);
        assertThat(p.profitClosedRatioMean()).isCloseTo(0.01, within(1e-15));
        assertThat(p.profitClosedPercentMean()).isEqualTo(1.0);
        assertThat(p.profitClosedRatioSum()).isCloseTo(0.04, within(1e-15));
        assertThat(p.profitClosedPercentSum()).isEqualTo(4.0);
        assertThat(p.profitClosedRatio()).isEqualTo(0.004);
        assertThat(p.profitClosedPercent()).isEqualTo(0.4);
        assertThat(p.tradeCount()).isEqualTo(4);
        assertThat(p.closedTradeCount()).isEqualTo(4);
        assertThat(p.winningTrades()).isEqualTo(3);
        assertThat(p.losingTrades()).isEqualTo(1);
        assertThat(p.winrate()).isEqualTo(0.75);
        assertThat(p.profitFactor()).isEqualTo(3.0);
        // expectancy on absolute profits: wins 5 and 1 (avg 3), one loss of 2; the zero trade is neither
        assertThat(p.expectancy()).isEqualTo(0.5 * 3 - 0.25 * 2);
        assertThat(p.expectancyRatio()).isEqualTo((1 + 3.0 / 2) * 0.5 - 1);
        assertThat(p.avgDuration()).isEqualTo("1:22:30");
        assertThat(p.bestPair()).isEqualTo("BTC/USDT");
        assertThat(p.bestRate()).isEqualTo(5.0);
        assertThat(p.firstTradeDate()).isEqualTo("2024-03-08 10:00:00");
        assertThat(p.firstTradeHumanized()).isEqualTo("2 days ago");
        assertThat(p.firstTradeTimestamp()).isEqualTo(1709892000000L);
        assertThat(p.latestTradeDate()).isEqualTo("2024-03-10 10:00:00");
        assertThat(p.latestTradeHumanized()).isEqualTo("2 hours ago");
        assertThat(p.maxDrawdownAbs()).isEqualTo(2.0);
        assertThat(p.maxDrawdown()).isEqualTo(2.0 / 1005);
        assertThat(p.maxDrawdownStart()).isEqualTo("2024-03-08 12:00:00");
        assertThat(p.maxDrawdownEnd()).isEqualTo("2024-03-09 11:00:00");
        assertThat(p.drawdownHigh()).isEqualTo(5.0);
        assertThat(p.drawdownLow()).isEqualTo(3.0);
        // entries cost 100 each, exits 100 + profit
        assertThat(p.tradingVolume()).isEqualTo(804.0);
    }

    @Test
    void laterProfitFieldsAsFreqtradesMetrics() {
        ProfitStatistics p = rpc.tradeStatistics(null);
        // returns on the 1000 starting balance: 0.005, -0.002, 0, 0.001 over the 2 days from first to latest open
        double std = Math.sqrt((16e-6 + 9e-6 + 1e-6 + 0) / 4);
        assertThat(p.sharpe()).isCloseTo(0.004 / 2 / std * Math.sqrt(365), within(1e-9));
        // a single losing trade has no deviation: freqtrade's "not optimal"
        assertThat(p.sortino()).isEqualTo(-100.0);
        assertThat(p.sqn()).isEqualTo(RpcFormat.round(2 * 0.001 / Math.sqrt(26e-6 / 3), 4)).isEqualTo(0.6794);
        assertThat(p.calmar()).isCloseTo(0.004 / 2 * 100 / (2.0 / 1005) * Math.sqrt(365), within(1e-6));
        assertThat(p.cagr()).isCloseTo(Math.pow(1004.0 / 1000, 365 / 2.0) - 1, within(1e-12));
        assertThat(p.bestPairProfitAbs()).isEqualTo(5.0);
        // the high of 5 after trade 1; 4 now
        assertThat(p.currentDrawdownAbs()).isEqualTo(1.0);
        assertThat(p.currentDrawdownHigh()).isEqualTo(5.0);
        assertThat(p.currentDrawdown()).isEqualTo((1005.0 - 1004.0) / 1005.0);
        assertThat(p.currentDrawdownStart()).isEqualTo("2024-03-08 12:00:00");
        assertThat(p.currentDrawdownStartTimestamp()).isEqualTo(1709899200000L);
        JsonNode json = JSON.valueToTree(p);
        for (String key : List.of("best_pair_profit_abs", "sharpe", "sortino", "sqn", "calmar", "cagr",
                "current_drawdown", "current_drawdown_abs", "current_drawdown_high", "current_drawdown_start",
                "current_drawdown_start_timestamp")) {
            assertThat(json.has(key)).as(key).isTrue();
        }
    }

    @Test
    void profitAllInSpotHasNoLongOrShortPart() {
        ProfitAll all = rpc.profitAll();
        assertThat(all.all()).isEqualTo(rpc.tradeStatistics(null));
        assertThat(all.longTrades()).isNull();
        assertThat(all.shortTrades()).isNull();
        JsonNode json = JSON.valueToTree(all);
        assertThat(json.get("all").get("closed_trade_count").asInt()).isEqualTo(4);
        assertThat(json.has("long")).isTrue();
        assertThat(json.get("long").isNull()).isTrue();
        assertThat(json.get("short").isNull()).isTrue();
    }

    @Test
    void historicBalanceStartsAtTheFirstOpenAndStepsAtEachClose() {
        WalletHistory h = rpc.historicBalance();
        assertThat(h.columns()).containsExactly("date", "__date_ts", "total_quote");
        assertThat(h.length()).isEqualTo(5);
        assertThat(h.captureStartTs()).isNull();
        assertThat(h.data()).extracting(row -> row.get(2)).containsExactly(1000.0, 1005.0, 1003.0, 1003.0, 1004.0);
        assertThat(h.data().get(0)).containsExactly("2024-03-08T10:00:00Z", 1709892000000L, 1000.0);
        assertThat(h.data().get(4)).containsExactly("2024-03-10T11:30:00Z", 1710070200000L, 1004.0);
        // the last point is the wallet's total now: nothing is open
        assertThat(h.data().get(4).get(2)).isEqualTo(fx.bot.context().wallets().getTotalStakeAmount());
        JsonNode json = JSON.valueToTree(h);
        assertThat(json.get("capture_start_ts").isNull()).isTrue();
        assertThat(json.get("data").get(1).get(1).isIntegralNumber()).isTrue();
    }

    @Test
    void profitSinceAStartDateKeepsOnlyTradesClosedFromThen() {
        ProfitStatistics p = rpc.tradeStatistics(java.time.Instant.parse("2024-03-10T00:00:00Z"));
        assertThat(p.closedTradeCount()).isEqualTo(2);
        assertThat(p.profitClosedCoin()).isEqualTo(1.0);
        assertThat(p.winningTrades()).isEqualTo(2);
        assertThat(p.profitFactor()).isInfinite();
        assertThat(p.expectancyRatio()).isEqualTo(100.0);
        assertThat(p.maxDrawdownAbs()).isZero();
        assertThat(p.maxDrawdownStart()).isEmpty();
    }

    @Test
    void statsCountZeroProfitTradesAsDraws() {
        Stats s = rpc.stats();
        assertThat(s.exitReasons()).containsEntry("roi", new Stats.Outcomes(2, 0, 0))
                .containsEntry("stop_loss", new Stats.Outcomes(0, 1, 0))
                .containsEntry("exit_signal", new Stats.Outcomes(0, 0, 1));
        assertThat(s.durations()).isEqualTo(new Stats.Durations(6300.0, 3600.0, 3600.0));
    }

    @Test
    void performancePerPairAndTag() {
        assertThat(rpc.performance()).containsExactly(
                new PairPerformance("BTC/USDT", 5.0, 0.05, 5.0, 5.0, 2),
                new PairPerformance("ETH/USDT", -1.0, -0.01, -1.0, -1.0, 2));
        assertThat(rpc.enterTagPerformance(null)).extracting(TagPerformance::tag, TagPerformance::profitAbs,
                TagPerformance::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", 6.0, 2), org.assertj.core.groups.Tuple.tuple("Other", 0.0, 1),
                org.assertj.core.groups.Tuple.tuple("b", -2.0, 1));
        assertThat(rpc.exitReasonPerformance("ETH/USDT")).extracting(TagPerformance::tag)
                .containsExactly("roi", "stop_loss");
        List<TagPerformance> mix = rpc.mixTagPerformance(null);
        assertThat(mix).extracting(TagPerformance::tag).containsExactly("a roi", "Other exit_signal", "b stop_loss");
        // freqtrade's quirk for a merged entry: round(0.01 + 0.05 * 100, 2)
        assertThat(mix.get(0).profitPct()).isEqualTo(5.01);
        assertThat(mix.get(0).profitRatio()).isCloseTo(0.06, within(1e-15));
        assertThat(mix.get(0).count()).isEqualTo(2);
    }

    @Test
    void dailyWeeklyMonthlyBucketsOnCloseDate() {
        TimeUnitProfit daily = rpc.timeunitProfit(3, TimeUnitProfit.Unit.DAYS);
        assertThat(daily.stakeCurrency()).isEqualTo("USDT");
        // total stake 1000 + 4 of closed profit, minus each newer period's profit going back
        assertThat(daily.data()).containsExactly(
                new TimeUnitProfit.Period("2024-03-10", 1.0, 1003.0, RpcFormat.round(1.0 / 1003, 8), 0, 2),
                new TimeUnitProfit.Period("2024-03-09", -2.0, 1005.0, RpcFormat.round(-2.0 / 1005, 8), 0, 1),
                new TimeUnitProfit.Period("2024-03-08", 5.0, 1000.0, 0.005, 0, 1));
        // 2024-03-10 is a Sunday: the week started on Monday 03-04
        assertThat(rpc.timeunitProfit(2, TimeUnitProfit.Unit.WEEKS).data()).containsExactly(
                new TimeUnitProfit.Period("2024-03-04", 4.0, 1000.0, 0.004, 0, 4),
                new TimeUnitProfit.Period("2024-02-26", 0.0, 1000.0, 0.0, 0, 0));
        assertThat(rpc.timeunitProfit(1, TimeUnitProfit.Unit.MONTHS).data()).extracting(TimeUnitProfit.Period::date,
                TimeUnitProfit.Period::tradeCount).containsExactly(org.assertj.core.groups.Tuple.tuple("2024-03-01", 4));
        assertThatThrownBy(() -> rpc.timeunitProfit(0, TimeUnitProfit.Unit.DAYS)).isInstanceOf(RpcException.class)
                .hasMessage("timescale must be an integer greater than 0");
    }

    @Test
    void tradeHistoryPagesByIdOrListsAllByCloseDate() {
        TradeHistory page = rpc.tradeHistory(2, 1, true);
        assertThat(page.trades()).extracting(TradeJson::tradeId).containsExactly(2L, 3L);
        assertThat(page.tradesCount()).isEqualTo(2);
        assertThat(page.offset()).isEqualTo(1);
        assertThat(page.totalTrades()).isEqualTo(4);
        assertThat(rpc.tradeHistory(0, 3, false).trades()).extracting(TradeJson::tradeId)
                .containsExactly(4L, 3L, 2L, 1L);
        assertThat(rpc.tradeHistory(2, 0, false).trades()).extracting(TradeJson::tradeId).containsExactly(4L, 3L);
    }

    @Test
    void tradeJsonCarriesFreqtradeFieldNames() {
        TradeJson t = rpc.tradeHistory(1, 0, true).trades().get(0);
        JsonNode json = JSON.valueToTree(t);
        assertThat(json.path("trade_id").asLong()).isEqualTo(1);
        assertThat(json.path("is_open").asBoolean(true)).isFalse();
        assertThat(json.path("is_short").isBoolean()).isTrue();
        assertThat(json.path("has_open_orders").isBoolean()).isTrue();
        assertThat(json.path("open_date").asText()).isEqualTo("2024-03-08 10:00:00");
        assertThat(json.path("close_timestamp").asLong()).isEqualTo(1709899200000L);
        assertThat(json.path("trade_duration_s").asLong()).isEqualTo(7200);
        assertThat(json.path("trade_duration").asLong()).isEqualTo(120);
        assertThat(json.path("profit_pct").asDouble()).isEqualTo(5.0);
        assertThat(json.path("close_profit_abs").asDouble()).isEqualTo(5.0);
        assertThat(json.path("orders")).hasSize(2);
        assertThat(json.path("orders").get(0).path("ft_is_entry").asBoolean()).isTrue();
        assertThat(json.path("orders").get(1).path("order_filled_timestamp").asLong()).isEqualTo(1709899200000L);
        assertThat(json.has("isOpen")).isFalse();
        assertThat(json.has("open")).isFalse();
        // a zero ratio has no percent, as freqtrade's `if self.close_profit`
        assertThat(rpc.tradeHistory(1, 2, true).trades().get(0).profitPct()).isNull();
    }
}
