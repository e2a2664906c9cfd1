package dev.hertz.core.data.history;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.OperationalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * freqtrade's {@code _download_pair_history}: brings one stored series up to date from an
 * exchange. Without a start it continues from the last stored candle (or starts
 * {@code newPairsDays} back for a new series); a start before the stored data downloads
 * everything again; {@code prepend} fills in before the stored data instead. Only complete
 * candles are stored.
 */
public final class HistoryDownloader {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryDownloader.class);
    private static final DateTimeFormatter MS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final long DAY_MS = 86_400_000L;

    private final Exchange exchange;
    private final HistoryStore store;
    private final InstantSource exchangeTime;

    /**
     * @param exchangeTime the exchange's current time, which decides which candles are complete
     *                     (the simulated exchange's own clock, or the wall clock)
     */
    public HistoryDownloader(Exchange exchange, HistoryStore store, InstantSource exchangeTime) {
        this.exchange = exchange;
        this.store = store;
        this.exchangeTime = exchangeTime;
    }

    /**
     * Downloads and stores one series.
     *
     * @param range        what to download; open ends mean "from the stored data" and "until now"
     * @param newPairsDays history depth for a series with no stored data and no start
     * @param erase        delete the stored series first
     * @param prepend      download the time before the stored data
     * @return the series as stored now
     */
    public DataRange download(SeriesKey key, TimeRange range, int newPairsDays, boolean erase, boolean prepend) {
        if (key.candleType() != CandleType.SPOT) {
            throw new OperationalException("Exchange " + exchange.name() + " offers no " + key.candleType().value()
                    + " candles; only spot candles can be downloaded from it.");
        }
        Timeframe timeframe = Timeframe.parse(key.timeframe());
        if (erase && store.purge(key)) {
            LOG.info("Deleting existing data for pair {}, {}, {}.", key.pair(), key.timeframe(), key.candleType().value());
        }
        Long since = range.hasStart() ? range.startTs() * 1000 : null;
        Long until = range.hasStop() ? range.stopTs() * 1000 : null;
        Candles stored = store.read(key);
        if (!stored.isEmpty()) {
            if (!prepend && since != null && since < stored.firstDate()) {
                stored = Candles.empty();
            } else if (prepend) {
                until = stored.firstDate();
            } else {
                since = stored.lastDate();
            }
        }
        LOG.info("Download history data for \"{}\", {}, {} and store in {}. From {} to {}", key.pair(), key.timeframe(),
                key.candleType().value(), store.datadir(), since == null ? "start" : format(since),
                until == null ? "now" : format(until));

        long now = exchangeTime.millis();
        long from = since != null ? since : now - newPairsDays * DAY_MS;
        OhlcvRows rows = new OhlcvRows(stored.size() + 1024);
        for (int i = 0; i < stored.size(); i++) {
            rows.add(stored.date(i), stored.open(i), stored.high(i), stored.low(i), stored.close(i), stored.volume(i));
        }
        fetch(key.pair(), timeframe, from, until, now, rows);
        Candles merged = CandleCleaner.clean(rows);
        store.store(key, merged);
        return merged.isEmpty() ? DataRange.EMPTY
                : new DataRange(Instant.ofEpochMilli(merged.firstDate()), Instant.ofEpochMilli(merged.lastDate()), merged.size());
    }

    /** Pages through the exchange's candles from {@code from}, keeping complete ones up to {@code until} (inclusive). */
    private void fetch(String pair, Timeframe timeframe, long from, Long until, long now, OhlcvRows rows) {
        int limit = exchange.capabilities().ohlcvCandleLimit();
        long end = until == null ? now : Math.min(until, now);
        long cursor = from;
        while (cursor <= end) {
            Candles batch = exchange.fetchOhlcv(pair, timeframe, cursor, limit);
            if (batch.isEmpty()) {
                return;
            }
            for (int i = 0; i < batch.size(); i++) {
                long date = batch.date(i);
                boolean complete = date + timeframe.millis() <= now;
                if (date >= cursor && date <= end && complete) {
                    rows.add(date, batch.open(i), batch.high(i), batch.low(i), batch.close(i), batch.volume(i));
                }
            }
            long next = batch.lastDate() + timeframe.millis();
            if (next <= cursor) {
                return;
            }
            cursor = next;
        }
    }

    private static String format(long millis) {
        return MS_TIME.format(Instant.ofEpochMilli(millis));
    }
}
