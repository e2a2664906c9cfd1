package dev.hertz.optimize.hyperopt.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.PrecisionMode;
import dev.hertz.optimize.backtest.BacktestMarkets;
import dev.hertz.optimize.hyperopt.Hyperopt;
import dev.hertz.optimize.hyperopt.HyperoptOptions;
import dev.hertz.optimize.results.BacktestReport;
import dev.hertz.optimize.results.BacktestStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A {@code .fthypt} file written by a real hyperopt run (SampleStrategy on freqtrade's
 * UNITTEST/BTC 5m candles) reads back, lists, and prints its epochs' backtest reports.
 */
class RunFileReadBackTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void runFileReadsBackAndPrints() throws IOException {
        String property = System.getProperty("hertz.shared.dir");
        Path testdata = (property != null ? Path.of(property) : Path.of("..", "..", "shared")).resolve("testdata");
        assumeTrue(Files.isRegularFile(testdata.resolve("UNITTEST_BTC-5m.feather")),
                "shared test data not found (set -Dhertz.shared.dir): " + testdata);
        ObjectNode config = (ObjectNode) JSON.readTree("""
                {"strategy": "SampleStrategy", "stake_currency": "BTC", "stake_amount": 0.01, "max_open_trades": 1,
                 "dry_run": true, "dry_run_wallet": 1, "fee": 0.001, "timeframe": "5m",
                 "exchange": {"name": "sim", "pair_whitelist": ["UNITTEST/BTC"]},
                 "pairlists": [{"method": "StaticPairList"}], "entry_pricing": {}, "exit_pricing": {},
                 "datadir": "%s", "user_data_dir": "%s"}
                """.formatted(testdata.toString().replace("\\", "/"), dir.toString().replace("\\", "/")));
        Market market = new Market("UNITTEST/BTC", "UNITTEST", "BTC", true, true, false, false,
                PrecisionMode.TICK_SIZE, null, null,
                new Market.Limits(Market.MinMax.NONE, new Market.MinMax(0.00001, null), Market.MinMax.NONE),
                0.001, 0.001, null);
        BacktestMarkets markets = new BacktestMarkets() {
            @Override
            public Market market(String pair) {
                return market;
            }

            @Override
            public double maxLeverage(String pair, double stake) {
                return 1.0;
            }
        };
        Hyperopt.Result result = new Hyperopt(config, dir, markets, new HyperoptOptions(4, 1,
                List.of("buy", "roi", "stoploss"), "SharpeHyperOptLoss", "tpe", 3L, 1, 0, false, true))
                .run(new Hyperopt.Listener() {
                    @Override
                    public void started(int epochs, Path resultFile) {
                    }

                    @Override
                    public void epoch(Epoch epoch, Epoch best) {
                    }
                }, () -> false);

        Path file = HyperoptResultFile.locate(dir.resolve("hyperopt_results"), null);
        assertThat(file).isEqualTo(result.resultFile());
        List<Epoch> epochs = HyperoptResultFile.read(file);
        assertThat(epochs).extracting(Epoch::currentEpoch).containsExactly(1, 2, 3, 4);
        assertThat(epochs).allSatisfy(e -> assertThat(e.fthyptFileversion()).isEqualTo(Epoch.FILE_VERSION));

        String table = EpochTable.render(epochs, epochs.size(), "BTC");
        assertThat(table).contains("Hyperopt results").contains("1/4").contains("4/4");
        Epoch last = epochs.get(3);
        String details = EpochDetails.render(last, 4, false, false, "Epoch details");
        assertThat(details).contains("# Buy hyperspace params:").contains("# ROI table:").contains("stoploss = ");
        ObjectNode strategies = JSON.createObjectNode();
        strategies.set("SampleStrategy", last.resultsMetrics());
        ObjectNode backtest = JSON.createObjectNode();
        backtest.set("strategy", strategies);
        backtest.set("strategy_comparison", BacktestStats.strategyComparison(strategies));
        assertThat(BacktestReport.render(backtest, List.of("day"))).contains("Result for strategy SampleStrategy")
                .contains("BACKTESTING REPORT").contains("DAY BREAKDOWN");
    }
}
