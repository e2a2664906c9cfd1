package dev.hertz.core.exchange;

/**
 * Invalid configuration; aborts start-up.
 */
public class ConfigurationError extends OperationalException {
    public ConfigurationError(String message) {
        super(message);
    }

    public ConfigurationError(String message, Throwable cause) {
        super(message, cause);
    }
}
