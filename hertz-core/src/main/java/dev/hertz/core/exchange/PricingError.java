package dev.hertz.core.exchange;

/**
 * No price could be determined from the ticker or the order book; the pair is skipped.
 */
public class PricingError extends DependencyException {
    public PricingError(String message) {
        super(message);
    }

    public PricingError(String message, Throwable cause) {
        super(message, cause);
    }
}
