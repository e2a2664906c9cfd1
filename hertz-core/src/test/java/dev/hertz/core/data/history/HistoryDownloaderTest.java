package dev.hertz.core.data.history;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.OperationalException;
import dev.hertz.core.exchange.sim.SimExchange;
import dev.hertz.core.exchange.sim.SimExchangeConfig;
import dev.hertz.core.testing.ManualClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryDownloaderTest {
    private static final Instant NOW = Instant.parse("2024-03-10T12:34:56Z");
    private static final SeriesKey BTC_5M = new SeriesKey("BTC/USDT", "5m", CandleType.SPOT);
    private static final long M5 = 300_000L;

    @TempDir
    Path tmp;

    private ManualClock clock;
    private SimExchange sim;
    private HistoryStore store;
    private HistoryDownloader downloader;

    @BeforeEach
    void setUp() {
        clock = new ManualClock(NOW);
        sim = new SimExchange(SimExchangeConfig.defaults(), clock);
        store = new HistoryStore(tmp, DataFormat.FEATHER);
        downloader = new HistoryDownloader(sim, store, sim::simTime);
    }

    @Test
    void aTimerangeIsDownloadedWhole() {
        DataRange range = downloader.download(BTC_5M, TimeRange.parse("20240301-20240302"), 30, false, false);

        assertThat(range).isEqualTo(new DataRange(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-02T00:00:00Z"), 289));
        Candles stored = store.read(BTC_5M);
        Candles expected = sim.fetchOhlcv("BTC/USDT", Timeframe.parse("5m"), stored.firstDate(), 289);
        assertThat(stored).isEqualTo(expected);
    }

    @Test
    void laterRunsContinueFromTheLastStoredCandleAndStoreOnlyCompleteOnes() {
        downloader.download(BTC_5M, TimeRange.ALL, 2, false, false);
        Candles first = store.read(BTC_5M);
        assertThat(Instant.ofEpochMilli(first.lastDate())).isEqualTo("2024-03-10T12:25:00Z");
        assertThat(first.firstDate()).isEqualTo(Instant.parse("2024-03-08T12:35:00Z").toEpochMilli());

        clock.advance(Duration.ofHours(1));
        downloader.download(BTC_5M, TimeRange.ALL, 2, false, false);
        Candles second = store.read(BTC_5M);
        assertThat(second.firstDate()).isEqualTo(first.firstDate());
        assertThat(Instant.ofEpochMilli(second.lastDate())).isEqualTo("2024-03-10T13:25:00Z");
        assertThat(second.size()).isEqualTo(first.size() + 12);
        assertThat((second.lastDate() - second.firstDate()) / M5 + 1).isEqualTo(second.size());
    }

    @Test
    void anEarlierStartDownloadsAgainAndPrependFillsTheTimeBefore() {
        downloader.download(BTC_5M, TimeRange.parse("20240305-20240306"), 30, false, false);
        downloader.download(BTC_5M, TimeRange.parse("20240303-"), 30, false, true);
        Candles prepended = store.read(BTC_5M);
        assertThat(Instant.ofEpochMilli(prepended.firstDate())).isEqualTo("2024-03-03T00:00:00Z");
        assertThat(Instant.ofEpochMilli(prepended.lastDate())).isEqualTo("2024-03-06T00:00:00Z");
        assertThat(prepended.size()).isEqualTo(3 * 288 + 1);

        downloader.download(BTC_5M, TimeRange.parse("20240302-20240302"), 30, false, false);
        assertThat(store.read(BTC_5M).size()).isEqualTo(1);
    }

    @Test
    void eraseStartsFromNothing() {
        downloader.download(BTC_5M, TimeRange.parse("20240301-20240302"), 30, false, false);
        DataRange range = downloader.download(BTC_5M, TimeRange.parse("20240305-20240305"), 30, true, false);
        assertThat(range.candles()).isEqualTo(1);
        assertThat(range.first()).isEqualTo("2024-03-05T00:00:00Z");
    }

    @Test
    void onlySpotCandlesComeFromTheExchange() {
        assertThatThrownBy(() -> downloader.download(new SeriesKey("BTC/USDT:USDT", "1h", CandleType.MARK),
                TimeRange.ALL, 30, false, false))
                .isInstanceOf(OperationalException.class)
                .hasMessage("Exchange sim offers no mark candles; only spot candles can be downloaded from it.");
    }
}
