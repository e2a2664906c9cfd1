package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.Map;

/**
 * {@code /plot_config}: how FreqUI should chart a strategy's indicators, as the strategy
 * defines it. Both parts are null when the strategy defines no plot configuration.
 *
 * @param mainPlot indicator name → its settings ({@code {"color": "blue"}}), drawn over the candles
 * @param subplots subplot name → (indicator name → settings)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlotConfig(Map<String, Object> mainPlot, Map<String, Object> subplots) {
}
