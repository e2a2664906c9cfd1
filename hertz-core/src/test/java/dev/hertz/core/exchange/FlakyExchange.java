package dev.hertz.core.exchange;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A real exchange with injected faults: each call first throws whatever failures were queued for
 * that operation, then reaches the wrapped exchange. Counts every attempt.
 */
final class FlakyExchange implements Exchange {

    private final Exchange real;
    private final Map<String, Deque<Supplier<RuntimeException>>> failures = new HashMap<>();
    private final Map<String, Integer> attempts = new HashMap<>();

    FlakyExchange(Exchange real) {
        this.real = real;
    }

    /** Queues {@code times} failures for {@code operation} (use a large number for "always"). */
    FlakyExchange fail(String operation, int times, Supplier<RuntimeException> error) {
        Deque<Supplier<RuntimeException>> q = failures.computeIfAbsent(operation, k -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            q.add(error);
        }
        return this;
    }

    int attempts(String operation) {
        return attempts.getOrDefault(operation, 0);
    }

    private <T> T call(String operation, Supplier<T> body) {
        attempts.merge(operation, 1, Integer::sum);
        Deque<Supplier<RuntimeException>> q = failures.get(operation);
        if (q != null && !q.isEmpty()) {
            throw q.poll().get();
        }
        return body.get();
    }

    @Override
    public String name() {
        return real.name();
    }

    @Override
    public Map<String, Market> markets() {
        return call("markets", real::markets);
    }

    @Override
    public Map<String, Ticker> fetchTickers() {
        return call("fetchTickers", real::fetchTickers);
    }

    @Override
    public Ticker fetchTicker(String pair) {
        return call("fetchTicker", () -> real.fetchTicker(pair));
    }

    @Override
    public OrderBook fetchOrderBook(String pair, int depth) {
        return call("fetchOrderBook", () -> real.fetchOrderBook(pair, depth));
    }

    @Override
    public Candles fetchOhlcv(String pair, Timeframe timeframe, Long since, int limit) {
        return call("fetchOhlcv", () -> real.fetchOhlcv(pair, timeframe, since, limit));
    }

    @Override
    public Map<String, Balance> fetchBalances() {
        return call("fetchBalances", real::fetchBalances);
    }

    @Override
    public double fee(String pair, OrderSide side, TakerOrMaker takerOrMaker) {
        return call("fee", () -> real.fee(pair, side, takerOrMaker));
    }

    @Override
    public Order createOrder(String pair, OrderType type, OrderSide side, double amount, Double price,
                             Map<String, Object> params) {
        return call("createOrder", () -> real.createOrder(pair, type, side, amount, price, params));
    }

    @Override
    public Order fetchOrder(String id, String pair) {
        return call("fetchOrder", () -> real.fetchOrder(id, pair));
    }

    @Override
    public Order cancelOrder(String id, String pair) {
        return call("cancelOrder", () -> real.cancelOrder(id, pair));
    }

    @Override
    public List<Timeframe> timeframes() {
        return real.timeframes();
    }

    @Override
    public ExchangeCapabilities capabilities() {
        return real.capabilities();
    }
}
