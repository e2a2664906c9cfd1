package dev.hertz.core.exchange;

/**
 * Base of every error Hertz raises on purpose (freqtrade's {@code FreqtradeException}); handled at the outermost level, where it ends the process with exit code 2.
 */
public class HertzException extends RuntimeException {
    public HertzException(String message) {
        super(message);
    }

    public HertzException(String message, Throwable cause) {
        super(message, cause);
    }
}
