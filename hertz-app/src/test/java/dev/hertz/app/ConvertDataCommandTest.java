package dev.hertz.app;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.data.history.DataFormat;
import dev.hertz.core.data.history.HistoryStore;
import dev.hertz.core.data.history.SeriesKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConvertDataCommandTest {
    private static final SeriesKey BTC_1M = new SeriesKey("UNITTEST/BTC", "1m", CandleType.SPOT);
    private static final SeriesKey XRP_MARK = new SeriesKey("XRP/USDT:USDT", "8h", CandleType.MARK);

    @TempDir
    Path dir;
    private Path data;
    private Candles oneMinute;

    @BeforeEach
    void dataDir() throws Exception {
        Files.createDirectories(dir.resolve("user_data"));
        data = dir.resolve("data");
        Files.createDirectories(data);
        Files.copy(DataTables.testdata().resolve("UNITTEST_BTC-1m.json"), data.resolve("UNITTEST_BTC-1m.json"));
        Files.copy(DataTables.testdata().resolve("UNITTEST_BTC-5m.feather"), data.resolve("UNITTEST_BTC-5m.feather"));
        oneMinute = new HistoryStore(data, DataFormat.JSON).read(BTC_1M);
        new HistoryStore(data, DataFormat.JSON).store(XRP_MARK,
                Candles.builder(2).add(1_637_193_600_000L, 1.1, 1.2, 1.0, 1.15, 0).add(1_637_222_400_000L, 1.15, 1.3, 1.1, 1.2, 0).build());
    }

    private CliRunner.Result run(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "convert-data";
        full[1] = "--datadir";
        full[2] = "data";
        System.arraycopy(args, 0, full, 3, args.length);
        return new CliRunner(dir).run(full);
    }

    @Test
    void convertsEverySeriesAndKeepsTheSourceWithoutErase() {
        CliRunner.Result r = run("--format-from", "json", "--format-to", "jsongz");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Converted 2 of 2 candle series from json to jsongz in " + data);
        assertThat(r.log()).contains("Converting 13681 1m spot candles for UNITTEST/BTC")
                .contains("Converting 2 8h mark candles for XRP/USDT:USDT");
        assertThat(data.resolve("UNITTEST_BTC-1m.json.gz")).exists();
        assertThat(data.resolve("futures/XRP_USDT_USDT-8h-mark.json.gz")).exists();
        assertThat(data.resolve("UNITTEST_BTC-1m.json")).exists();
        assertThat(new HistoryStore(data, DataFormat.JSONGZ).read(BTC_1M)).isEqualTo(oneMinute);
    }

    @Test
    void eraseDeletesTheConvertedSourceFilesOnly() {
        CliRunner.Result r = run("--format-from", "json", "--format-to", "feather", "--erase", "-t", "1m");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Converted 1 of 1 candle series");
        assertThat(data.resolve("UNITTEST_BTC-1m.json")).doesNotExist();
        assertThat(data.resolve("futures/XRP_USDT_USDT-8h-mark.json")).exists();
        assertThat(new HistoryStore(data, DataFormat.FEATHER).read(BTC_1M)).isEqualTo(oneMinute);

        CliRunner.Result list = new CliRunner(dir).run("list-data", "--datadir", "data", "--show-timerange");
        assertThat(DataTables.rows(list.out())).containsExactly(
                List.of("UNITTEST/BTC", "1m", "spot", "2017-11-04 23:02:00", "2017-11-14 22:59:00", "13681"),
                List.of("UNITTEST/BTC", "5m", "spot", "2018-01-10 04:55:00", "2018-01-30 04:50:00", "5760"));
    }

    @Test
    void pairsAndCandleTypesNarrowTheSelection() {
        CliRunner.Result r = run("--format-from", "json", "--format-to", "feather", "--candle-types", "mark");
        assertThat(r.out()).startsWith("Converted 1 of 1 candle series");
        assertThat(data.resolve("futures/XRP_USDT_USDT-8h-mark.feather")).exists();
        assertThat(data.resolve("UNITTEST_BTC-1m.feather")).doesNotExist();

        CliRunner.Result none = run("--format-from", "json", "--format-to", "feather", "-p", "ETH/BTC");
        assertThat(none.out()).startsWith("Converted 0 of 0 candle series");
    }

    @Test
    void badInputIsNamed() throws Exception {
        CliRunner.Result types = run("--format-from", "json", "--format-to", "feather", "--candle-types", "spot", "weird");
        assertThat(types.exitCode()).isEqualTo(2);
        assertThat(types.log()).contains("--candle-types: Unknown candle type \"weird\"");

        assertThat(run("--format-to", "feather").exitCode()).isEqualTo(2);

        Files.writeString(data.resolve("CUT_BTC-5m.json"), "[[1509836520000,1,2,3,4,5],[15098");
        CliRunner.Result cut = run("--format-from", "json", "--format-to", "feather");
        assertThat(cut.exitCode()).isEqualTo(2);
        assertThat(cut.log()).contains("Could not read candle file " + data.resolve("CUT_BTC-5m.json"));
    }
}
