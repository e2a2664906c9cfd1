package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A trade with its current state, as {@code /status}, {@code /trade/{id}}, cancelling an open
 * order and reloading a trade return it: the {@link Trade} fields (on the wire at the same level)
 * plus the current rate and the distances to the stop. Values that need a price are null when
 * the server had none.
 *
 * @param stoplossCurrentDist      stop price − current rate
 * @param stoplossCurrentDistRatio the same relative to the current rate
 * @param stoplossEntryDist        the profit if the stop were hit
 * @param totalProfitAbs           realised plus unrealised profit (0 for closed trades)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenTrade(@JsonUnwrapped Trade trade, Double currentRate, Double stoplossCurrentDist,
                        Double stoplossCurrentDistPct, Double stoplossCurrentDistRatio, Double stoplossEntryDist,
                        Double stoplossEntryDistRatio, Double totalProfitAbs, Double totalProfitFiat,
                        Double totalProfitRatio) {
}
