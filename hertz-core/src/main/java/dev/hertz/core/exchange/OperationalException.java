package dev.hertz.core.exchange;

/**
 * Needs manual intervention and stops the bot: configuration problems, unsupported features, exchange errors that map to nothing more specific.
 */
public class OperationalException extends HertzException {
    public OperationalException(String message) {
        super(message);
    }

    public OperationalException(String message, Throwable cause) {
        super(message, cause);
    }
}
