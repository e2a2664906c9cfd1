package dev.hertz.core.rpc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * {@code /strategy/{name}}.
 *
 * @param strategy  the class name
 * @param code      the source file's text; for a built-in or jar strategy whose source Hertz does
 *                  not have, a one-line comment saying so
 * @param timeframe null when neither strategy nor config sets one
 * @param params    the hyperopt parameters, by space (buy, sell, protection) then name
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StrategyInfo(String strategy, String code, String timeframe, List<Parameter> params) {
    public StrategyInfo {
        params = List.copyOf(params);
    }

    /**
     * One hyperopt parameter as FreqUI lists it. {@code low}/{@code high} only for Int, Real and
     * Decimal parameters ({@code decimals} only for Decimal), {@code optRange} only for
     * Categorical and Boolean ones; absent fields are left out of the JSON.
     *
     * @param paramType {@code IntParameter}, {@code RealParameter}, {@code DecimalParameter},
     *                  {@code BooleanParameter} or {@code CategoricalParameter}
     * @param value     the current value
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Parameter(String paramType, String name, String space, boolean load, boolean optimize,
                            @JsonInclude(JsonInclude.Include.ALWAYS) Object value, Number low, Number high,
                            Integer decimals, List<Object> optRange) {
    }
}
