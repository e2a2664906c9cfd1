package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The statistics object has every key, with its JSON type, of the strategy object FreqUI received
 * in the recorded fixture (frequi-fixtures/backtest/backtest_get_end.json), and trade entries have
 * exactly the keys of reference bot-core §7.6.
 */
class StatsShapeTest {
    /**
     * Holding times are {@code str(timedelta)} in freqtrade's result file; the recorded API
     * response carried them as seconds (FastAPI's encoding), which the {@code _s} keys hold here.
     */
    private static final Set<String> FILE_TEXT_KEYS = Set.of("holding_avg", "winner_holding_avg", "loser_holding_avg");
    /** Unset in the strategy under test; freqtrade writes null for it too. */
    private static final Set<String> NULLABLE = Set.of("trailing_stop_positive");

    private static final List<String> TRADE_KEYS = List.of("pair", "stake_amount", "max_stake_amount", "amount",
            "open_date", "close_date", "open_rate", "close_rate", "fee_open", "fee_close", "trade_duration",
            "profit_ratio", "profit_abs", "exit_reason", "initial_stop_loss_abs", "initial_stop_loss_ratio",
            "stop_loss_abs", "stop_loss_ratio", "min_rate", "max_rate", "is_open", "enter_tag", "leverage", "is_short",
            "open_timestamp", "close_timestamp", "orders");

    private static JsonNode fixture() throws IOException {
        String property = System.getProperty("hertz.shared.dir");
        Path shared = property != null && !property.isBlank() ? Path.of(property) : Path.of("..", "..", "shared");
        Path file = shared.resolve("reference/frequi-fixtures/backtest/backtest_get_end.json");
        assumeTrue(Files.isRegularFile(file), "FreqUI fixture not found at " + file + " (set -Dhertz.shared.dir); skipping");
        return new ObjectMapper().readTree(file.toFile()).path("backtest_result").path("strategy").path("SampleStrategy");
    }

    private static String type(JsonNode node) {
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isNumber()) {
            return "float";
        }
        return node.getNodeType().name().toLowerCase();
    }

    @Test
    void everyFixtureKeyWithItsType() throws IOException {
        JsonNode expected = fixture();
        ObjectNode stats = BacktestStats.strategyStats(Runs.run(Runs.fiveTrades()));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : BacktestReport.fields(expected)) {
            JsonNode ours = stats.get(e.getKey());
            if (ours == null) {
                problems.add("missing " + e.getKey());
            } else if (FILE_TEXT_KEYS.contains(e.getKey())) {
                if (!ours.isTextual() || !stats.get(e.getKey() + "_s").isFloatingPointNumber()) {
                    problems.add(e.getKey() + " should be text with seconds under _s");
                }
            } else if (!(ours.isNull() && NULLABLE.contains(e.getKey())) && !type(ours).equals(type(e.getValue()))) {
                problems.add(e.getKey() + ": " + type(ours) + " instead of " + type(e.getValue()));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void resultLinesCarryTheFixtureRowKeys() throws IOException {
        JsonNode expected = fixture().path("results_per_pair").get(0);
        JsonNode ours = BacktestStats.strategyStats(Runs.run(Runs.fiveTrades())).get("results_per_pair").get(0);
        expected.fieldNames().forEachRemaining(k -> assertThat(ours.has(k)).as(k).isTrue());
        assertThat(ours.get("winrate").isFloatingPointNumber()).isTrue();
    }

    @Test
    void tradeEntriesHaveExactlyTheResultFileKeys() throws IOException {
        ObjectNode stats = BacktestStats.strategyStats(Runs.run(Runs.fiveTrades()));
        JsonNode trade = stats.get("trades").get(0);
        List<String> keys = new ArrayList<>();
        trade.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(TRADE_KEYS);
        fixture().path("trades").get(0).fieldNames().forEachRemaining(k -> assertThat(keys).contains(k));

        assertThat(trade.get("open_date").asText()).isEqualTo("2024-01-01 00:00:00+00:00");
        assertThat(trade.get("close_timestamp").asLong()).isEqualTo(1704074400000L);
        assertThat(trade.get("trade_duration").asLong()).isEqualTo(120);
        assertThat(trade.get("stop_loss_ratio").asDouble()).isEqualTo(-0.1);
        // only the filled order; the cancelled one without fill is left out
        assertThat(trade.get("orders")).hasSize(1);
        JsonNode order = trade.get("orders").get(0);
        assertThat(order.get("ft_is_entry").asBoolean()).isTrue();
        assertThat(order.get("safe_price").asDouble()).isEqualTo(100.0);
        assertThat(order.get("order_filled_timestamp").asLong()).isEqualTo(1704067200000L);

        JsonNode lock = stats.get("locks").get(0);
        assertThat(lock.get("lock_end_time").asText()).isEqualTo("2024-01-03 05:00:00");
        assertThat(lock.get("side").asText()).isEqualTo("*");
    }
}
