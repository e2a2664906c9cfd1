package dev.hertz.core.rpc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code /profit_all}.
 *
 * @param all          every trade
 * @param longTrades   long trades only ({@code long}); null in spot trading
 * @param shortTrades  short trades only ({@code short}); null in spot trading
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProfitAll(ProfitStatistics all, @JsonProperty("long") ProfitStatistics longTrades,
                        @JsonProperty("short") ProfitStatistics shortTrades) {
}
