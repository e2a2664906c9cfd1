package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.core.persistence.Order;

/**
 * One order inside a trade's JSON form (freqtrade's {@code Order.to_json}).
 *
 * @param average the average fill price rounded to 8 decimals, 0 when unknown
 * @param cost    0 when unknown
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrderJson(double amount, double safePrice, String ftOrderSide, Long orderFilledTimestamp,
                        boolean ftIsEntry, String ftOrderTag, String pair, String orderId, String status,
                        double average, double cost, Double filled, boolean isOpen, String orderDate,
                        Long orderTimestamp, String orderFilledDate, String orderType, Double price,
                        Double remaining, Double ftFeeBase, Double fundingFee) {

    /** The JSON form of {@code order}; {@code entrySide} tells entries from exits. */
    public static OrderJson of(Order order, String entrySide) {
        Double average = order.average();
        Double cost = order.cost();
        return new OrderJson(order.safeAmount(), order.safePrice(), order.ftOrderSide(),
                RpcFormat.millis(order.orderFilledDate()), entrySide.equals(order.ftOrderSide()), order.ftOrderTag(),
                order.ftPair(), order.orderId(), order.status(),
                average != null && average != 0 ? RpcFormat.round(average, 8) : 0.0,
                cost != null && cost != 0 ? cost : 0.0, order.filled(), order.ftIsOpen(),
                RpcFormat.dateOrNull(order.orderDate()), RpcFormat.millis(order.orderDate()),
                RpcFormat.dateOrNull(order.orderFilledDate()), order.orderType(), order.price(), order.remaining(),
                order.ftFeeBase(), order.fundingFee());
    }
}
