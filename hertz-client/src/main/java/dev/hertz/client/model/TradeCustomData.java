package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * {@code /trades/{id}/custom-data}: what the strategy stored on one trade.
 *
 * @param customData empty when the trade has none
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TradeCustomData(long tradeId, List<CustomData> customData) {

    /**
     * One stored value.
     *
     * @param type      the stored type ({@code str}, {@code int}, {@code float}, {@code bool}, {@code dict}, ...)
     * @param value     the decoded value
     * @param createdAt ISO-8601 UTC
     * @param updatedAt ISO-8601 UTC; null if never changed
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CustomData(String key, String type, Object value, String createdAt, String updatedAt) {
    }
}
