package dev.hertz.core.exchange;

/**
 * The order was not found (ccxt {@code OrderNotFound}); fetching it is retried with backoff because exchanges often lag right after placement.
 */
public class RetryableOrderError extends InvalidOrderException {
    public RetryableOrderError(String message) {
        super(message);
    }

    public RetryableOrderError(String message, Throwable cause) {
        super(message, cause);
    }
}
