package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** {@code /exchanges}: the exchanges the server knows. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExchangeList(List<Exchange> exchanges) {

    /**
     * One exchange.
     *
     * @param classname  its id
     * @param valid      whether it can be used at all
     * @param supported  whether it is officially supported
     * @param aliasFor   the exchange this one is an alias of; null when it is none
     * @param tradeModes the trading modes it offers, spot first
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Exchange(String name, String classname, boolean valid, boolean supported, String comment, boolean dex,
                           boolean isAlias, String aliasFor, List<TradeMode> tradeModes) {
    }

    /**
     * A trading mode of an exchange.
     *
     * @param tradingMode {@code spot}, {@code margin} or {@code futures}
     * @param marginMode  {@code ""}, {@code cross} or {@code isolated}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TradeMode(String tradingMode, String marginMode) {
    }
}
