package dev.hertz.core.exchange.sim;

import dev.hertz.core.exchange.Balance;
import dev.hertz.core.exchange.InsufficientFundsError;
import dev.hertz.core.exchange.InvalidOrderException;
import dev.hertz.core.exchange.Order;
import dev.hertz.core.exchange.OrderSide;
import dev.hertz.core.exchange.OrderStatus;
import dev.hertz.core.exchange.OrderType;
import dev.hertz.core.exchange.RetryableOrderError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulated exchange account: balances and the matching of orders.
 *
 * <p>An incoming order first takes liquidity from the simulated book (taker fee, one fill per level,
 * so large market orders slip); a limit order only takes levels at or better than its price and
 * rests with the remainder, locking the funds it needs. Resting orders fill at their limit price
 * (maker fee) once the traded price passes through it, checked lazily whenever the account is
 * looked at. Fees are charged in the quote currency. Thread-safe.
 */
final class SimAccount {

    private static final int MAX_LEVELS = 5000;
    private static final double FUNDS_TOLERANCE = 1e-9;

    private final Map<String, double[]> balances = new TreeMap<>();
    private final Map<String, SimOrder> orders = new HashMap<>();
    private final Map<String, SimOrder> open = new LinkedHashMap<>();
    private final double makerFee;
    private final double takerFee;
    private final long idBase;
    private long sequence;

    SimAccount(Map<String, Double> initialBalances, double makerFee, double takerFee, long idBase) {
        initialBalances.forEach((currency, amount) -> balances.put(currency, new double[]{amount, 0}));
        this.makerFee = makerFee;
        this.takerFee = takerFee;
        this.idBase = idBase;
    }

    synchronized Order place(SimPair p, OrderType type, OrderSide side, double amount, Double price,
                             TimeInForce tif, long now) {
        OrderValidation.check(p, type, amount, price, tif);
        settle(now);
        double qtyTotal = p.amounts().round(amount);
        SimBook.Side levels = p.book().side(p.path().price(now), now, side);
        double reference = type == OrderType.LIMIT ? price : levels.price(0);
        OrderValidation.checkCost(p, qtyTotal, reference);

        List<double[]> fills = new ArrayList<>();
        double remaining = qtyTotal;
        double lastPrice = levels.price(0);
        for (int i = 0; remaining > 0 && i < MAX_LEVELS && levels.has(i); i++) {
            lastPrice = levels.price(i);
            if (type == OrderType.LIMIT && !crosses(side, lastPrice, price)) {
                break;
            }
            double take = Math.min(levels.amount(i), remaining);
            fills.add(new double[]{take, lastPrice});
            remaining = p.amounts().round(remaining - take);
        }
        if (type == OrderType.MARKET && remaining > 0) {
            // deeper than the simulated book goes: the rest trades at the last level seen
            fills.add(new double[]{remaining, lastPrice});
            remaining = 0;
        }
        if (tif == TimeInForce.PO && !fills.isEmpty()) {
            throw new InvalidOrderException("Order would immediately match and take: post-only " + side.wire()
                    + " at " + price + " on " + p.spec().symbol() + " crosses the book");
        }
        Double limit = type == OrderType.LIMIT ? price : null;
        SimOrder order = new SimOrder(String.valueOf(idBase + ++sequence), p, type, side, qtyTotal, limit, now);
        if (tif == TimeInForce.FOK && remaining > 0) {
            order.status = OrderStatus.EXPIRED;
            orders.put(order.id, order);
            return order.snapshot();
        }
        boolean rests = remaining > 0 && tif == TimeInForce.GTC;
        checkFunds(p, side, fills, rests ? remaining : 0, price);
        for (double[] f : fills) {
            takerFill(order, f[0], f[1], now);
        }
        if (rests) {
            reserve(order, remaining);
            open.put(order.id, order);
        } else {
            order.status = remaining > 0 ? OrderStatus.EXPIRED : OrderStatus.CLOSED;
        }
        orders.put(order.id, order);
        return order.snapshot();
    }

    synchronized Order fetch(String id, String symbol, long now) {
        settle(now);
        return find(id, symbol).snapshot();
    }

    synchronized Order cancel(String id, String symbol, long now) {
        settle(now);
        SimOrder o = find(id, symbol);
        if (o.status != OrderStatus.OPEN) {
            throw new InvalidOrderException("Order " + id + " on " + symbol + " is " + o.status.wire()
                    + " and cannot be canceled");
        }
        release(o);
        o.status = OrderStatus.CANCELED;
        open.remove(id);
        return o.snapshot();
    }

