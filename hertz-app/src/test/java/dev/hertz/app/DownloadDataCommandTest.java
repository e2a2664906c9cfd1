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
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadDataCommandTest {
    /** The simulated market starts at a fixed time, so the candles of a past timerange are always the same. */
    private static final String CONFIG = """
            {"exchange": {"name": "sim", "pair_whitelist": ["BTC/USDT"], "sim": {"start": "2024-03-10T12:00:00Z"}},
             "stake_currency": "USDT"}""";

    @TempDir
    Path dir;
    private Path data;

    @BeforeEach
    void userDir() throws Exception {
        Files.createDirectories(dir.resolve("user_data"));
        Files.writeString(dir.resolve("config.json"), CONFIG);
        data = dir.resolve("user_data/data/sim");
    }

    private CliRunner.Result run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "download-data";
        System.arraycopy(args, 0, full, 1, args.length);
        return new CliRunner(dir).run(full);
    }

    @Test
    void fillsTheDataDirectoryForPairsAndTimeframes() {
        CliRunner.Result r = run("--pairs", "BTC/USDT", "ETH/USDT", "-t", "5m", "1h", "--timerange", "20240301-20240302");
        assertThat(r.exitCode()).as(r.log()).isZero();
        assertThat(r.log()).contains("About to download pairs: [BTC/USDT, ETH/USDT], intervals: [5m, 1h] to " + data);
        assertThat(r.out()).contains("Downloading data...").contains("100%");
        assertThat(data.resolve("BTC_USDT-5m.feather")).exists();
        assertThat(data.resolve("ETH_USDT-1h.feather")).exists();

        CliRunner.Result list = new CliRunner(dir).run("list-data", "--show-timerange");
        assertThat(DataTables.rows(list.out())).containsExactly(
                List.of("BTC/USDT", "5m", "spot", "2024-03-01 00:00:00", "2024-03-02 00:00:00", "289"),
                List.of("BTC/USDT", "1h", "spot", "2024-03-01 00:00:00", "2024-03-02 00:00:00", "25"),
                List.of("ETH/USDT", "5m", "spot", "2024-03-01 00:00:00", "2024-03-02 00:00:00", "289"),
                List.of("ETH/USDT", "1h", "spot", "2024-03-01 00:00:00", "2024-03-02 00:00:00", "25"));
    }

    @Test
    void theSameRunGivesTheSameCandles() {
        run("-t", "1h", "--timerange", "20240305-20240306", "--data-format-ohlcv", "json");
        HistoryStore store = new HistoryStore(data, DataFormat.JSON);
        SeriesKey key = new SeriesKey("BTC/USDT", "1h", CandleType.SPOT);
        Candles first = store.read(key);
        assertThat(first.size()).isEqualTo(25);

        CliRunner.Result again = run("-t", "1h", "--timerange", "20240305-20240306", "--data-format-ohlcv", "json", "--erase");
        assertThat(again.exitCode()).isZero();
        assertThat(again.log()).contains("Deleting existing data for pair BTC/USDT, 1h, spot.");
        assertThat(store.read(key)).isEqualTo(first);
    }

    @Test
    void daysCountBackFromTheExchangesTime() {
        CliRunner.Result r = run("-t", "1d", "--days", "5");
        assertThat(r.exitCode()).isZero();
        Candles days = new HistoryStore(data, DataFormat.FEATHER).read(new SeriesKey("BTC/USDT", "1d", CandleType.SPOT));
        // from 2024-03-05 to the last complete day before the simulated now (2024-03-10 12:00 plus a moment)
        assertThat(Instant.ofEpochMilli(days.firstDate())).isEqualTo("2024-03-05T00:00:00Z");
        assertThat(Instant.ofEpochMilli(days.lastDate())).isEqualTo("2024-03-09T00:00:00Z");
    }

    @Test
    void pairsMayBeExpressionsAndUnknownPairsAreReported() {
        CliRunner.Result r = run("-p", "(BTC|ETH)/USDT", "FOO/USDT", "-t", "1d", "--timerange", "20240301-20240302");
        assertThat(r.exitCode()).isZero();
        assertThat(r.log()).contains("About to download pairs: [BTC/USDT, ETH/USDT, FOO/USDT]")
                .contains("Skipping pair FOO/USDT...")
                .contains("Pairs [FOO/USDT] not available on exchange sim.");
        assertThat(data.resolve("ETH_USDT-1d.feather")).exists();
        assertThat(data.resolve("FOO_USDT-1d.feather")).doesNotExist();
    }

    @Test
    void badInputGetsFreqtradesMessages() throws Exception {
        CliRunner.Result both = run("--days", "3", "--timerange", "20240301-");
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(both.log()).contains("--days and --timerange are mutually exclusive.");

        CliRunner.Result timeframe = run("-t", "7m");
        assertThat(timeframe.exitCode()).isEqualTo(1);
        assertThat(timeframe.log()).contains("Invalid timeframe '7m'. This exchange supports: [1m, 3m, 5m");

        CliRunner.Result futures = run("--trading-mode", "futures");
        assertThat(futures.exitCode()).isEqualTo(2);
        assertThat(futures.log()).contains("Exchange sim offers spot markets only; futures data cannot be downloaded");

        Files.delete(dir.resolve("config.json"));
        CliRunner.Result noPairs = run("--exchange", "sim");
        assertThat(noPairs.exitCode()).isEqualTo(1);
        assertThat(noPairs.log()).contains("Downloading data requires a list of pairs.");

        CliRunner.Result noExchange = run("-p", "BTC/USDT");
        assertThat(noExchange.exitCode()).isEqualTo(1);
        assertThat(noExchange.log()).contains("This command requires a configured exchange.");

        CliRunner.Result pairsFile = run("--exchange", "sim", "--pairs-file", "nope.json");
        assertThat(pairsFile.exitCode()).isEqualTo(2);
        assertThat(pairsFile.log()).contains("No pairs file found with path \"" + dir.resolve("nope.json") + "\".");
    }

    @Test
    void aDamagedStoredFileFailsTheRunAndIsNamed() throws Exception {
        Files.createDirectories(data);
        Files.writeString(data.resolve("BTC_USDT-1h.feather"), "garbage");
        CliRunner.Result r = run("-t", "1h", "--timerange", "20240301-20240302");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.log()).contains("Failed to download history data for pair: \"BTC/USDT\", timeframe: 1h. "
                + "Could not read candle file " + data.resolve("BTC_USDT-1h.feather"));
    }
}
