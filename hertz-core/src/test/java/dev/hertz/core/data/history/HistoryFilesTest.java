package dev.hertz.core.data.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryFilesTest {
    private static final Path DATA = Path.of("data");

    @Test
    void pairNamesBecomeFileStems() {
        assertThat(HistoryFiles.pairToFilename("ETH/BTC")).isEqualTo("ETH_BTC");
        assertThat(HistoryFiles.pairToFilename("BTC/USDT:USDT")).isEqualTo("BTC_USDT_USDT");
        assertThat(HistoryFiles.pairToFilename("A.B@C$D+E F")).isEqualTo("A_B_C_D_E_F");
    }

    @ParameterizedTest
    @CsvSource({
            "XMR_USDT, XMR/USDT",
            "BTC_USDT, BTC/USDT",
            "USDT_BUSD, USDT/BUSD",
            "BTC_USDT_USDT, BTC/USDT:USDT",
            "XRP_USDT_USDT, XRP/USDT:USDT",
            "BTC-PERP, BTC-PERP",
            "BTC-PERP_USDT, BTC-PERP:USDT",
            "UNITTEST_USDT, UNITTEST/USDT"})
    void stemsBecomePairNamesAsInFreqtrade(String stem, String pair) {
        assertThat(HistoryFiles.rebuildPair(stem)).isEqualTo(pair);
    }

    @Test
    void spotFilesSitInTheDataDirectoryAndOthersUnderFutures() {
        assertThat(HistoryFiles.file(DATA, new SeriesKey("ETH/BTC", "5m", CandleType.SPOT), DataFormat.FEATHER))
                .isEqualTo(Path.of("data/ETH_BTC-5m.feather"));
        assertThat(HistoryFiles.file(DATA, new SeriesKey("BTC/USDT:USDT", "1h", CandleType.FUTURES), DataFormat.FEATHER))
                .isEqualTo(Path.of("data/futures/BTC_USDT_USDT-1h-futures.feather"));
        assertThat(HistoryFiles.file(DATA, new SeriesKey("XRP/USDT:USDT", "8h", CandleType.MARK), DataFormat.JSONGZ))
                .isEqualTo(Path.of("data/futures/XRP_USDT_USDT-8h-mark.json.gz"));
        assertThat(HistoryFiles.file(DATA, new SeriesKey("XRP/USDT:USDT", "8h", CandleType.FUNDING_RATE), DataFormat.JSON))
                .isEqualTo(Path.of("data/futures/XRP_USDT_USDT-8h-funding_rate.json"));
        assertThat(HistoryFiles.file(DATA, new SeriesKey("XRP/USDT:USDT", "1h", CandleType.PREMIUM_INDEX), DataFormat.FEATHER))
                .isEqualTo(Path.of("data/futures/XRP_USDT_USDT-1h-premiumIndex.feather"));
        assertThat(HistoryFiles.file(DATA, new SeriesKey("XRP/USDT:USDT", "1h", CandleType.INDEX), DataFormat.FEATHER))
                .isEqualTo(Path.of("data/futures/XRP_USDT_USDT-1h-index.feather"));
    }

    @Test
    void monthlyTimeframesAreWrittenMoAndReadBack() {
        SeriesKey monthly = new SeriesKey("BTC/USDT", "1M", CandleType.SPOT);
        assertThat(HistoryFiles.file(DATA, monthly, DataFormat.FEATHER)).isEqualTo(Path.of("data/BTC_USDT-1Mo.feather"));
        assertThat(HistoryFiles.legacyFile(DATA, monthly, DataFormat.FEATHER)).isEqualTo(Path.of("data/BTC_USDT-1M.feather"));
        assertThat(HistoryFiles.parse("BTC_USDT-1Mo.feather", DataFormat.FEATHER)).contains(monthly);
        assertThat(HistoryFiles.parse("BTC_USDT-1mo.feather", DataFormat.FEATHER)).contains(monthly);
    }

    @ParameterizedTest
    @CsvSource({
            "XMR_BTC-5m.json, XMR/BTC, 5m, spot",
            "BTC-PERP-1h.json, BTC-PERP, 1h, spot",
            "BTC_USDT-2h-mark.json, BTC/USDT, 2h, mark",
            "BTC-PERP-1h-index.json, BTC-PERP, 1h, index",
            "XMR_USDT_USDT-1h-mark.json, XMR/USDT:USDT, 1h, mark",
            "XRP_USDT_USDT-8h-funding_rate.json, XRP/USDT:USDT, 8h, funding_rate",
            "XRP_USDT_USDT-1h-premiumIndex.json, XRP/USDT:USDT, 1h, premiumIndex",
            "XRP_USDT_USDT-1h-premiumindex.json, XRP/USDT:USDT, 1h, premiumIndex"})
    void fileNamesParseAsFreqtradesListingRegex(String name, String pair, String timeframe, String type) {
        assertThat(HistoryFiles.parse(name, DataFormat.JSON))
                .contains(new SeriesKey(pair, timeframe, CandleType.fromValue(type)));
    }

    @Test
    void otherFilesAreNotCandleFiles() {
        assertThat(HistoryFiles.parse("XRP_ETH-trades.feather", DataFormat.FEATHER)).isEmpty();
        assertThat(HistoryFiles.parse("XMR_USDT-1h-random.json", DataFormat.JSON)).isEmpty();
        assertThat(HistoryFiles.parse("UNITTEST_BTC-8m.json.gz", DataFormat.JSON)).isEmpty();
        assertThat(HistoryFiles.parse("UNITTEST_BTC-8m.json.gz", DataFormat.JSONGZ))
                .isEqualTo(Optional.of(new SeriesKey("UNITTEST/BTC", "8m", CandleType.SPOT)));
        assertThat(HistoryFiles.parse("pairs.json", DataFormat.JSON)).isEmpty();
    }
}