    synchronized Map<String, Balance> balances(long now) {
        settle(now);
        Map<String, Balance> out = new TreeMap<>();
        balances.forEach((c, b) -> out.put(c, new Balance(c, b[0], b[1], b[0] + b[1])));
        return out;
    }

    /** Fills resting orders the price path has passed through since they were last checked. */
    private void settle(long now) {
        for (var it = open.values().iterator(); it.hasNext(); ) {
            SimOrder o = it.next();
            double[] range = o.pair.path().tradedRange(o.checkedUntil, now);
            o.checkedUntil = Math.max(o.checkedUntil, now);
            if (range == null) {
                continue;
            }
            boolean crossed = o.side == OrderSide.BUY ? range[0] < o.limit : range[1] > o.limit;
            if (crossed) {
                makerFill(o, now);
                it.remove();
            }
        }
    }

    private static boolean crosses(OrderSide side, double levelPrice, double limit) {
        return side == OrderSide.BUY ? levelPrice <= limit : levelPrice >= limit;
    }

    private SimOrder find(String id, String symbol) {
        SimOrder o = orders.get(id);
        if (o == null || !o.pair.spec().symbol().equals(symbol)) {
            throw new RetryableOrderError("Order " + id + " does not exist on sim for " + symbol);
        }
        return o;
    }

    private void checkFunds(SimPair p, OrderSide side, List<double[]> fills, double resting, Double limit) {
        String currency;
        double need;
        if (side == OrderSide.BUY) {
            currency = p.spec().quote();
            need = resting * (limit == null ? 0 : limit) * (1 + makerFee);
            for (double[] f : fills) {
                need += f[0] * f[1] * (1 + takerFee);
            }
        } else {
            currency = p.spec().base();
            need = resting;
            for (double[] f : fills) {
                need += f[0];
            }
        }
        double free = balance(currency)[0];
        if (need > free + FUNDS_TOLERANCE) {
            throw new InsufficientFundsError("Account has insufficient balance for requested action: "
                    + side.wire() + " " + p.spec().symbol() + " needs " + need + " " + currency
                    + " but only " + free + " is free");
        }
    }

    private void takerFill(SimOrder o, double qty, double price, long now) {
        double value = qty * price;
        if (o.side == OrderSide.BUY) {
            balance(o.pair.spec().quote())[0] -= value * (1 + takerFee);
            balance(o.pair.spec().base())[0] += qty;
        } else {
            balance(o.pair.spec().base())[0] -= qty;
            balance(o.pair.spec().quote())[0] += value * (1 - takerFee);
        }
        o.recordFill(qty, price, takerFee, now);
    }

    private void makerFill(SimOrder o, long now) {
        double qty = o.remaining();
        double value = qty * o.limit;
        if (o.side == OrderSide.BUY) {
            double[] quote = balance(o.pair.spec().quote());
            quote[1] = Math.max(0, quote[1] - o.reserved);
            // the reservation was computed from the same numbers; return any rounding crumbs
            quote[0] += o.reserved - value * (1 + makerFee);
            balance(o.pair.spec().base())[0] += qty;
        } else {
            double[] base = balance(o.pair.spec().base());
            base[1] = Math.max(0, base[1] - o.reserved);
            balance(o.pair.spec().quote())[0] += value * (1 - makerFee);
        }
        o.reserved = 0;
        o.recordFill(qty, o.limit, makerFee, now);
        o.status = OrderStatus.CLOSED;
    }

    private void reserve(SimOrder o, double rest) {
        boolean buy = o.side == OrderSide.BUY;
        double[] b = balance(buy ? o.pair.spec().quote() : o.pair.spec().base());
        double amount = buy ? rest * o.limit * (1 + makerFee) : rest;
        b[0] -= amount;
        b[1] += amount;
        o.reserved = amount;
    }

    private void release(SimOrder o) {
        double[] b = balance(o.side == OrderSide.BUY ? o.pair.spec().quote() : o.pair.spec().base());
        b[0] += o.reserved;
        b[1] = Math.max(0, b[1] - o.reserved);
        o.reserved = 0;
    }

    private double[] balance(String currency) {
        return balances.computeIfAbsent(currency, c -> new double[2]);
    }
}
