package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The reply of deleting a trade: {@code result} is always {@code success}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeleteTrade(String result, long tradeId, String resultMsg, int cancelOrderCount) {
}
