package dev.hertz.core.bot;

import dev.hertz.core.exchange.Order;
import dev.hertz.core.exchange.OrderSide;
import dev.hertz.core.exchange.OrderStatus;
import dev.hertz.core.exchange.OrderType;

/**
 * freqtrade's {@code Order.to_ccxt_object}: rebuilds a simulated exchange order from its database
 * row so that a restarted dry-run bot keeps simulating it.
 */
final class DryRunOrders {

    private static final String STOPLOSS = "stoploss";

    private DryRunOrders() {
    }

    /**
     * The exchange order a row describes. Missing amounts and prices fall back the way the row's
     * {@code safe_*} accessors do; a stop row keeps its trigger price so it is never filled.
     *
     * @param nowMillis creation time to use when the row has no order date
     */
    static Order fromRow(dev.hertz.core.persistence.Order row, long nowMillis) {
        String id = row.orderId();
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("Cannot restore a dry-run order without order_id (row id " + row.id() + ")");
        }
        boolean stop = STOPLOSS.equals(row.ftOrderSide());
        String sideText = stop ? row.side() : row.ftOrderSide();
        if (sideText == null) {
            throw new IllegalArgumentException("Cannot restore dry-run order " + id + ": ft_order_side "
                    + row.ftOrderSide() + " and side " + row.side() + " name no buy or sell");
        }
        OrderSide side = OrderSide.parse(sideText);
        OrderType type = "market".equals(row.orderType()) ? OrderType.MARKET
                : stop || row.orderType() == null ? OrderType.LIMIT : OrderType.parse(row.orderType());
        OrderStatus status = status(id, row.status());
        double amount = row.safeAmount();
        double price = row.safePlacementPrice();
        double cost = row.cost() != null ? row.cost() : amount * price;
        long timestamp = row.orderDate() != null ? row.orderDate().toEpochMilli() : nowMillis;
        Long filledAt = row.orderFilledDate() != null ? row.orderFilledDate().toEpochMilli() : null;
        return new Order(id, row.ftPair(), type, side, status, amount, price, row.average(), row.safeFilled(),
                row.safeRemaining(), cost, null, timestamp, filledAt,
                stop ? (row.stopPrice() != null ? row.stopPrice() : price) : null, 1.0);
    }

    private static OrderStatus status(String id, String text) {
        if (text == null) {
            return OrderStatus.OPEN;
        }
        if ("cancelled".equals(text)) {
            return OrderStatus.CANCELED;
        }
        try {
            return OrderStatus.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot restore dry-run order " + id + ": " + e.getMessage(), e);
        }
    }
}
