package dev.hertz.core.data.history;

import dev.hertz.core.config.TradingMode;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.TimeRange;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading freqtrade's own test candles in every format, and writing files freqtrade reads back. */
class HistoryStoreTest {
    private static final SeriesKey BTC_1M = new SeriesKey("UNITTEST/BTC", "1m", CandleType.SPOT);
    private static final SeriesKey BTC_5M = new SeriesKey("UNITTEST/BTC", "5m", CandleType.SPOT);

    @TempDir
    Path tmp;

    @Test
    void listsWhatFreqtradesTestFolderHoldsPerFormat() {
        Path testdata = SharedTestdata.dir();
        assertThat(new HistoryStore(testdata, DataFormat.FEATHER).available(TradingMode.SPOT)).containsExactly(
                new SeriesKey("UNITTEST/BTC", "1m", CandleType.SPOT),
                new SeriesKey("UNITTEST/BTC", "5m", CandleType.SPOT),
                new SeriesKey("UNITTEST/BTC", "30m", CandleType.SPOT),
                new SeriesKey("XRP/ETH", "5m", CandleType.SPOT));
        assertThat(new HistoryStore(testdata, DataFormat.JSON).available(TradingMode.SPOT)).containsExactly(BTC_1M);
        assertThat(new HistoryStore(testdata, DataFormat.JSONGZ).available(TradingMode.SPOT))
                .containsExactly(new SeriesKey("UNITTEST/BTC", "8m", CandleType.SPOT));
        assertThat(new HistoryStore(testdata, DataFormat.FEATHER).available(TradingMode.FUTURES)).isEmpty();
    }

    @Test
    void readsTheMainBacktestFixture() {
        HistoryStore store = new HistoryStore(SharedTestdata.dir(), DataFormat.FEATHER);
        Candles candles = store.load(BTC_5M, TimeRange.ALL);
        assertThat(candles.size()).isEqualTo(5760);
        assertThat(Instant.ofEpochMilli(candles.firstDate())).isEqualTo("2018-01-10T04:55:00Z");
        assertThat(Instant.ofEpochMilli(candles.lastDate())).isEqualTo("2018-01-30T04:50:00Z");
        assertThat(store.dataRange(new SeriesKey("UNITTEST/BTC", "30m", CandleType.SPOT)))
                .isEqualTo(new DataRange(Instant.parse("2017-12-03T13:00:00Z"), Instant.parse("2018-01-12T12:30:00Z"), 1920));
        assertThat(store.dataRange(new SeriesKey("XRP/ETH", "5m", CandleType.SPOT)).candles()).isEqualTo(706);
    }

    @Test
    void featherJsonAndJsongzHoldTheSameOneMinuteCandles() {
        Path testdata = SharedTestdata.dir();
        Candles feather = new HistoryStore(testdata, DataFormat.FEATHER).read(BTC_1M);
        Candles json = new HistoryStore(testdata, DataFormat.JSON).read(BTC_1M);
        Candles jsongz = new HistoryStore(testdata, DataFormat.JSONGZ).read(new SeriesKey("UNITTEST/BTC", "8m", CandleType.SPOT));

        assertThat(json.size()).isEqualTo(13_681);
        assertThat(json.date(0)).isEqualTo(1_509_836_520_000L);
        assertThat(json.open(0)).isEqualTo(0.00162008);
        assertThat(json.volume(0)).isEqualTo(108.14853839);
        // freqtrade made the feather file from JSON parsed by pandas, which is off by one unit in the last place at times
        assertSameCandles(feather, json);
        assertThat(jsongz).isEqualTo(json);
        assertThat(new HistoryStore(testdata, DataFormat.JSON).dataRange(BTC_1M)).isEqualTo(new DataRange(
                Instant.parse("2017-11-04T23:02:00Z"), Instant.parse("2017-11-14T22:59:00Z"), 13_681));
    }

