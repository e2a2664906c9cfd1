package dev.hertz.api.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * freqtrade's BacktestResponse: the state of the webserver's backtest; all seven keys always present.
 *
 * @param progress       0…1 within the current step
 * @param tradeCount     trades closed so far while running, else null
 * @param backtestResult {@code {"metadata", "strategy", "strategy_comparison"}} once finished, else null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BacktestResponse(String status, boolean running, String statusMsg, String step, double progress,
                               Integer tradeCount, JsonNode backtestResult) {
}
