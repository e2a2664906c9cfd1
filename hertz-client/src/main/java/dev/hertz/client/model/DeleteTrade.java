package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer to deleting a trade.
 *
 * @param result           {@code success}
 * @param resultMsg        {@code "Deleted trade 3. Closed 1 open orders."}
 * @param cancelOrderCount open orders cancelled on the exchange first
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteTrade(String result, long tradeId, String resultMsg, int cancelOrderCount) {
}
