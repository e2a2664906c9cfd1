package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.strategy.builtin.SampleStrategy;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.compression.NoCompressionCodec;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Result files on disk: write, read back, latest, history, notes, delete, market change, run id, cache. */
class BacktestResultFilesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LocalDateTime FIRST = LocalDateTime.parse("2024-02-01T10:00:00");
    private static final LocalDateTime SECOND = LocalDateTime.parse("2024-02-02T11:30:05");

    @TempDir
    Path dir;

    private static ObjectNode result(String runId) {
        return BacktestStats.result(List.of(Runs.run(Runs.fiveTrades())), Map.of("SampleStrategy", runId));
    }

    private static MarketChange marketChange() {
        return MarketChange.series(Runs.data(), Runs.PAIRS, Runs.MIN, Runs.MAX);
    }

    @Test
    void writtenResultReadsBackEqual() throws IOException {
        ObjectNode result = result("id1");
        Path file = BacktestResultFiles.write(dir, result, marketChange(), FIRST);
        assertThat(file.getFileName().toString()).isEqualTo("backtest-result-2024-02-01_10-00-00.json");
        assertThat(dir.resolve("backtest-result-2024-02-01_10-00-00.meta.json")).isRegularFile();
        assertThat(dir.resolve("backtest-result-2024-02-01_10-00-00_market_change.feather")).isRegularFile();
        JsonNode onDisk = MAPPER.readTree(file.toFile());
        assertThat(onDisk.has("metadata")).isFalse();

        // JSON equality: numbers compare by value once parsed (an int written from a long reads back as int)
        JsonNode expected = MAPPER.readTree(MAPPER.writeValueAsString(result));
        ObjectNode loaded = BacktestResultFiles.load(file);
        assertThat(loaded.get("strategy")).isEqualTo(expected.get("strategy"));
        assertThat(loaded.get("strategy_comparison")).isEqualTo(expected.get("strategy_comparison"));
        assertThat(loaded.get("metadata")).isEqualTo(expected.get("metadata"));
        assertThat(loaded.get("strategy").get("SampleStrategy").get("max_drawdown_abs").asDouble()).isEqualTo(40.0);
    }

    @Test
    void lastResultNamesTheNewestAndADirectoryLoadsIt() {
        BacktestResultFiles.write(dir, result("old"), null, FIRST);
        BacktestResultFiles.write(dir, result("new"), null, SECOND);
        assertThat(BacktestResultFiles.latestName(dir)).isEqualTo("backtest-result-2024-02-02_11-30-05.json");
        assertThat(BacktestResultFiles.load(dir).get("metadata").get("SampleStrategy").get("run_id").asText()).isEqualTo("new");
    }

    @Test
    void aFileNameGetsTheAppendixBeforeItsSuffix() {
        Path file = BacktestResultFiles.write(dir.resolve("mine.json"), result("x"), marketChange(), FIRST);
        assertThat(file).isEqualTo(dir.resolve("mine-2024-02-01_10-00-00.json"));
        assertThat(dir.resolve("mine-2024-02-01_10-00-00.meta.json")).isRegularFile();
        assertThat(dir.resolve("mine-2024-02-01_10-00-00_market_change.feather")).isRegularFile();
    }

    @Test
    void missingResultsAreClearErrors() {
        assertThatThrownBy(() -> BacktestResultFiles.load(dir)).isInstanceOf(ResultFileException.class)
                .hasMessageContaining("does not seem to contain backtest statistics yet");
        assertThatThrownBy(() -> BacktestResultFiles.load(dir.resolve("nope.json")))
                .hasMessageContaining("does not exist");
        BacktestResultFiles files = new BacktestResultFiles(dir);
        assertThatThrownBy(() -> files.delete("../escape")).isInstanceOf(ResultFileException.class)
                .extracting(e -> ((ResultFileException) e).kind()).isEqualTo(ResultFileException.Kind.NOT_FOUND);
    }

    @Test
    void marketChangeFeatherHasTheArrowSchema() throws IOException {
        BacktestResultFiles.write(dir, result("x"), marketChange(), FIRST);
        Path feather = dir.resolve("backtest-result-2024-02-01_10-00-00_market_change.feather");
        try (BufferAllocator allocator = new RootAllocator();
             FileChannel channel = FileChannel.open(feather, StandardOpenOption.READ);
             ArrowFileReader reader = new ArrowFileReader(channel, allocator,
                     NoCompressionCodec.Factory.INSTANCE)) {
            List<Field> fields = reader.getVectorSchemaRoot().getSchema().getFields();
            assertThat(fields).extracting(Field::getName).containsExactly("date", "mean", "rel_mean", "count");
            assertThat(fields.get(0).getType()).isEqualTo(new ArrowType.Timestamp(TimeUnit.NANOSECOND, "UTC"));
            assertThat(fields.get(1).getType()).isEqualTo(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE));
            assertThat(fields.get(3).getType()).isEqualTo(new ArrowType.Int(64, true));
        }
        MarketChange back = new BacktestResultFiles(dir).marketChange("backtest-result-2024-02-01_10-00-00");
        assertThat(back.dates()).containsExactly(marketChange().dates());
        assertThat(back.mean()).containsExactly(marketChange().mean());
        assertThat(back.relMean()).containsExactly(marketChange().relMean());
        assertThat(back.count()).containsExactly(1, 2, 2);
    }

    @Test
    void historyNotesAndDelete() throws IOException {
        BacktestResultFiles.write(dir, result("old"), marketChange(), FIRST);
        BacktestResultFiles.write(dir, result("new"), marketChange(), SECOND);
        Files.writeString(dir.resolve("backtest-result-2024-02-02_11-30-05_signals.pkl"), "x");
        BacktestResultFiles files = new BacktestResultFiles(dir);

        List<BacktestHistoryEntry> history = files.list();
        assertThat(history).extracting(BacktestHistoryEntry::filename)
                .containsExactly("backtest-result-2024-02-02_11-30-05", "backtest-result-2024-02-01_10-00-00");
        BacktestHistoryEntry newest = history.get(0);
        assertThat(newest.runId()).isEqualTo("new");
        assertThat(newest.strategy()).isEqualTo("SampleStrategy");
        assertThat(newest.notes()).isEmpty();
        assertThat(newest.backtestStartTs()).isEqualTo(Runs.MIN.getEpochSecond());
        assertThat(newest.timeframe()).isEqualTo("5m");
        assertThat(newest.timeframeDetail()).isNull();

        List<BacktestHistoryEntry> noted = files.updateNotes("backtest-result-2024-02-01_10-00-00", "SampleStrategy", "good one");
        assertThat(noted).singleElement().extracting(BacktestHistoryEntry::notes).isEqualTo("good one");
        assertThat(files.list().get(1).notes()).isEqualTo("good one");
        assertThatThrownBy(() -> files.updateNotes("backtest-result-2024-02-01_10-00-00", "Other", "x"))
                .hasMessage("Strategy not in metadata.");

        ObjectNode one = files.read("backtest-result-2024-02-01_10-00-00", "SampleStrategy");
        assertThat(one.get("metadata").get("SampleStrategy").get("filename").asText())
                .isEqualTo("backtest-result-2024-02-01_10-00-00");
        assertThat(one.get("strategy_comparison")).hasSize(1);

        List<BacktestHistoryEntry> left = files.delete("backtest-result-2024-02-02_11-30-05");
        assertThat(left).extracting(BacktestHistoryEntry::filename).containsExactly("backtest-result-2024-02-01_10-00-00");
        try (var remaining = Files.list(dir)) {
            assertThat(remaining.map(p -> p.getFileName().toString()).filter(n -> n.contains("2024-02-02")).toList()).isEmpty();
        }
        assertThat(dir.resolve("backtest-result-2024-02-01_10-00-00_market_change.feather")).isRegularFile();
    }

    @Test
    void runIdChangesWithConfigAndIgnoresInterfaces() throws IOException {
        ObjectNode config = (ObjectNode) MAPPER.readTree("{\"stake_amount\": 10, \"telegram\": {\"enabled\": false}}");
        ObjectNode otherTelegram = (ObjectNode) MAPPER.readTree("{\"stake_amount\": 10, \"telegram\": {\"enabled\": true}}");
        ObjectNode otherStake = (ObjectNode) MAPPER.readTree("{\"stake_amount\": 20}");
        String id = RunId.of(config, new SampleStrategy());
        assertThat(id).matches("[0-9a-f]{40}");
        assertThat(RunId.of(otherTelegram, new SampleStrategy())).isEqualTo(id);
        assertThat(RunId.of(otherStake, new SampleStrategy())).isNotEqualTo(id);
        Path source = Files.writeString(dir.resolve("MyStrategy.java"), "class MyStrategy {}");
        Path params = dir.resolve("MyStrategy.json");
        String withSource = RunId.of(config, Optional.of(params), Optional.of(source), "MyStrategy");
        Files.writeString(params, "{\"params\": {}}");
        assertThat(RunId.of(config, Optional.of(params), Optional.of(source), "MyStrategy")).isNotEqualTo(withSource);
    }

    @Test
    void cacheHitsByRunIdWithinTheAge() {
        BacktestResultFiles.write(dir, result("id1"), null, FIRST);
        BacktestResultFiles files = new BacktestResultFiles(dir);
        // the run started 2024-02-01T10:00:00Z
        Instant runStart = Instant.parse("2024-02-01T10:00:00Z");
        Instant end = Instant.parse("2024-01-11T00:00:00Z");

        ObjectNode hit = BacktestCache.DAY.lookup(files, Map.of("SampleStrategy", "id1"), end, runStart.plusSeconds(3600));
        assertThat(hit.get("strategy").has("SampleStrategy")).isTrue();
        assertThat(hit.get("metadata").get("SampleStrategy").get("filename").asText())
                .isEqualTo("backtest-result-2024-02-01_10-00-00");

        assertThat(BacktestCache.DAY.lookup(files, Map.of("SampleStrategy", "id1"), end, runStart.plusSeconds(2 * 86_400))
                .get("strategy").isEmpty()).isTrue();
        assertThat(BacktestCache.WEEK.lookup(files, Map.of("SampleStrategy", "id1"), end, runStart.plusSeconds(2 * 86_400))
                .get("strategy").isEmpty()).isFalse();
        assertThat(BacktestCache.MONTH.lookup(files, Map.of("SampleStrategy", "id1"), end, runStart.plusSeconds(29 * 86_400))
                .get("strategy").isEmpty()).isTrue();
        assertThat(BacktestCache.DAY.lookup(files, Map.of("SampleStrategy", "other"), end, runStart)
                .get("strategy").isEmpty()).isTrue();
        assertThat(BacktestCache.NONE.lookup(files, Map.of("SampleStrategy", "id1"), end, runStart)
                .get("strategy").isEmpty()).isTrue();
        // an open-ended or future timerange disables the cache
        assertThat(BacktestCache.DAY.minBacktestDate(null, runStart)).isEmpty();
        assertThat(BacktestCache.DAY.minBacktestDate(runStart.plusSeconds(60), runStart)).isEmpty();
        assertThat(BacktestCache.of(null)).isEqualTo(BacktestCache.DAY);
        assertThatThrownBy(() -> BacktestCache.of("year")).hasMessageContaining("none, day, week, month");
    }
}
