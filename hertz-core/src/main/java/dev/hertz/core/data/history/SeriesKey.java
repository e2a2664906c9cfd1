package dev.hertz.core.data.history;

import dev.hertz.core.data.Timeframe;

import java.util.Comparator;
import java.util.Objects;

/**
 * One stored candle series: freqtrade's {@code (pair, timeframe, candle_type)} triple.
 *
 * @param pair       the pair as traded, e.g. {@code BTC/USDT} or {@code BTC/USDT:USDT}
 * @param timeframe  the timeframe as written, e.g. {@code 5m} or {@code 1M}
 * @param candleType which series of the pair
 */
public record SeriesKey(String pair, String timeframe, CandleType candleType) {

    /** freqtrade's listing order: pair, then timeframe length, then candle type. */
    public static final Comparator<SeriesKey> ORDER = Comparator.comparing(SeriesKey::pair)
            .thenComparingLong(SeriesKey::timeframeSeconds)
            .thenComparing(k -> k.candleType().value());

    public SeriesKey {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(candleType, "candleType");
    }

    /** The timeframe's length; unparseable timeframes (a hand-named file) sort last. */
    long timeframeSeconds() {
        try {
            return Timeframe.parse(timeframe).seconds();
        } catch (IllegalArgumentException e) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public String toString() {
        return pair + ", " + timeframe + ", " + candleType.value();
    }
}
