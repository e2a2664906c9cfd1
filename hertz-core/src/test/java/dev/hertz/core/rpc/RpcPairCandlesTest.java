package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.builtin.DemoStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code /pair_candles} over the frames a real bot analysed on the simulated exchange. */
class RpcPairCandlesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LAST_CANDLE = Instant.parse("2024-03-10T11:59:00Z").toEpochMilli();

    @TempDir
    Path dir;
    RpcBot fx;
    Frame frame;

    @BeforeEach
    void setUp() {
        fx = new RpcBot(dir, null);
        fx.bot.process(false);
        frame = fx.bot.context().analyzer().analyzedFrame("BTC/USDT").orElseThrow();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void wholeFrameWithDateTsAndSignalCloseColumns() {
        PairHistory h = fx.rpc.pairCandles("BTC/USDT", "1m", null, null);

        assertThat(h.strategy()).isEqualTo("DemoStrategy");
        assertThat(h.timeframeMs()).isEqualTo(60_000);
        assertThat(h.allColumns()).containsExactly("date", "open", "high", "low", "close", "volume", "ema_fast",
                "ema_slow", "rsi", "enter_tag", "enter_long", "exit_tag", "exit_long");
        assertThat(h.columns()).containsExactly("date", "open", "high", "low", "close", "volume", "ema_fast",
                "ema_slow", "rsi", "enter_tag", "enter_long", "exit_tag", "exit_long", "__date_ts",
                "_enter_long_signal_close", "_exit_long_signal_close");
        assertThat(h.length()).isEqualTo(frame.length()).isEqualTo(h.data().size()).isPositive();
        assertThat(h.lastAnalyzed()).isEqualTo("2024-03-10T12:00:00Z");
        assertThat(h.lastAnalyzedTs()).isEqualTo(RpcBot.NOW.getEpochSecond());
        assertThat(h.dataStopTs()).isEqualTo(LAST_CANDLE);
        assertThat(h.dataStop()).isEqualTo("2024-03-10 11:59:00+00:00");
        assertThat(h.dataStartTs()).isEqualTo(frame.date()[0]);

        double[] enter = frame.col("enter_long");
        double[] exit = frame.col("exit_long");
        int entries = 0;
        int exits = 0;
        for (int i = 0; i < frame.length(); i++) {
            List<Object> row = h.data().get(i);
            assertThat(row).hasSize(h.columns().size());
            assertThat(row.get(0)).isEqualTo(RpcFormat.isoZ(Instant.ofEpochMilli(frame.date()[i])));
            assertThat(row.get(13)).isEqualTo(frame.date()[i]);
            assertThat(row.get(14)).isEqualTo(enter[i] == 1.0 ? frame.close()[i] : null);
            assertThat(row.get(15)).isEqualTo(exit[i] == 1.0 ? frame.close()[i] : null);
            assertThat(row.get(10)).isEqualTo(enter[i] == 1.0 ? 1.0 : null);
            entries += enter[i] == 1.0 ? 1 : 0;
            exits += exit[i] == 1.0 ? 1 : 0;
        }
        assertThat(h.enterLongSignals()).isEqualTo(entries).isEqualTo(h.buySignals());
        assertThat(h.exitLongSignals()).isEqualTo(exits).isEqualTo(h.sellSignals());
        assertThat(h.enterShortSignals()).isZero();
        // the RSI needs a few candles first: NaN is written as null
        assertThat(h.data().get(0).get(8)).isNull();
        assertThat(h.data().get(0).get(9)).isEqualTo("");
        assertThat(h.annotations()).isEmpty();
    }

    @Test
    void limitKeepsTheNewestCandles() {
        PairHistory h = fx.rpc.pairCandles("BTC/USDT", "1m", 3, null);
        assertThat(h.length()).isEqualTo(3);
        assertThat(h.dataStartTs()).isEqualTo(LAST_CANDLE - 120_000);
        assertThat(h.dataStart()).isEqualTo("2024-03-10 11:57:00+00:00");
        assertThat(h.data().get(2).get(0)).isEqualTo("2024-03-10T11:59:00Z");
        assertThat(h.allColumns()).hasSize(13);
        assertThatThrownBy(() -> fx.rpc.pairCandles("BTC/USDT", "1m", -1, null))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.INPUT));
    }

    @Test
    void columnFilterKeepsOhlcvAndSignals() {
        PairHistory some = fx.rpc.pairCandles("BTC/USDT", "1m", 5, List.of("rsi", "no_such_column"));
        assertThat(some.columns()).containsExactly("date", "open", "high", "low", "close", "volume", "rsi",
                "enter_long", "exit_long", "__date_ts", "_enter_long_signal_close", "_exit_long_signal_close");
        assertThat(some.allColumns()).contains("ema_fast", "enter_tag");
        assertThat(some.data().get(4).get(6)).isEqualTo(frame.last("rsi"));

        PairHistory none = fx.rpc.pairCandles("BTC/USDT", "1m", 5, List.of());
        assertThat(none.columns()).containsExactly("date", "open", "high", "low", "close", "volume",
                "enter_long", "exit_long", "__date_ts", "_enter_long_signal_close", "_exit_long_signal_close");
    }

    @Test
    void pairOrTimeframeNotAnalysedGivesTheEmptyTable() {
        for (PairHistory empty : List.of(fx.rpc.pairCandles("XRP/USDT", "1m", null, null),
                fx.rpc.pairCandles("BTC/USDT", "5m", null, null))) {
            assertThat(empty.columns()).isEmpty();
            assertThat(empty.allColumns()).isEmpty();
            assertThat(empty.data()).isEmpty();
            assertThat(empty.length()).isZero();
            assertThat(empty.lastAnalyzed()).isEqualTo("1970-01-01T00:00:00Z");
            assertThat(empty.lastAnalyzedTs()).isZero();
            assertThat(empty.dataStart()).isEmpty();
            assertThat(empty.dataStopTs()).isZero();
            assertThat(empty.enterLongSignals()).isZero();
        }
        assertThat(fx.rpc.pairCandles("XRP/USDT", "5m", null, null).timeframeMs()).isEqualTo(300_000);
        assertThatThrownBy(() -> fx.rpc.pairCandles("BTC/USDT", "7x", null, null))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.INPUT));
    }

    @Test
    void jsonHasEveryFieldOfFreqUisRecordingWithTheSameTypes() throws Exception {
        JsonNode ours = JSON.valueToTree(fx.rpc.pairCandles("BTC/USDT", "1m", null, null));
        JsonNode fixture = fixture();
        for (Iterator<String> it = fixture.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            assertThat(ours.has(key)).as(key).isTrue();
            assertThat(ours.get(key).getNodeType()).as(key).isEqualTo(fixture.get(key).getNodeType());
        }
        assertThat(ours.get("all_columns").isArray()).isTrue();
        assertThat(ours.get("annotations").isArray()).isTrue();
        assertThat(ours.get("timeframe_ms").isIntegralNumber()).isTrue();
        JsonNode last = ours.get("data").get(ours.get("length").asInt() - 1);
        assertThat(last.get(0).asText()).isEqualTo("2024-03-10T11:59:00Z");
        assertThat(last.get(13).isIntegralNumber()).isTrue();
        assertThat(last.get(13).asLong()).isEqualTo(LAST_CANDLE);
        assertThat(ours.get("data").get(0).get(8).isNull()).isTrue();
    }

    @Test
    void annotationsOfTheStrategyOverTheKeptRows() {
        AnnotatingStrategy strategy = new AnnotatingStrategy();
        PairHistory h = PairHistoryJson.of(strategy, "BTC/USDT", "1m", frame, 10, null, RpcBot.NOW);
        assertThat(h.strategy()).isEqualTo("AnnotatingStrategy");
        assertThat(strategy.seenRows).isEqualTo(10);
        assertThat(strategy.seenEnd).isEqualTo(Instant.ofEpochMilli(LAST_CANDLE));
        assertThat(h.annotations()).containsExactly(Map.of("type", "area", "label", "BTC/USDT"));

        strategy.fail = true;
        assertThat(PairHistoryJson.of(strategy, "BTC/USDT", "1m", frame, 10, null, RpcBot.NOW).annotations())
                .isEmpty();
        assertThat(PairHistoryJson.of("AnnotatingStrategy", "BTC/USDT", "1m", frame, 10, null, RpcBot.NOW)
                .annotations()).isEmpty();
    }

    @Test
    void isoDatesCarryMicrosecondsOnlyWhenPresent() {
        assertThat(RpcFormat.isoZ(Instant.parse("2024-10-24T09:29:03.123456789Z")))
                .isEqualTo("2024-10-24T09:29:03.123456Z");
        assertThat(RpcFormat.isoZ(Instant.parse("2017-11-26T08:50:00Z"))).isEqualTo("2017-11-26T08:50:00Z");
    }

    /** Draws one area and one annotation of an unknown type, which is dropped. */
    static final class AnnotatingStrategy extends DemoStrategy {
        int seenRows;
        Instant seenEnd;
        boolean fail;

        @Override
        public List<Map<String, Object>> plotAnnotations(String pair, Instant startDate, Instant endDate,
                                                         Frame dataframe) {
            if (fail) {
                throw new IllegalStateException("broken annotations");
            }
            seenRows = dataframe.length();
            seenEnd = endDate;
            return List.of(Map.of("type", "area", "label", pair), Map.of("type", "circle"));
        }
    }

    private static JsonNode fixture() throws Exception {
        String prop = System.getProperty("hertz.shared.dir");
        Path file = (prop != null ? Path.of(prop) : Path.of("..", "..", "shared"))
                .resolve("reference/frequi-fixtures/pair_candles_btc_1m.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file),
                "../shared/reference absent: skipping the FreqUI fixture comparison");
        return JSON.readTree(file.toFile());
    }
}
