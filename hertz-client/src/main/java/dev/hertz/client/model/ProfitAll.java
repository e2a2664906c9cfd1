package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code /profit_all}: the profit statistics over all trades and, outside spot markets, per
 * direction.
 *
 * @param longTrades  the {@code long} part; null on spot markets
 * @param shortTrades the {@code short} part; null on spot markets
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProfitAll(Profit all, @JsonProperty("long") Profit longTrades,
                        @JsonProperty("short") Profit shortTrades) {
}
