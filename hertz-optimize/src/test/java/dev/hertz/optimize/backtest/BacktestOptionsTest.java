package dev.hertz.optimize.backtest;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.persistence.Trade;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --timeframe-detail} and {@code --eps} on hand-made candles in the style of reference case B. */
class BacktestOptionsTest {

    private static Scenario scenario(int number) throws IOException {
        return Scenario.parseTable(Files.readString(SharedFiles.require("reference/bot-core.md"))).stream()
                .filter(s -> s.number() == number).findFirst().orElseThrow();
    }

    @Test
    void detailCandlesDecideWhichOfStopAndRoiCameFirst() throws IOException {
        // case 4: candle 2 reaches both the -2 % stop (low) and the 6 % ROI (high); on the hour candle the stop wins
        Scenario hourly = scenario(4);
        assertThat(BacktestDetailTest.run(hourly).trades()).extracting(Trade::exitReason).containsExactly("stop_loss");

        // the same hour as four 15-minute candles: the rise to the ROI price comes before the fall to the stop
        long t2 = BacktestDetailTest.tick(2).toEpochMilli();
        long quarter = 15 * 60_000L;
        Candles detail = Candles.of(new long[] {t2, t2 + quarter, t2 + 2 * quarter, t2 + 3 * quarter},
                new double[] {4987, 5300, 5700, 5400}, new double[] {5400, 5750, 5700, 5400},
                new double[] {4987, 5300, 5350, 4850}, new double[] {5300, 5700, 5400, 5750},
                new double[] {1, 1, 1, 1});
        SimulationResult result = BacktestDetailTest.run(hourly, Timeframe.parse("15m"), Map.of("UNITTEST/BTC", detail),
                false);
        assertThat(result.trades()).hasSize(1);
        Trade trade = result.trades().get(0);
        assertThat(trade.exitReason()).isEqualTo("roi");
        assertThat(trade.closeRate()).isEqualTo(5300.0);
        assertThat(trade.closeDate()).isEqualTo(BacktestDetailTest.tick(2));
        assertThat(trade.closeProfit()).isCloseTo(0.06, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void positionStackingOpensATradePerSignalOnTheSamePair() throws IOException {
        // entry signals on two consecutive candles and nothing that exits before the end
        Scenario.Settings holdAll = new Scenario.Settings(-0.5, Map.of("0", 1.0), false, false, false, null, 0,
                false, null, null, null, false, null, 1.0);
        Scenario.Candle signal = new Scenario.Candle(5000, 5050, 4950, 5000, true, false, false, false, null);
        Scenario.Candle quiet = new Scenario.Candle(5000, 5050, 4950, 5000, false, false, false, false, null);
        Scenario twoSignals = new Scenario(0, holdAll, List.of(signal, signal, quiet, quiet), List.of(), 0,
                "two entry signals in a row");

        assertThat(BacktestDetailTest.run(twoSignals).trades()).extracting(Trade::openDate)
                .containsExactly(BacktestDetailTest.tick(1));
        List<Trade> stacked = BacktestDetailTest.run(twoSignals, null, Map.of(), true).trades();
        assertThat(stacked).extracting(Trade::openDate)
                .containsExactly(BacktestDetailTest.tick(1), BacktestDetailTest.tick(2));
        assertThat(stacked).extracting(Trade::exitReason).containsOnly("force_exit");
    }
}
