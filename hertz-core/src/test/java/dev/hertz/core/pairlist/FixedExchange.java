package dev.hertz.core.pairlist;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An exchange serving fixed markets, tickers and candles, counting the market-data calls. It
 * trades nothing: order calls are refused as unsupported, as the {@link Exchange} contract allows.
 */
final class FixedExchange implements Exchange {

    private final Map<String, Market> markets = new LinkedHashMap<>();
    private final Map<String, Ticker> tickers = new LinkedHashMap<>();
    private final Map<String, Candles> candles = new LinkedHashMap<>();
    private ExchangeCapabilities capabilities = ExchangeCapabilities.DEFAULTS;
    int tickerCalls;
    final List<String> ohlcvCalls = new ArrayList<>();
    final List<Long> ohlcvSince = new ArrayList<>();

    /** A spot market with 8-decimal prices and amounts, active. */
    static Market spot(String symbol) {
        String[] parts = symbol.split("/");
        return new Market(symbol, parts[0], parts[1], true, true, false, false, PrecisionMode.DECIMAL_PLACES,
                8.0, 8.0, Market.Limits.NONE, 0.001, 0.001, null);
    }

    FixedExchange market(Market market) {
        markets.put(market.symbol(), market);
        return this;
    }

    FixedExchange markets(String... symbols) {
        for (String s : symbols) {
            market(spot(s));
        }
        return this;
    }

    FixedExchange ticker(String pair, Double bid, Double ask, Double last, Double quoteVolume) {
        tickers.put(pair, new Ticker(pair, 0L, bid, null, ask, null, last, null, null, null, last, null, null,
                null, quoteVolume));
        return this;
    }

    FixedExchange candles(String pair, Timeframe timeframe, Candles series) {
        candles.put(pair + "|" + timeframe.name(), series);
        return this;
    }

    FixedExchange capabilities(ExchangeCapabilities value) {
        capabilities = value;
        return this;
    }

    @Override
    public String name() {
        return "fixed";
    }

    @Override
    public Map<String, Market> markets() {
        return markets;
    }

    @Override
    public Map<String, Ticker> fetchTickers() {
        tickerCalls++;
        return new LinkedHashMap<>(tickers);
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
        throw new OperationalException("FixedExchange has no order books");
    }

    @Override
    public Candles fetchOhlcv(String pair, Timeframe timeframe, Long since, int limit) {
        ohlcvCalls.add(pair + "|" + timeframe.name());
        ohlcvSince.add(since);
        Candles all = candles.getOrDefault(pair + "|" + timeframe.name(), Candles.empty());
        Candles.Builder out = Candles.builder(all.size());
        for (int i = 0; i < all.size() && out.size() < limit; i++) {
            if (since == null || all.date(i) >= since) {
                out.add(all.date(i), all.open(i), all.high(i), all.low(i), all.close(i), all.volume(i));
            }
        }
        return out.build();
    }

    @Override
    public Map<String, Balance> fetchBalances() {
        return Map.of();
    }

    @Override
    public double fee(String pair, OrderSide side, TakerOrMaker takerOrMaker) {
        return 0.001;
    }

    @Override
    public Order createOrder(String pair, OrderType type, OrderSide side, double amount, Double price,
                             Map<String, Object> params) {
        throw new OperationalException("FixedExchange does not trade");
    }

    @Override
    public Order fetchOrder(String id, String pair) {
        throw new OperationalException("FixedExchange does not trade");
    }

    @Override
    public Order cancelOrder(String id, String pair) {
        throw new OperationalException("FixedExchange does not trade");
    }

    @Override
    public List<Timeframe> timeframes() {
        return List.of(Timeframe.parse("1d"), Timeframe.parse("1h"), Timeframe.parse("5m"));
    }

    @Override
    public ExchangeCapabilities capabilities() {
        return capabilities;
    }
}
