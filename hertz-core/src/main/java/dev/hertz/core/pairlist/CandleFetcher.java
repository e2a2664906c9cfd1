package dev.hertz.core.pairlist;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.HertzException;
import java.time.InstantSource;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Candles for the filters that judge pairs by their history, shaped as freqtrade's
 * {@code refresh_latest_ohlcv} hands them over: only closed candles, and gaps filled with flat
 * zero-volume candles at the previous close (so a day without trades still counts as a day).
 * A pair whose download fails is logged and left out; the filters then treat it as "no candles".
 */
final class CandleFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(CandleFetcher.class);
    private static final int CACHED_PAIRS = 1000;

    private record Window(String timeframe, long sinceMs) {
    }

    private final Exchange exchange;
    private final InstantSource clock;
    private final Map<Window, ExpiringCache<String, Candles>> caches = new ConcurrentHashMap<>();

    CandleFetcher(Exchange exchange, InstantSource clock) {
        this.exchange = exchange;
        this.clock = clock;
    }

    /** Candles opening at or after {@code sinceMs}, downloaded now. */
    Map<String, Candles> fetch(Collection<String> pairs, Timeframe timeframe, long sinceMs) {
        Map<String, Candles> result = new LinkedHashMap<>();
        for (String pair : pairs) {
            Candles candles = download(pair, timeframe, sinceMs);
            if (candles != null) {
                result.put(pair, candles);
            }
        }
        return result;
    }

    /**
     * Like {@link #fetch}, but served from a cache that empties at each candle boundary of
     * {@code timeframe} (freqtrade's {@code refresh_ohlcv_with_cache}), so a daily filter running
     * every few seconds downloads once a day.
     */
    Map<String, Candles> fetchCached(Collection<String> pairs, Timeframe timeframe, long sinceMs) {
        ExpiringCache<String, Candles> cache = caches.computeIfAbsent(new Window(timeframe.name(), sinceMs),
                w -> ExpiringCache.periodic(clock, timeframe.seconds(), CACHED_PAIRS));
        Map<String, Candles> result = new LinkedHashMap<>();
        for (String pair : pairs) {
            Candles candles = cache.get(pair);
            if (candles == null) {
                candles = download(pair, timeframe, sinceMs);
                if (candles != null) {
                    cache.put(pair, candles);
                }
            }
            if (candles != null) {
                result.put(pair, candles);
            }
        }
        return result;
    }

    private Candles download(String pair, Timeframe timeframe, long sinceMs) {
        Candles raw;
        try {
            raw = exchange.fetchOhlcv(pair, timeframe, sinceMs, exchange.capabilities().ohlcvCandleLimit());
        } catch (HertzException e) {
            LOG.warn("Could not fetch {} candles for {}: {}", timeframe, pair, e.getMessage());
            return null;
        }
        return closedAndFilled(raw, timeframe, clock.millis());
    }

    /** Drops candles still forming at {@code nowMs} and fills gaps between the remaining ones. */
    static Candles closedAndFilled(Candles raw, Timeframe timeframe, long nowMs) {
        long step = timeframe.millis();
        int closed = raw.size();
        while (closed > 0 && raw.date(closed - 1) + step > nowMs) {
            closed--;
        }
        Candles.Builder out = Candles.builder(closed);
        for (int i = 0; i < closed; i++) {
            long date = raw.date(i);
            if (i > 0) {
                double previousClose = raw.close(i - 1);
                for (long gap = raw.date(i - 1) + step; gap < date; gap += step) {
                    out.add(gap, previousClose, previousClose, previousClose, previousClose, 0.0);
                }
            }
            out.add(date, raw.open(i), raw.high(i), raw.low(i), raw.close(i), raw.volume(i));
        }
        return out.build();
    }
}
