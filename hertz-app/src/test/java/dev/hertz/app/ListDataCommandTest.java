package dev.hertz.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListDataCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void userDir() throws Exception {
        Files.createDirectories(dir.resolve("user_data"));
    }

    private CliRunner.Result listData(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "list-data";
        args[1] = "--datadir";
        args[2] = DataTables.testdata().toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return new CliRunner(dir).run(args);
    }

    @Test
    void groupsTimeframesPerPairAsFreqtrade() {
        CliRunner.Result r = listData();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Found 4 pair / timeframe combinations.\nPair ");
        assertThat(DataTables.rows(r.out())).containsExactly(
                List.of("UNITTEST/BTC", "1m, 5m, 30m", "spot"),
                List.of("XRP/ETH", "5m", "spot"));
    }

    @Test
    void showsFirstAndLastCandleAndCount() {
        CliRunner.Result r = listData("--show-timerange", "--pairs", "UNITTEST/BTC");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Found 3 pair / timeframe combinations.");
        assertThat(r.out().lines().skip(1).findFirst().orElseThrow())
                .matches("Pair +┃ Timeframe ┃ Type ┃ From +┃ To +┃ Candles");
        assertThat(DataTables.rows(r.out())).containsExactly(
                List.of("UNITTEST/BTC", "1m", "spot", "2017-11-04 23:02:00", "2017-11-14 22:59:00", "13681"),
                List.of("UNITTEST/BTC", "5m", "spot", "2018-01-10 04:55:00", "2018-01-30 04:50:00", "5760"),
                List.of("UNITTEST/BTC", "30m", "spot", "2017-12-03 13:00:00", "2018-01-12 12:30:00", "1920"));
    }

    @Test
    void listsTheFilesOfTheChosenFormat() {
        assertThat(DataTables.rows(listData("--data-format-ohlcv", "json").out()))
                .containsExactly(List.of("UNITTEST/BTC", "1m", "spot"));
        assertThat(DataTables.rows(listData("--data-format-ohlcv", "jsongz").out()))
                .containsExactly(List.of("UNITTEST/BTC", "8m", "spot"));
        CliRunner.Result futures = listData("--trading-mode", "futures");
        assertThat(futures.exitCode()).isZero();
        assertThat(futures.out()).isEqualTo("Found 0 pair / timeframe combinations.\n");
    }

    @Test
    void badInputNamesTheOptionOrFile() throws Exception {
        // picocli prints "Invalid value for option '--data-format-ohlcv': <message>" (see DataFormatConverterTest)
        assertThat(listData("--data-format-ohlcv", "csv").exitCode()).isEqualTo(2);
        assertThat(listData("--data-format-ohlcv", "hdf5").exitCode()).isEqualTo(2);

        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("BROKEN_BTC-5m.feather"), "not arrow at all");
        CliRunner.Result broken = new CliRunner(dir).run("list-data", "--datadir", "data", "--show-timerange");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.log()).contains("Could not read candle file " + data.resolve("BROKEN_BTC-5m.feather"));

        CliRunner.Result noUserDir = new CliRunner(dir).run("list-data", "--userdir", "missing");
        assertThat(noUserDir.exitCode()).isEqualTo(1);
        assertThat(noUserDir.log()).contains("Directory `" + dir.resolve("missing") + "` does not exist.");
    }
}
