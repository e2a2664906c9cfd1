package dev.hertz.optimize.hyperopt.results;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.optimize.results.ResultFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HyperoptResultFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Epoch epoch(int number, double loss, boolean best, int trades, double profitAbs) {
        ObjectNode metrics = JSON.createObjectNode();
        metrics.put("total_trades", trades).put("profit_total_abs", profitAbs).put("profit_total", profitAbs / 1000)
                .put("profit_mean", trades == 0 ? 0 : profitAbs / 1000 / trades).put("holding_avg_s", 3600.0 * number)
                .put("holding_avg", number + ":00:00").put("wins", trades).put("draws", 0).put("losses", 0)
                .put("max_drawdown_account", 0.0).put("max_drawdown_abs", 0.0).put("stake_currency", "USDT");
        ObjectNode dict = JSON.createObjectNode().put("buy_rsi", 20 + number).put("stoploss", -0.1);
        ObjectNode details = JSON.createObjectNode();
        details.putObject("buy").put("buy_rsi", 20 + number);
        details.putObject("stoploss").put("stoploss", -0.1);
        ObjectNode fixed = JSON.createObjectNode();
        fixed.putObject("sell").put("sell_rsi", 70);
        return new Epoch(loss, dict, details, fixed, metrics, "explanation " + number, profitAbs / 1000, number,
                number <= 2, best, false, Epoch.FILE_VERSION);
    }

    @Test
    void writesOneLinePerEpochAndReadsThemBack() throws IOException {
        HyperoptResultFile file = HyperoptResultFile.create(dir.resolve("hyperopt_results"), "SampleStrategy",
                LocalDateTime.of(2024, 3, 1, 12, 30, 5));
        file.append(epoch(1, 2.5, true, 3, 12));
        file.append(epoch(2, Double.NaN, false, 0, 0));

        assertThat(file.path().getFileName()).hasToString("strategy_SampleStrategy_2024-03-01_12-30-05.fthypt");
        List<String> lines = Files.readAllLines(file.path());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"loss\":2.5,\"params_dict\":{\"buy_rsi\":21,")
                .endsWith("\"current_epoch\":1,\"is_initial_point\":true,\"is_random\":false,\"is_best\":true,"
                        + "\"fthypt_fileversion\":2}");
        assertThat(lines.get(1)).startsWith("{\"loss\":NaN,");
        assertThat(JSON.readTree(file.path().resolveSibling(".last_result.json").toFile()).path("latest_hyperopt").asText())
                .isEqualTo(file.path().getFileName().toString());

        Path located = HyperoptResultFile.locate(dir.resolve("hyperopt_results"), null);
        List<Epoch> read = HyperoptResultFile.read(located);
        assertThat(read).hasSize(2);
        assertThat(read.get(0)).isEqualTo(epoch(1, 2.5, true, 3, 12));
        assertThat(read.get(1).loss()).isNaN();
    }

    @Test
    void corruptLineIsSkippedWithItsLineNumber() throws IOException {
        HyperoptResultFile file = HyperoptResultFile.create(dir, "S", LocalDateTime.of(2024, 1, 1, 0, 0));
        file.append(epoch(1, 1, true, 3, 12));
        Files.writeString(file.path(), "{\"loss\": 1.0, \"params_dict\": {\n", StandardOpenOption.APPEND);
        file.append(epoch(3, 0.5, true, 4, 20));

        Logger logger = (Logger) LoggerFactory.getLogger(HyperoptResultFile.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        try {
            assertThat(HyperoptResultFile.read(file.path())).extracting(Epoch::currentEpoch).containsExactly(1, 3);
        } finally {
            logger.detachAppender(logs);
        }
        assertThat(logs.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).startsWith("Skipping line 2 of "));
    }

    @Test
    void incompatibleLegacyAndMissingFilesAreRefused() throws IOException {
        Path old = Files.writeString(dir.resolve("old.fthypt"), "{\"loss\": 1.0, \"results_metrics\": {}}\n");
        assertThatThrownBy(() -> HyperoptResultFile.read(old)).isInstanceOf(ResultFileException.class)
                .hasMessageContaining("incompatible");
        Path pickle = Files.writeString(dir.resolve("hyperopt_results.pickle"), "x");
        assertThatThrownBy(() -> HyperoptResultFile.read(pickle)).hasMessageContaining("Legacy hyperopt results");
        assertThatThrownBy(() -> HyperoptResultFile.read(dir.resolve("none.fthypt")))
                .hasMessageContaining("not found");
        assertThatThrownBy(() -> HyperoptResultFile.locate(dir, null)).hasMessageContaining("No hyperopt results");
        assertThatThrownBy(() -> HyperoptResultFile.locate(dir, "/tmp/x.fthypt"))
                .hasMessageContaining("expects only the filename");
    }

    @Test
    void filtersFollowFreqtradesRules() {
        List<Epoch> all = List.of(epoch(1, 3, true, 5, 30), epoch(2, 100000, false, 0, 0), epoch(3, 2, true, 10, 60),
                epoch(4, 4, false, 2, -10));
        EpochFilter none = EpochFilter.NONE;
        assertThat(new EpochFilter(true, false, 0, 0, null, null, null, null, null, null, null, null).apply(all))
                .extracting(Epoch::currentEpoch).containsExactly(1, 3);
        assertThat(new EpochFilter(false, true, 0, 0, null, null, null, null, null, null, null, null).apply(all))
                .extracting(Epoch::currentEpoch).containsExactly(1, 3);
        assertThat(new EpochFilter(false, false, 2, 10, null, null, null, null, null, null, null, null).apply(all))
                .extracting(Epoch::currentEpoch).containsExactly(1);
        // holding 60·n minutes: > 90 keeps epochs 3 and 4 (2 has no trades)
        assertThat(new EpochFilter(false, false, 0, 0, 90.0, null, null, null, null, null, null, null).apply(all))
                .extracting(Epoch::currentEpoch).containsExactly(3, 4);
        // the objective bounds are inverted: min keeps loss < X, max keeps loss > X; both drop epochs without trades
        assertThat(new EpochFilter(false, false, 0, 0, null, null, null, null, null, null, 3.5, null).apply(all))
                .extracting(Epoch::currentEpoch).containsExactly(1, 3);
        assertThat(new EpochFilter(false, false, 0, 0, null, null, null, null, null, null, null, 2.5).apply(all))
                .extracting(Epoch::currentEpoch).containsExactly(1, 4);
        assertThat(new EpochFilter(false, false, 0, 0, null, null, null, null, 0.0, 50.0, null, null).apply(all))
                .extracting(Epoch::currentEpoch).containsExactly(1);
        assertThat(none.apply(all)).hasSize(4);
    }

    @Test
    void parameterExportLaysOptimisedOverFixedValues() {
        ObjectNode content = ParameterExport.content(epoch(1, 1, true, 3, 12), "SampleStrategy",
                Instant.parse("2024-03-01T12:00:00Z"));
        assertThat(content.toString()).isEqualTo("{\"strategy_name\":\"SampleStrategy\",\"params\":{\"sell\":"
                + "{\"sell_rsi\":70},\"buy\":{\"buy_rsi\":21},\"stoploss\":{\"stoploss\":-0.1}},\"ft_stratparam_v\":1,"
                + "\"export_time\":\"2024-03-01 12:00:00.000000+00:00\"}");
    }

    @Test
    void detailsPrintParametersAsPython() {
        String text = EpochDetails.render(epoch(4, 1.234567, true, 3, 12), 10, false, false, "Best result");
        assertThat(text).startsWith("\nBest result:\n\n     4/10: explanation 4 Objective: 1.23457\n\n")
                .contains("\n    # Buy hyperspace params:\n    buy_params = {\n        \"buy_rsi\": 24,\n    }\n")
                .contains("\n    # Sell hyperspace params:\n    sell_params = {\n        \"sell_rsi\": 70,"
                        + EpochDetails.NOT_OPTIMIZED + "\n    }\n")
                .contains("\n    # Stoploss:\n    stoploss = -0.1\n");
        assertThat(EpochDetails.render(epoch(4, 1, true, 3, 12), 10, true, true, "x"))
                .isEqualTo("{\"params\":{\"buy_rsi\":24,\"sell_rsi\":70},\"stoploss\":-0.1}\n");
    }
}
