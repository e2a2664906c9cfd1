package dev.hertz.optimize.backtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.data.history.DataFormat;
import dev.hertz.core.data.history.HistoryStore;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.StrategyAnalyzer;
import dev.hertz.core.strategy.StrategyResolver;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Reference case A (freqtrade's {@code test_backtest_one}, §11.2): {@code StrategyTestV3} on
 * {@code UNITTEST_BTC-5m.feather} from 2018-01-29 12:10 gives exactly two ROI trades with these
 * dates, rates, amounts, stops and orders.
 */
class BacktestOneTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String CONFIG = """
            {"strategy": "StrategyTestV3", "stake_currency": "BTC", "stake_amount": 0.001,
             "max_open_trades": 10, "dry_run": true, "dry_run_wallet": 1000, "fee": 0.0025,
             "use_exit_signal": false, "unfilledtimeout": {"entry": 10, "exit": 30},
             "exchange": {"name": "sim", "pair_whitelist": ["UNITTEST/BTC"]},
             "pairlists": [{"method": "StaticPairList"}], "entry_pricing": {}, "exit_pricing": {}}
            """;

    @Test
    void strategyTestV3GivesTheTwoReferenceTrades() throws Exception {
        SimulationResult result = run();
        List<Trade> trades = result.trades();
        assertThat(trades).hasSize(2);

        Trade first = trades.get(0);
        assertThat(first.pair()).isEqualTo("UNITTEST/BTC");
        assertThat(first.openDate()).isEqualTo(Instant.parse("2018-01-29T18:40:00Z"));
        assertThat(first.closeDate()).isEqualTo(Instant.parse("2018-01-29T22:35:00Z"));
        assertThat(first.openRate()).isCloseTo(0.104445, within(1e-9));
        assertThat(first.closeRate()).isCloseTo(0.10496853383458644, within(1e-12));
        assertThat(first.amount()).isCloseTo(0.00957442, within(1e-8));
        assertThat(first.stakeAmount()).isCloseTo(0.001, within(1e-12));
        assertThat(first.closeProfit()).isCloseTo(0.0, within(1e-9));
        assertThat(first.closeProfitAbs()).isCloseTo(0.0, within(1e-12));
        assertThat(first.exitReason()).isEqualTo("roi");
        assertThat(first.initialStopLoss()).isCloseTo(0.0940005, within(1e-9));
        assertThat(first.stopLoss()).isCloseTo(0.0940005, within(1e-9));
        assertThat(first.initialStopLossPct()).isEqualTo(-0.1);
        assertThat(first.minRate()).isCloseTo(0.10370188, within(1e-9));
        assertThat(first.maxRate()).isCloseTo(0.10501, within(1e-9));
        assertThat(first.enterTag()).isEmpty();
        assertThat(first.isShort()).isFalse();
        assertOrders(first, 0.104445, 0.10496853383458644, "2018-01-29T18:40:00Z", "2018-01-29T22:35:00Z");

        Trade second = trades.get(1);
        assertThat(second.openDate()).isEqualTo(Instant.parse("2018-01-30T03:30:00Z"));
        assertThat(second.closeDate()).isEqualTo(Instant.parse("2018-01-30T04:10:00Z"));
        assertThat(second.openRate()).isCloseTo(0.10302485, within(1e-9));
        assertThat(second.closeRate()).isCloseTo(0.10354126528822055, within(1e-12));
        assertThat(second.amount()).isCloseTo(0.0097064, within(1e-8));
        assertThat(second.exitReason()).isEqualTo("roi");
        // the reference lists values rounded as freqtrade prints them and compares with pandas' 1e-5 tolerance
        assertThat(second.stopLoss()).isCloseTo(0.09272236, withinPercentage(0.001));
        assertThat(second.minRate()).isCloseTo(0.103, within(1e-9));
        assertThat(second.maxRate()).isCloseTo(0.10388887, within(1e-7));
        assertOrders(second, 0.10302485, 0.10354126528822055, "2018-01-30T03:30:00Z", "2018-01-30T04:10:00Z");
        assertThat(result.counters().rejectedSignals()).isZero();
    }

    private static void assertOrders(Trade trade, double entry, double exit, String opened, String closed) {
        List<Order> orders = trade.orders();
        assertThat(orders).hasSize(2);
        assertThat(orders.get(0).ftOrderSide()).isEqualTo("buy");
        assertThat(orders.get(0).safePrice()).isCloseTo(entry, within(1e-12));
        assertThat(orders.get(0).orderFilledDate()).isEqualTo(Instant.parse(opened));
        assertThat(orders.get(0).ftOrderTag()).isEmpty();
        assertThat(orders.get(1).ftOrderSide()).isEqualTo("sell");
        assertThat(orders.get(1).safePrice()).isCloseTo(exit, within(1e-12));
        assertThat(orders.get(1).orderFilledDate()).isEqualTo(Instant.parse(closed));
        assertThat(orders.get(1).ftOrderTag()).isEqualTo("roi");
    }

    /** The test's own set-up: indicators on the 201 candles from 12:10, 20 startup rows trimmed. */
    static SimulationResult run() throws Exception {
        Path testdata = SharedFiles.require("testdata/UNITTEST_BTC-5m.feather").getParent();
        TimeRange range = TimeRange.parse("1517227800-");
        Candles candles = new HistoryStore(testdata, DataFormat.FEATHER)
                .load("UNITTEST/BTC", "5m", CandleType.SPOT, range);
        assertThat(candles.size()).isEqualTo(201);

        StrategyTestV3 strategy = new StrategyTestV3();
        HertzConfig config = HertzConfig.from(StrategyResolver.resolve(strategy, (ObjectNode) JSON.readTree(CONFIG),
                RunMode.BACKTEST).config());
        Frame analysed = new StrategyAnalyzer(strategy, Clock.systemUTC()).analyze("UNITTEST/BTC", candles)
                .orElseThrow();
        PairSignals rows = PairSignals.of("UNITTEST/BTC", analysed, 20, range, false);
        BacktestSetup setup = BacktestSetup.of(config, strategy, BacktestDetailTest.markets(), 0.0025, 10, false,
                false, null);
        return new Backtester(setup).run(List.of(rows), rows.startDate(), rows.lastDate(), Map.of(), BacktestProgress.NONE, () -> false);
    }
}
