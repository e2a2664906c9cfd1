package dev.hertz.core.exchange.sim;

import dev.hertz.core.exchange.InvalidOrderException;
import dev.hertz.core.exchange.OrderType;

/**
 * The checks a real exchange makes before accepting an order, with binance's filter names in the
 * messages so they read like the errors users know: LOT_SIZE (amount step and minimum),
 * PRICE_FILTER (tick) and NOTIONAL (minimum order value).
 */
final class OrderValidation {

    private OrderValidation() {
    }

    static void check(SimPair p, OrderType type, double amount, Double price, TimeInForce tif) {
        String symbol = p.spec().symbol();
        if (!(amount > 0) || Double.isInfinite(amount)) {
            throw new InvalidOrderException("Invalid amount " + amount + " for " + symbol + ": must be a positive number");
        }
        if (!p.amounts().isOnGrid(amount)) {
            throw new InvalidOrderException("Filter failure: LOT_SIZE. Amount " + amount + " for " + symbol
                    + " is not a multiple of the step size " + p.spec().stepSize());
        }
        if (amount < p.spec().minAmount()) {
            throw new InvalidOrderException("Filter failure: LOT_SIZE. Amount " + amount + " for " + symbol
                    + " is below the minimum amount " + p.spec().minAmount());
        }
        if (type == OrderType.LIMIT) {
            if (price == null || !(price > 0) || Double.isInfinite(price)) {
                throw new InvalidOrderException("A limit order on " + symbol + " needs a positive price, got " + price);
            }
            if (!p.prices().isOnGrid(price)) {
                throw new InvalidOrderException("Filter failure: PRICE_FILTER. Price " + price + " for " + symbol
                        + " is not a multiple of the tick size " + p.spec().tickSize());
            }
        } else if (tif == TimeInForce.PO) {
            throw new InvalidOrderException("A market order on " + symbol + " cannot be post-only");
        }
    }

    static void checkCost(SimPair p, double amount, double price) {
        double cost = amount * price;
        if (cost < p.spec().minCost()) {
            throw new InvalidOrderException("Filter failure: NOTIONAL. Order value " + cost + " " + p.spec().quote()
                    + " for " + p.spec().symbol() + " is below the minimum " + p.spec().minCost());
        }
    }
}
