package dev.hertz.core.exchange.sim;

import dev.hertz.core.exchange.Fee;
import dev.hertz.core.exchange.Order;
import dev.hertz.core.exchange.OrderSide;
import dev.hertz.core.exchange.OrderStatus;
import dev.hertz.core.exchange.OrderType;

/** The simulator's mutable bookkeeping for one order; callers only ever see {@link #snapshot()}. */
final class SimOrder {

    final String id;
    final SimPair pair;
    final OrderType type;
    final OrderSide side;
    final double amount;
    final Double limit;
    final long timestamp;
    OrderStatus status = OrderStatus.OPEN;
    double filled;
    double cost;
    double feeCost;
    /** The single fee rate used so far, or NaN once fills at different rates were mixed. */
    double feeRate = -1;
    Long lastTradeTimestamp;
    /** Funds locked for the unfilled rest: quote (incl. maker fee) for buys, base for sells. */
    double reserved;
    /** Fills are checked against the price path after this instant. */
    long checkedUntil;

    SimOrder(String id, SimPair pair, OrderType type, OrderSide side, double amount, Double limit, long timestamp) {
        this.id = id;
        this.pair = pair;
        this.type = type;
        this.side = side;
        this.amount = amount;
        this.limit = limit;
        this.timestamp = timestamp;
        this.checkedUntil = timestamp;
    }

    double remaining() {
        return pair.amounts().round(amount - filled);
    }

    void recordFill(double qty, double price, double rate, long when) {
        filled = pair.amounts().round(filled + qty);
        cost += qty * price;
        feeCost += qty * price * rate;
        feeRate = feeRate < 0 || feeRate == rate ? rate : Double.NaN;
        lastTradeTimestamp = when;
    }

    Order snapshot() {
        Double average = filled > 0 ? cost / filled : null;
        Double price = limit != null ? limit : average;
        Fee fee = null;
        if (filled > 0) {
            fee = new Fee(pair.spec().quote(), feeCost, Double.isNaN(feeRate) ? feeCost / cost : feeRate);
        }
        return new Order(id, pair.spec().symbol(), type, side, status, amount, price, average, filled, remaining(),
                cost, fee, timestamp, lastTradeTimestamp, null, 1.0);
    }
}
