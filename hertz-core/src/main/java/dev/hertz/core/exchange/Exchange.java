package dev.hertz.core.exchange;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;

import java.util.List;
import java.util.Map;

/**
 * Access to one exchange, in ccxt's vocabulary. Implementations report failures with the
 * {@link HertzException} hierarchy: {@link TemporaryError} for anything worth retrying,
 * {@link DDosProtection} for rate limits, {@link RetryableOrderError} when an order is not (yet)
 * found, {@link InvalidOrderException}/{@link InsufficientFundsError} for rejected orders and
 * {@link OperationalException} for unsupported requests. Calls are not retried here; wrap an
 * exchange in {@link RetryingExchange} for freqtrade's retry policy.
 */
public interface Exchange {

    /** Exchange id as written in the config, e.g. {@code binance} or {@code sim}. */
    String name();

    /** All markets by symbol. */
    Map<String, Market> markets();

    /** The market of {@code pair}; throws {@link OperationalException} when the exchange has none. */
    default Market market(String pair) {
        Market m = markets().get(pair);
        if (m == null) {
            throw new OperationalException("Exchange " + name() + " has no market " + pair);
        }
        return m;
    }

    /** Tickers of every market, by symbol. */
    Map<String, Ticker> fetchTickers();

    Ticker fetchTicker(String pair);

    /** The order book with at most {@code depth} levels per side. */
    OrderBook fetchOrderBook(String pair, int depth);

    /**
     * Candles of {@code pair}. With {@code since} (epoch millis) the candles opening at or after it,
     * otherwise the latest ones; at most {@code limit} (capped by
     * {@link ExchangeCapabilities#ohlcvCandleLimit()}). The last candle may still be forming.
     */
    Candles fetchOhlcv(String pair, Timeframe timeframe, Long since, int limit);

    /** Balances by currency. */
    Map<String, Balance> fetchBalances();

    /** Fee rate for an order on {@code pair}. */
    double fee(String pair, OrderSide side, TakerOrMaker takerOrMaker);

    /**
     * Places an order. {@code price} is required for limit orders and ignored (may be null) for
     * market orders. {@code params} carries exchange-specific extras (time in force, reduce-only...).
     */
    Order createOrder(String pair, OrderType type, OrderSide side, double amount, Double price,
                      Map<String, Object> params);

    /** The current state of an order; {@link RetryableOrderError} when the exchange does not know it. */
    Order fetchOrder(String id, String pair);

    /** Cancels an open order and returns its final state. */
    Order cancelOrder(String id, String pair);

    /** Candle intervals the exchange serves. */
    List<Timeframe> timeframes();

    ExchangeCapabilities capabilities();
}
