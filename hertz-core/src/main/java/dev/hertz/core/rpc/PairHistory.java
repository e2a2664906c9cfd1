package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.Map;

/**
 * {@code /pair_candles} and {@code /pair_history}: an analysed candle table in freqtrade's
 * {@code PairHistory} form, built by {@link PairHistoryJson}.
 *
 * @param columns        the columns of {@code data}: the frame's (after the column filter), then
 *                       {@code __date_ts}, then one {@code _<signal>_signal_close} per signal column
 * @param allColumns     the frame's columns before filtering and before the added ones
 * @param data           one row per candle; dates as ISO {@code ...Z} text, NaN and infinities as null
 * @param buySignals     = {@code enterLongSignals} (deprecated name)
 * @param sellSignals    = {@code exitLongSignals} (deprecated name)
 * @param lastAnalyzed   ISO {@code ...Z}
 * @param lastAnalyzedTs epoch seconds
 * @param dataStartTs    open time of the first row, epoch milliseconds, 0 when empty
 * @param dataStart      the same as {@code YYYY-MM-DD HH:MM:SS+00:00}, {@code ""} when empty
 * @param annotations    chart annotations from the strategy ({@code type} {@code area}, {@code line}, {@code point})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PairHistory(String strategy, String pair, String timeframe, long timeframeMs, List<String> columns,
                          List<String> allColumns, List<List<Object>> data, int length, int buySignals,
                          int sellSignals, int enterLongSignals, int exitLongSignals, int enterShortSignals,
                          int exitShortSignals, String lastAnalyzed, long lastAnalyzedTs, long dataStartTs,
                          String dataStart, long dataStopTs, String dataStop, List<Map<String, Object>> annotations) {
}
