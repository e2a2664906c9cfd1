package dev.hertz.core.exchange;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.util.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wraps any {@link Exchange} with freqtrade's retry policy.
 *
 * <ul>
 *   <li>{@link TemporaryError} (including {@link DDosProtection}) and {@link RetryableOrderError} are
 *       retried; anything else passes through at once.</li>
 *   <li>{@link #API_RETRY_COUNT} = 4 retries (5 attempts); fetching an order gets
 *       {@link #API_FETCH_ORDER_RETRY_COUNT} = 5 (6 attempts).</li>
 *   <li>Only rate limits and missing orders sleep before the next attempt, for
 *       {@code (retries - remaining)² + 1} seconds: 1, 2, 5, 10 (and 17) s. Other temporary errors
 *       are retried at once. After the last attempt the last error is thrown.</li>
 *   <li>Candle downloads follow the async variant: same counts, but only temporary errors retry.</li>
 *   <li>Creating an order is never retried (a retry could place it twice); market and capability
 *       lookups are plain accessors and pass through.</li>
 * </ul>
 */
public final class RetryingExchange implements Exchange {

    public static final int API_RETRY_COUNT = 4;
    public static final int API_FETCH_ORDER_RETRY_COUNT = 5;

    private static final Logger LOG = LoggerFactory.getLogger(RetryingExchange.class);

    private final Exchange delegate;
    private final Sleeper sleeper;

    /** @param sleeper waits between attempts; tests pass a recording one so nothing really waits */
    public RetryingExchange(Exchange delegate, Sleeper sleeper) {
        this.delegate = delegate;
        this.sleeper = sleeper;
    }

    /** freqtrade's {@code calculate_backoff}: {@code (maxRetries - retryCount)² + 1} seconds. */
    public static long calculateBackoff(int retryCount, int maxRetries) {
        long d = maxRetries - retryCount;
        return d * d + 1;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Map<String, Market> markets() {
        return delegate.markets();
    }

    @Override
    public Map<String, Ticker> fetchTickers() {
        return retry("fetch_tickers", API_RETRY_COUNT, true, delegate::fetchTickers);
    }

    @Override
    public Ticker fetchTicker(String pair) {
        return retry("fetch_ticker", API_RETRY_COUNT, true, () -> delegate.fetchTicker(pair));
    }

    @Override
    public OrderBook fetchOrderBook(String pair, int depth) {
        return retry("fetch_l2_order_book", API_RETRY_COUNT, true, () -> delegate.fetchOrderBook(pair, depth));
    }

    @Override
    public Candles fetchOhlcv(String pair, Timeframe timeframe, Long since, int limit) {
        return retry("fetch_ohlcv", API_RETRY_COUNT, false, () -> delegate.fetchOhlcv(pair, timeframe, since, limit));
    }

    @Override
    public Map<String, Balance> fetchBalances() {
        return retry("get_balances", API_RETRY_COUNT, true, delegate::fetchBalances);
    }

    @Override
    public double fee(String pair, OrderSide side, TakerOrMaker takerOrMaker) {
        return retry("get_fee", API_RETRY_COUNT, true, () -> delegate.fee(pair, side, takerOrMaker));
    }

    @Override
    public Order createOrder(String pair, OrderType type, OrderSide side, double amount, Double price,
                             Map<String, Object> params) {
        return delegate.createOrder(pair, type, side, amount, price, params);
    }

    @Override
    public Order fetchOrder(String id, String pair) {
        return retry("fetch_order", API_FETCH_ORDER_RETRY_COUNT, true, () -> delegate.fetchOrder(id, pair));
    }

    @Override
    public Order cancelOrder(String id, String pair) {
        return retry("cancel_order", API_RETRY_COUNT, true, () -> delegate.cancelOrder(id, pair));
    }

    @Override
    public List<Timeframe> timeframes() {
        return delegate.timeframes();
    }

    @Override
    public ExchangeCapabilities capabilities() {
        return delegate.capabilities();
    }

    /**
     * Runs {@code call} with up to {@code retries} retries. {@code retryOrderNotFound} is false for
     * the async-style candle download, which retries temporary errors only.
     */
    private <T> T retry(String name, int retries, boolean retryOrderNotFound, Supplier<T> call) {
        int count = retries;
        while (true) {
            try {
                return call.get();
            } catch (TemporaryError | RetryableOrderError ex) {
                if (ex instanceof RetryableOrderError && !retryOrderNotFound) {
                    throw ex;
                }
                String msg = name + "() returned exception: \"" + ex.getMessage() + "\". ";
                if (count <= 0) {
                    LOG.warn("{}Giving up.", msg);
                    throw ex;
                }
                LOG.warn("{}Retrying still for {} times.", msg, count);
                count--;
                if (ex instanceof DDosProtection || ex instanceof RetryableOrderError) {
                    long backoff = calculateBackoff(count + 1, retries);
                    LOG.info("Applying DDosProtection backoff delay: {}", backoff);
                    pause(backoff, ex);
                }
            }
        }
    }

    private void pause(long seconds, RuntimeException pending) {
        sleeper.sleep(Duration.ofSeconds(seconds));
        if (Thread.currentThread().isInterrupted()) {
            // shutting down: give up with the last error instead of trying again
            pending.addSuppressed(new InterruptedException("interrupted while waiting to retry"));
            throw pending;
        }
    }
}
