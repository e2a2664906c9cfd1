package dev.hertz.core.exchange;

/**
 * Not enough funds on the exchange to create the order.
 */
public class InsufficientFundsError extends InvalidOrderException {
    public InsufficientFundsError(String message) {
        super(message);
    }

    public InsufficientFundsError(String message, Throwable cause) {
        super(message, cause);
    }
}
