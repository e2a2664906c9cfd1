package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * {@code /trades}: one page of closed trades.
 *
 * @param tradesCount the trades on this page
 * @param offset      the requested offset, echoed
 * @param totalTrades all closed trades (page on until this many were read)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TradeResponse(List<Trade> trades, int tradesCount, int offset, int totalTrades) {
}
