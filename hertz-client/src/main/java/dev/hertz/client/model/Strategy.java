package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * {@code /strategy/{name}}: a strategy's source and settings.
 *
 * @param code      the full text of the strategy's file
 * @param timeframe null when the strategy sets none
 * @param params    its hyperoptable parameters (newer servers; null elsewhere)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Strategy(String strategy, String code, String timeframe, List<Parameter> params) {

    /**
     * One hyperoptable parameter.
     *
     * @param paramType {@code IntParameter}, {@code RealParameter}, {@code DecimalParameter},
     *                  {@code BooleanParameter} or {@code CategoricalParameter}
     * @param space     {@code buy}, {@code sell}, {@code protection}, ...
     * @param value     the value in use
     * @param low       range start (numeric parameters)
     * @param high      range end (numeric parameters)
     * @param decimals  {@code DecimalParameter} only
     * @param optRange  the choices (categorical and boolean parameters)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Parameter(String paramType, String name, String space, boolean load, boolean optimize, Object value,
                            Number low, Number high, Integer decimals, List<Object> optRange) {
    }
}
