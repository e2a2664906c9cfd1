package dev.hertz.core.exchange;

/**
 * An assumed precondition is not met (not enough balance, stake too low, amounts mismatch); the current pair or trade is skipped.
 */
public class DependencyException extends HertzException {
    public DependencyException(String message) {
        super(message);
    }

    public DependencyException(String message, Throwable cause) {
        super(message, cause);
    }
}
