package dev.hertz.core.exchange;

/**
 * The exchange rejected an order or an order operation (ccxt {@code InvalidOrder}). Placing a stop that fails this way triggers an emergency exit.
 */
public class InvalidOrderException extends ExchangeError {
    public InvalidOrderException(String message) {
        super(message);
    }

    public InvalidOrderException(String message, Throwable cause) {
        super(message, cause);
    }
}
