package dev.hertz.bench.backtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backtest benchmark on 2 pairs × 2 days: Hertz's backtester, ta4j's and the hand-written
 * floor make the same trades (same pairs, same entry and exit candles).
 */
class BacktestBenchTest {

    @Test
    void hertzTa4jAndTheFloorMakeTheSameTrades(@TempDir Path dir) {
        BacktestData data = BacktestData.of(dir, 2, 2);
        assertThat(data.ensure()).isTrue();
        assertThat(data.ensure()).as("the second call reuses the generated files").isFalse();

        Measurement hertz = HertzBacktest.rsiBands(data);
        Measurement ta4j = Ta4jBacktest.run(data);
        Measurement floor = FloorBacktest.run(data);

        assertThat(hertz.trades()).isNotEmpty();
        assertThat(hertz.exitReasons().keySet()).isSubsetOf("exit_signal", "force_exit");
        TradeComparison withTa4j = TradeComparison.of("hertz", hertz.trades(), "ta4j", ta4j.trades());
        assertThat(withTa4j.identical()).as(withTa4j.describe()).isTrue();
        TradeComparison withFloor = TradeComparison.of("hertz", hertz.trades(), "floor", floor.trades());
        assertThat(withFloor.identical()).as(withFloor.describe()).isTrue();
        // 2 days of 5m candles, less the 200 startup candles and the first, whose signal the shift drops
        assertThat(hertz.candles()).isEqualTo(2 * (2 * 288 - 201));
        assertThat(ta4j.candles()).isEqualTo(hertz.candles());
        assertThat(floor.candles()).isEqualTo(hertz.candles());
    }

    @Test
    void comparisonListsTheTradesOnlyOneSideMade() {
        BenchTrade shared = new BenchTrade("C001/USDT", 1_000, 2_000);
        BenchTrade laterExit = new BenchTrade("C001/USDT", 3_000, 5_000);
        BenchTrade earlierExit = new BenchTrade("C001/USDT", 3_000, 4_000);
        TradeComparison c = TradeComparison.of("a", List.of(shared, laterExit), "b",
                List.of(earlierExit, shared));
        assertThat(c.identical()).isFalse();
        assertThat(c.common()).isEqualTo(1);
        assertThat(c.onlyLeft()).containsExactly(laterExit);
        assertThat(c.onlyRight()).containsExactly(earlierExit);
    }
}
