package dev.hertz.core.exchange;

/**
 * An order as the exchange reports it (ccxt's unified order structure, the fields Hertz uses).
 *
 * @param id                 exchange order id
 * @param symbol             market symbol
 * @param type               limit or market
 * @param side               buy or sell
 * @param status             open, closed, canceled, ...
 * @param amount             ordered amount in base currency
 * @param price              limit price (for market orders the reference rate), or null
 * @param average            average fill price, or null before any fill
 * @param filled             amount filled so far
 * @param remaining          {@code amount - filled}
 * @param cost               quote value of the fills ({@code filled × average}); dry-run open orders
 *                           carry {@code amount × price} as freqtrade does
 * @param fee                fee charged so far, or null
 * @param timestamp          creation time, epoch millis
 * @param lastTradeTimestamp time of the last fill, or null
 * @param stopPrice          trigger price of a stop order, null for ordinary orders
 * @param leverage           leverage the order was placed with (1 for spot)
 */
public record Order(String id, String symbol, OrderType type, OrderSide side, OrderStatus status,
                    double amount, Double price, Double average, double filled, double remaining, double cost,
                    Fee fee, long timestamp, Long lastTradeTimestamp, Double stopPrice, double leverage) {

    public Order {
        if (id == null || symbol == null || type == null || side == null || status == null) {
            throw new IllegalArgumentException("Order needs id, symbol, type, side and status");
        }
    }

    public boolean isOpen() {
        return status == OrderStatus.OPEN;
    }

    /** A stop order (stoploss on exchange); the dry-run simulator never fills those by itself. */
    public boolean isStop() {
        return stopPrice != null;
    }
}
