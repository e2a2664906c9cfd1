package dev.hertz.optimize.hyperopt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.optimize.backtest.BacktestDetailTest;
import dev.hertz.optimize.backtest.BacktestProgress;
import dev.hertz.optimize.backtest.Backtesting;
import dev.hertz.optimize.backtest.StrategyRun;
import dev.hertz.optimize.hyperopt.loss.HyperOptLosses;
import dev.hertz.optimize.hyperopt.loss.LossInput;
import dev.hertz.optimize.hyperopt.results.Epoch;
import dev.hertz.optimize.results.BacktestStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Hyperopt of the built-in SampleStrategy on freqtrade's UNITTEST/BTC 5m test candles: it beats the
 * strategy's defaults, the same random state gives the same epochs, and bad settings are refused.
 */
class HyperoptTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private ObjectNode config() throws IOException {
        String property = System.getProperty("hertz.shared.dir");
        Path testdata = (property != null ? Path.of(property) : Path.of("..", "..", "shared")).resolve("testdata");
        assumeTrue(Files.isRegularFile(testdata.resolve("UNITTEST_BTC-5m.feather")),
                "shared test data not found (set -Dhertz.shared.dir): " + testdata);
        return (ObjectNode) JSON.readTree("""
                {"strategy": "SampleStrategy", "stake_currency": "BTC", "stake_amount": 0.01, "max_open_trades": 1,
                 "dry_run": true, "dry_run_wallet": 1, "fee": 0.001, "timeframe": "5m",
                 "exchange": {"name": "sim", "pair_whitelist": ["UNITTEST/BTC"]},
                 "pairlists": [{"method": "StaticPairList"}], "entry_pricing": {}, "exit_pricing": {},
                 "datadir": "%s", "user_data_dir": "%s"}
                """.formatted(testdata.toString().replace("\\", "/"), dir.toString().replace("\\", "/")));
    }

    private static HyperoptOptions options(int epochs, int jobs, List<String> spaces, long seed) {
        return new HyperoptOptions(epochs, jobs, spaces, "OnlyProfitHyperOptLoss", "tpe", seed, 1, 0, false, false);
    }

    private static final Hyperopt.Listener QUIET = new Hyperopt.Listener() {
        @Override
        public void started(int epochs, Path resultFile) {
        }

        @Override
        public void epoch(Epoch epoch, Epoch best) {
        }
    };

    @Test
    void findsParametersBetterThanTheDefaults() throws IOException {
        ObjectNode config = config();
        Backtesting backtesting = new Backtesting(config, dir, BacktestDetailTest.markets());
        StrategyRun defaults = backtesting.run(BacktestProgress.NONE, () -> false).get(0);
        double defaultLoss = HyperOptLosses.byName("OnlyProfitHyperOptLoss", dir).loss(new LossInput(
                defaults.trades(), defaults.trades().size(), defaults.minDate(), defaults.maxDate(), defaults.config(),
                BacktestStats.strategyStats(defaults), defaults.startingBalance()));

        Hyperopt.Result result = new Hyperopt(config, dir, BacktestDetailTest.markets(), options(40, 2, List.of("buy", "roi", "stoploss"), 7))
                .run(QUIET, () -> false);

        assertThat(result.epochs()).isEqualTo(40);
        assertThat(result.best()).isNotNull();
        assertThat(result.best().loss()).as("best loss vs the defaults' %s", defaultLoss).isLessThan(defaultLoss);
        assertThat(result.best().paramsDetails().fieldNames()).toIterable().containsExactly("buy", "roi", "stoploss");
        assertThat(Files.readAllLines(result.resultFile())).hasSize(40);
        JsonNode exported = JSON.readTree(result.paramFile().toFile());
        assertThat(exported.get("strategy_name").asText()).isEqualTo("SampleStrategy");
        double bestStoploss = result.best().paramsDetails().get("stoploss").get("stoploss").asDouble();
        assertThat(exported.get("params").get("stoploss").get("stoploss").asDouble()).isEqualTo(bestStoploss);
        assertThat(result.best().resultsMetrics().get("stoploss").asDouble()).as("the epoch's own stoploss")
                .isEqualTo(bestStoploss);
        assertThat(result.best().resultsMetrics().get("minimal_roi"))
                .isEqualTo(result.best().paramsDetails().get("roi"));
    }

    @Test
    void theSameRandomStateGivesTheSameEpochs() throws IOException {
        // without the parameter export, so that no run starts from another's best parameters
        List<String> first = epochs(run(3));
        List<String> second = epochs(run(3));
        List<String> other = epochs(run(4));
        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    private Path run(long seed) throws IOException {
        return new Hyperopt(config(), dir, BacktestDetailTest.markets(), new HyperoptOptions(6, 2, List.of("buy", "stoploss"),
                "OnlyProfitHyperOptLoss", "tpe", seed, 1, 0, false, true)).run(QUIET, () -> false).resultFile();
    }

    /** Each epoch line without the wall-clock times of its backtest. */
    private static List<String> epochs(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            ObjectNode epoch = (ObjectNode) JSON.readTree(line);
            ((ObjectNode) epoch.get("results_metrics")).remove(List.of("backtest_run_start_ts", "backtest_run_end_ts"));
            lines.add(epoch.toString());
        }
        return lines;
    }

    @Test
    void badSettingsAreRefusedWithTheValidChoices() throws IOException {
        ObjectNode config = config();
        assertThatThrownBy(() -> new Hyperopt(config, dir, BacktestDetailTest.markets(), options(5, 1, List.of("buy", "sideways"), 1))
                .run(QUIET, () -> false)).isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("Unknown hyperopt space 'sideways'").hasMessageContaining("buy, sell, protection");
        assertThatThrownBy(() -> new Hyperopt(config, dir, BacktestDetailTest.markets(), new HyperoptOptions(5, 1, List.of("buy"),
                "NoSuchLoss", "tpe", 1L, 1, 0, false, false)).run(QUIET, () -> false))
                .hasMessageContaining("NoSuchLoss").hasMessageContaining("SharpeHyperOptLoss");
        assertThatThrownBy(() -> new Hyperopt(config, dir, BacktestDetailTest.markets(), options(5, 1, List.of("protection"), 1))
                .run(QUIET, () -> false)).isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("The 'protection' space is included into the hyperoptimization but no parameter");
        assertThatThrownBy(() -> options(0, 1, List.of("buy"), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--epochs must be at least 1");
    }
}
