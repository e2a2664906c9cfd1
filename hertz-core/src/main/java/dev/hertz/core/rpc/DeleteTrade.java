package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The reply of {@code DELETE /trades/{id}}.
 *
 * @param result           always {@code success}
 * @param tradeId          the deleted trade
 * @param resultMsg        {@code Deleted trade {id}. Closed {n} open orders.}
 * @param cancelOrderCount open orders cancelled on the exchange
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeleteTrade(String result, long tradeId, String resultMsg, int cancelOrderCount) {
}
