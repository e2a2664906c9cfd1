package dev.hertz.core.data.history;

import java.time.Instant;

/**
 * What one candle file holds: freqtrade's {@code ohlcv_data_min_max}.
 *
 * @param first   open time of the first candle (the epoch when the file is empty or missing)
 * @param last    open time of the last candle (the epoch when empty)
 * @param candles number of candles
 */
public record DataRange(Instant first, Instant last, int candles) {

    /** The range freqtrade reports for a missing or empty file: the epoch twice and 0 candles. */
    public static final DataRange EMPTY = new DataRange(Instant.EPOCH, Instant.EPOCH, 0);

    public boolean isEmpty() {
        return candles == 0;
    }
}
