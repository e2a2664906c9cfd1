package dev.hertz.core.exchange;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.sim.SimExchange;
import dev.hertz.core.exchange.sim.SimExchangeConfig;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * An exchange whose LTC/USDT market and order book are freqtrade's test fixtures
 * ({@code markets()["LTC/USDT"]}, {@code order_book_l2_usd}), so its numbers can be checked here.
 * Everything else is served by a real simulated exchange.
 */
final class FixedBookExchange implements Exchange {

    static final Market LTC_USDT = new Market("LTC/USDT", "LTC", "USDT", true, true, true, false,
            PrecisionMode.DECIMAL_PLACES, 8.0, 8.0,
            new Market.Limits(new Market.MinMax(0.06646786, null), Market.MinMax.NONE, new Market.MinMax(1e-8, null)),
            0.0002, 0.0006, null);

    static final OrderBook ORDER_BOOK_L2_USD = new OrderBook("LTC/USDT", 0,
            levels(25.563, 49.269, 25.562, 83.0, 25.56, 106.0, 25.559, 15.381, 25.558, 29.299, 25.557, 34.624,
                    25.556, 10.0, 25.555, 14.684, 25.554, 45.91, 25.553, 50.0),
            levels(25.566, 14.27, 25.567, 48.484, 25.568, 92.349, 25.572, 31.48, 25.573, 23.0, 25.574, 20.0,
                    25.575, 89.606, 25.576, 262.016, 25.577, 178.557, 25.578, 78.614));

    private final SimExchange rest = new SimExchange(SimExchangeConfig.defaults(),
            Clock.fixed(Instant.parse("2024-10-21T12:00:00Z"), ZoneOffset.UTC));
    private final boolean hasOrderBook;
    private OrderBook book = ORDER_BOOK_L2_USD;
    private int bookFetches;

    FixedBookExchange(boolean hasOrderBook) {
        this.hasOrderBook = hasOrderBook;
    }

    static List<OrderBook.Level> levels(double... priceAmount) {
        OrderBook.Level[] out = new OrderBook.Level[priceAmount.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = new OrderBook.Level(priceAmount[2 * i], priceAmount[2 * i + 1]);
        }
        return List.of(out);
    }

    void setBook(OrderBook newBook) {
        book = newBook;
    }

    int bookFetches() {
        return bookFetches;
    }

    @Override
    public String name() {
        return "fixture";
    }

    @Override
    public Map<String, Market> markets() {
        return Map.of("LTC/USDT", LTC_USDT);
    }

    @Override
    public Map<String, Ticker> fetchTickers() {
        return rest.fetchTickers();
    }

    @Override
    public Ticker fetchTicker(String pair) {
        return rest.fetchTicker(pair);
    }

    @Override
    public OrderBook fetchOrderBook(String pair, int depth) {
        bookFetches++;
        return new OrderBook(pair, 0, book.bids().subList(0, Math.min(depth, book.bids().size())),
                book.asks().subList(0, Math.min(depth, book.asks().size())));
    }

    @Override
    public Candles fetchOhlcv(String pair, Timeframe timeframe, Long since, int limit) {
        return rest.fetchOhlcv(pair, timeframe, since, limit);
    }

    @Override
    public Map<String, Balance> fetchBalances() {
        return rest.fetchBalances();
    }

    @Override
    public double fee(String pair, OrderSide side, TakerOrMaker takerOrMaker) {
        Market m = market(pair);
        return takerOrMaker == TakerOrMaker.TAKER ? m.taker() : m.maker();
    }

    @Override
    public Order createOrder(String pair, OrderType type, OrderSide side, double amount, Double price,
                             Map<String, Object> params) {
        return rest.createOrder(pair, type, side, amount, price, params);
    }

    @Override
    public Order fetchOrder(String id, String pair) {
        return rest.fetchOrder(id, pair);
    }

    @Override
    public Order cancelOrder(String id, String pair) {
        return rest.cancelOrder(id, pair);
    }

    @Override
    public List<Timeframe> timeframes() {
        return rest.timeframes();
    }

    @Override
    public ExchangeCapabilities capabilities() {
        return new ExchangeCapabilities(hasOrderBook, true, true, false, 500, true, List.of("GTC"), true);
    }
}
