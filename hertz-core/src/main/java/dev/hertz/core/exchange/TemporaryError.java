package dev.hertz.core.exchange;

/**
 * Network or exchange congestion that usually resolves itself; decorated calls retry it.
 */
public class TemporaryError extends ExchangeError {
    public TemporaryError(String message) {
        super(message);
    }

    public TemporaryError(String message, Throwable cause) {
        super(message, cause);
    }
}
