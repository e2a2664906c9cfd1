package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One strategy of one stored result, as freqtrade's backtest history lists it
 * (freqtrade-api.md BacktestHistoryEntry).
 *
 * @param filename          the result file's stem ({@code backtest-result-2024-01-01_10-00-00})
 * @param backtestStartTime wall-clock start of the run, epoch seconds
 * @param notes             the user's notes, {@code ""} when none
 * @param backtestStartTs   first simulated candle, epoch seconds; null in older files
 * @param backtestEndTs     last simulated candle, epoch seconds; null in older files
 * @param timeframeDetail   null when none was used
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BacktestHistoryEntry(String filename, String strategy, String runId, long backtestStartTime, String notes,
                                   Long backtestStartTs, Long backtestEndTs, String timeframe, String timeframeDetail) {
}