    @Test
    void loadingFillsGapsAndKeepsTheTimerange() {
        HistoryStore store = new HistoryStore(SharedTestdata.dir(), DataFormat.FEATHER);
        Candles raw = store.read(BTC_1M);
        Candles filled = store.load(BTC_1M, TimeRange.ALL);
        assertThat(filled.size()).isEqualTo((int) ((raw.lastDate() - raw.firstDate()) / 60_000 + 1)).isGreaterThan(raw.size());
        assertThat(store.load(BTC_1M, TimeRange.ALL, false)).isEqualTo(raw);

        Candles day = store.load(BTC_5M, TimeRange.parse("20180115-20180116"));
        assertThat(Instant.ofEpochMilli(day.firstDate())).isEqualTo("2018-01-15T00:00:00Z");
        assertThat(Instant.ofEpochMilli(day.lastDate())).isEqualTo("2018-01-16T00:00:00Z");
        assertThat(day.size()).isEqualTo(289);
    }

    @Test
    void everyFormatRoundTripsWhatItStores() {
        Candles source = new HistoryStore(SharedTestdata.dir(), DataFormat.FEATHER).read(BTC_5M);
        for (DataFormat format : DataFormat.values()) {
            HistoryStore store = new HistoryStore(tmp.resolve(format.value()), format);
            store.store(BTC_5M, source);
            assertThat(store.file(BTC_5M)).exists().hasFileName("UNITTEST_BTC-5m." + format.extension());
            assertThat(store.read(BTC_5M)).as(format.value()).isEqualTo(source);
            assertThat(store.available(TradingMode.SPOT)).containsExactly(BTC_5M);
        }
    }

    @Test
    void futuresSeriesGoToTheFuturesFolder() {
        HistoryStore store = new HistoryStore(tmp, DataFormat.FEATHER);
        Candles candles = Candles.builder(2).add(0, 1, 2, 0.5, 1.5, 10).add(3_600_000, 1.5, 2, 1, 1.8, 20).build();
        SeriesKey futures = new SeriesKey("BTC/USDT:USDT", "1h", CandleType.FUTURES);
        SeriesKey mark = new SeriesKey("BTC/USDT:USDT", "1h", CandleType.MARK);
        store.store(futures, candles);
        store.store(mark, candles);

        assertThat(tmp.resolve("futures/BTC_USDT_USDT-1h-futures.feather")).exists();
        assertThat(tmp.resolve("futures/BTC_USDT_USDT-1h-mark.feather")).exists();
        assertThat(store.available(TradingMode.FUTURES)).containsExactly(futures, mark);
        assertThat(store.available(TradingMode.SPOT)).isEmpty();
        assertThat(store.availableAll()).containsExactly(futures, mark);
        assertThat(store.purge(mark)).isTrue();
        assertThat(store.purge(mark)).isFalse();
        assertThat(store.available(TradingMode.FUTURES)).containsExactly(futures);
    }

    @Test
    void jsonIsWrittenCompactlyWithPythonNumbers() throws Exception {
        HistoryStore store = new HistoryStore(tmp, DataFormat.JSON);
        SeriesKey key = new SeriesKey("ETH/BTC", "1m", CandleType.SPOT);
        store.store(key, Candles.builder(2).add(1_509_836_520_000L, 0.00162008, 0.00016, 1e-05, 2.0, 108.14853839)
                .add(1_509_836_580_000L, 1, 2, 3, Double.NaN, 0).build());
        assertThat(Files.readString(tmp.resolve("ETH_BTC-1m.json"))).isEqualTo(
                "[[1509836520000,0.00162008,0.00016,1e-05,2.0,108.14853839],[1509836580000,1.0,2.0,3.0,null,0.0]]");
        assertThat(store.read(key).close(1)).isNaN();
    }

    @Test
    void repeatedAndUnsortedRowsAreMergedOnLoad() throws Exception {
        Files.writeString(tmp.resolve("ETH_BTC-1m.json"),
                "[[120000,3,3,3,3,1],[0,1,1,1,1,1],[60000,2,2,2,2,1],[60000,2.5,4,1.5,2.2,5]]");
        Candles candles = new HistoryStore(tmp, DataFormat.JSON).read(new SeriesKey("ETH/BTC", "1m", CandleType.SPOT));
        assertThat(candles.dates()).containsExactly(0, 60_000, 120_000);
        assertThat(candles.highs()).containsExactly(1, 4, 3);
        assertThat(candles.closes()).containsExactly(1, 2.2, 3);
    }

