package dev.hertz.core.bot;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.Balance;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.ExchangeCapabilities;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.OperationalException;
import dev.hertz.core.exchange.Order;
import dev.hertz.core.exchange.OrderBook;
import dev.hertz.core.exchange.OrderSide;
import dev.hertz.core.exchange.OrderType;
import dev.hertz.core.exchange.PrecisionMode;
import dev.hertz.core.exchange.TakerOrMaker;
import dev.hertz.core.exchange.Ticker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small real exchange for tests: fixed markets, order books and tickers the test sets, fees from
 * the markets' maker/taker rates, balances the test sets. It serves market data only; placing,
 * fetching or cancelling an order here is refused, so a test notices if the dry-run simulator ever
 * forwards one.
 */
final class BookExchange implements Exchange {

    /** LTC/USDT with freqtrade's {@code order_book_l2_usd} fixture book; 4 price decimals, 3 amount decimals. */
    static final Market LTC_USDT = spot("LTC/USDT", "LTC", "USDT", 3, 4, Market.Limits.NONE);
    /** BTC/USDT with a minimum amount of 0.001 BTC and a minimum cost of 10 USDT. */
    static final Market BTC_USDT = spot("BTC/USDT", "BTC", "USDT", 5, 2, new Market.Limits(
            new Market.MinMax(0.001, 1000.0), new Market.MinMax(10.0, 1_000_000.0), Market.MinMax.NONE));
    static final Market BNB_USDT = spot("BNB/USDT", "BNB", "USDT", 3, 2, Market.Limits.NONE);
    static final double MAKER = 0.001;
    static final double TAKER = 0.002;

    static final OrderBook LTC_BOOK = new OrderBook("LTC/USDT", 0, levels(
            25.563, 49.269, 25.562, 83.0, 25.56, 106.0, 25.559, 15.381, 25.558, 29.299,
            25.557, 34.624, 25.556, 10.0, 25.555, 14.684, 25.554, 45.91, 25.553, 50.0), levels(
            25.566, 14.27, 25.567, 48.484, 25.568, 92.349, 25.572, 31.48, 25.573, 23.0,
            25.574, 20.0, 25.575, 89.606, 25.576, 262.016, 25.577, 178.557, 25.578, 78.614));

    private final Map<String, Market> markets = new LinkedHashMap<>();
    private final Map<String, OrderBook> books = new HashMap<>();
    private final Map<String, Ticker> tickers = new HashMap<>();
    private final List<Integer> bookRequests = new ArrayList<>();
    private Map<String, Balance> balances = Map.of();
    private final boolean orderBooks;

    BookExchange(boolean orderBooks) {
        this.orderBooks = orderBooks;
        for (Market m : List.of(LTC_USDT, BTC_USDT, BNB_USDT)) {
            markets.put(m.symbol(), m);
        }
        books.put("LTC/USDT", LTC_BOOK);
    }

    BookExchange() {
        this(true);
    }

    static Market spot(String symbol, String base, String quote, int amountDecimals, int priceDecimals,
                       Market.Limits limits) {
        return new Market(symbol, base, quote, true, true, false, false, PrecisionMode.DECIMAL_PLACES,
                (double) amountDecimals, (double) priceDecimals, limits, MAKER, TAKER, null);
    }

    /** Alternating price, amount values as book levels. */
    static List<OrderBook.Level> levels(double... priceAmount) {
        List<OrderBook.Level> out = new ArrayList<>();
        for (int i = 0; i < priceAmount.length; i += 2) {
            out.add(new OrderBook.Level(priceAmount[i], priceAmount[i + 1]));
        }
        return out;
    }

    void setBook(OrderBook book) {
        books.put(book.symbol(), book);
    }

    void setTicker(Ticker ticker) {
        tickers.put(ticker.symbol(), ticker);
    }

    void setBalances(Map<String, Balance> balances) {
        this.balances = Map.copyOf(balances);
    }

    /** Depths of the order books requested so far, in order. */
    List<Integer> bookRequests() {
        return List.copyOf(bookRequests);
    }

    @Override
    public String name() {
        return "book";
    }

    @Override
    public Map<String, Market> markets() {
        return Map.copyOf(markets);
    }

    @Override
    public Map<String, Ticker> fetchTickers() {
        return Map.copyOf(tickers);
    }

    @Override
    public Ticker fetchTicker(String pair) {
        Ticker t = tickers.get(pair);
        if (t == null) {
            throw new OperationalException("No ticker for " + pair);
        }
        return t;
    }

    @Override
    public OrderBook fetchOrderBook(String pair, int depth) {
        bookRequests.add(depth);
        OrderBook book = books.getOrDefault(pair, new OrderBook(pair, 0, List.of(), List.of()));
        return new OrderBook(pair, book.timestamp(), book.bids().subList(0, Math.min(depth, book.bids().size())),
                book.asks().subList(0, Math.min(depth, book.asks().size())));
    }

    @Override
    public Candles fetchOhlcv(String pair, Timeframe timeframe, Long since, int limit) {
        return Candles.empty();
    }

    @Override
    public Map<String, Balance> fetchBalances() {
        return balances;
    }

    @Override
    public double fee(String pair, OrderSide side, TakerOrMaker takerOrMaker) {
        Market m = market(pair);
        return takerOrMaker == TakerOrMaker.MAKER ? m.maker() : m.taker();
    }

    @Override
    public Order createOrder(String pair, OrderType type, OrderSide side, double amount, Double price,
                             Map<String, Object> params) {
        throw new OperationalException("BookExchange serves market data only; order for " + pair + " refused");
    }

    @Override
    public Order fetchOrder(String id, String pair) {
        throw new OperationalException("BookExchange serves market data only; order " + id + " unknown");
    }

    @Override
    public Order cancelOrder(String id, String pair) {
        throw new OperationalException("BookExchange serves market data only; order " + id + " unknown");
    }

    @Override
    public List<Timeframe> timeframes() {
        return List.of(Timeframe.parse("5m"));
    }

    @Override
    public ExchangeCapabilities capabilities() {
        ExchangeCapabilities d = ExchangeCapabilities.DEFAULTS;
        return new ExchangeCapabilities(orderBooks, d.fetchTickers(), d.marketOrders(), d.stoplossOnExchange(),
                d.ohlcvCandleLimit(), d.ohlcvPartialCandle(), d.orderTimeInForce(), d.tickersHaveQuoteVolume());
    }
}
