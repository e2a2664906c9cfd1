package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One order of a trade (only filled or still open orders are listed). Timestamps are epoch
 * milliseconds; the last six fields come only with {@code /trades}.
 *
 * @param status       the exchange's status: {@code open}, {@code closed}, {@code canceled}, ...
 * @param safePrice    the fill price, else the order price
 * @param ftOrderSide  {@code buy}, {@code sell} or {@code stoploss}
 * @param ftIsEntry    whether the order opened or increased the position
 * @param average      average fill price, 0 when unknown
 * @param orderDate    {@code YYYY-MM-DD HH:MM:SS} UTC
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Order(String pair, String orderId, String status, Double remaining, double amount, double safePrice,
                    double cost, Double filled, String ftOrderSide, String orderType, boolean isOpen,
                    Long orderTimestamp, Long orderFilledTimestamp, Double ftFeeBase, String ftOrderTag,
                    Boolean ftIsEntry, Double average, String orderDate, String orderFilledDate, Double price,
                    Double fundingFee) {
}