    @Test
    void monthlyFilesFallBackToTheOldName() throws Exception {
        Files.writeString(tmp.resolve("ETH_BTC-1M.json"), "[[1704067200000,1,1,1,1,1]]");
        HistoryStore store = new HistoryStore(tmp, DataFormat.JSON);
        assertThat(store.read(new SeriesKey("ETH/BTC", "1M", CandleType.SPOT)).size()).isEqualTo(1);
    }

    @Test
    void aMissingFileHasNoCandlesAndAnEmptyRange() throws Exception {
        HistoryStore store = new HistoryStore(tmp, DataFormat.FEATHER);
        SeriesKey none = new SeriesKey("NOPAIR/XXX", "4m", CandleType.SPOT);
        assertThat(store.load(none, TimeRange.ALL).isEmpty()).isTrue();
        assertThat(store.dataRange(none)).isEqualTo(DataRange.EMPTY);
        Files.writeString(tmp.resolve("NOPAIR_XXX-4m.json"), "[]");
        assertThat(new HistoryStore(tmp, DataFormat.JSON).dataRange(none)).isEqualTo(DataRange.EMPTY);
    }

    @Test
    void damagedFilesAreNamedInTheError() throws Exception {
        Files.writeString(tmp.resolve("BAD_BTC-5m.feather"), "this is not arrow");
        Files.write(tmp.resolve("EMPTY_BTC-5m.feather"), new byte[0]);
        Files.writeString(tmp.resolve("BAD_BTC-5m.json"), "[[1,2,3]]");
        Files.writeString(tmp.resolve("CUT_BTC-5m.json"), "[[1509836520000,1,2,3,4,5],[15098");
        Files.writeString(tmp.resolve("TEXT_BTC-5m.json"), "[[1509836520000,\"1\",2,3,4,5]]");
        Files.writeString(tmp.resolve("BAD_BTC-5m.json.gz"), "not gzip");

        assertThatThrownBy(() -> new HistoryStore(tmp, DataFormat.FEATHER).read(key("BAD/BTC")))
                .isInstanceOf(HistoryException.class).hasMessageContaining("BAD_BTC-5m.feather");
        assertThatThrownBy(() -> new HistoryStore(tmp, DataFormat.FEATHER).read(key("EMPTY/BTC")))
                .isInstanceOf(HistoryException.class).hasMessageContaining("EMPTY_BTC-5m.feather");
        assertThatThrownBy(() -> new HistoryStore(tmp, DataFormat.JSON).read(key("BAD/BTC")))
                .hasMessageContaining("BAD_BTC-5m.json").hasMessageContaining("row 0 has 3 values, expected 6");
        assertThatThrownBy(() -> new HistoryStore(tmp, DataFormat.JSON).read(key("CUT/BTC")))
                .hasMessageContaining("CUT_BTC-5m.json");
        assertThatThrownBy(() -> new HistoryStore(tmp, DataFormat.JSON).read(key("TEXT/BTC")))
                .hasMessageContaining("row 0 column 1 is not a number");
        assertThatThrownBy(() -> new HistoryStore(tmp, DataFormat.JSONGZ).read(key("BAD/BTC")))
                .hasMessageContaining("BAD_BTC-5m.json.gz");
    }

    @Test
    void aMissingDataDirectoryIsAnError() {
        assertThatThrownBy(() -> new HistoryStore(tmp.resolve("nope"), DataFormat.FEATHER).available(TradingMode.SPOT))
                .isInstanceOf(HistoryException.class).hasMessage("Data directory " + tmp.resolve("nope") + " does not exist.");
    }

    private static void assertSameCandles(Candles actual, Candles expected) {
        assertThat(actual.dates()).isEqualTo(expected.dates());
        Offset<Double> ulps = Offset.offset(1e-15);
        assertThat(actual.opens()).containsExactly(expected.opens(), ulps);
        assertThat(actual.highs()).containsExactly(expected.highs(), ulps);
        assertThat(actual.lows()).containsExactly(expected.lows(), ulps);
        assertThat(actual.closes()).containsExactly(expected.closes(), ulps);
        assertThat(actual.volumes()).containsExactly(expected.volumes(), Offset.offset(1e-9));
    }

    private static SeriesKey key(String pair) {
        return new SeriesKey(pair, "5m", CandleType.SPOT);
    }
}
