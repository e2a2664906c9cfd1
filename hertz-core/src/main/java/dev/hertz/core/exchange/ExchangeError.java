package dev.hertz.core.exchange;

/**
 * A generic failure reported by the exchange; logged and the operation skipped.
 */
public class ExchangeError extends DependencyException {
    public ExchangeError(String message) {
        super(message);
    }

    public ExchangeError(String message, Throwable cause) {
        super(message, cause);
    }
}
