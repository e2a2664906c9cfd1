package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.Map;

/**
 * {@code /pair_candles} and {@code /pair_history}: an analysed candle table. {@code data} holds
 * one row per candle, aligned with {@code columns}; find values by column name
 * ({@code columns.indexOf("close")}).
 *
 * @param columns        the frame's columns (after a column filter), then {@code __date_ts}
 *                       (epoch ms), then one {@code _<signal>_signal_close} per signal column
 * @param allColumns     the frame's columns before filtering and before the added ones
 * @param data           rows; dates as ISO-8601 text, missing numbers as null
 * @param buySignals     = {@code enterLongSignals} (legacy name)
 * @param sellSignals    = {@code exitLongSignals} (legacy name)
 * @param lastAnalyzed   ISO-8601 UTC
 * @param lastAnalyzedTs epoch seconds
 * @param dataStartTs    the first candle's open time, epoch ms (0 when empty)
 * @param dataStart      the same as {@code YYYY-MM-DD HH:MM:SS+00:00} ({@code ""} when empty)
 * @param annotations    chart annotations from the strategy (newer servers; null elsewhere)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PairHistory(String strategy, String pair, String timeframe, long timeframeMs, List<String> columns,
                          List<String> allColumns, List<List<Object>> data, int length, int buySignals,
                          int sellSignals, int enterLongSignals, int exitLongSignals, int enterShortSignals,
                          int exitShortSignals, String lastAnalyzed, long lastAnalyzedTs, long dataStartTs,
                          String dataStart, long dataStopTs, String dataStop, List<Map<String, Object>> annotations) {
}
