package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.Map;

/**
 * {@code /markets}: the exchange's markets by symbol.
 *
 * @param exchangeId the exchange's id
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Markets(Map<String, Market> markets, String exchangeId) {

    /**
     * One market.
     *
     * @param swap   a perpetual futures market
     * @param active null when the server does not say
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Market(String symbol, String base, String quote, boolean spot, boolean swap, Boolean active) {
    }
}
