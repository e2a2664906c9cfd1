package dev.hertz.core.exchange;

/**
 * An exception inside user strategy code; logged, and the pair skipped or a default used.
 */
public class StrategyError extends HertzException {
    public StrategyError(String message) {
        super(message);
    }

    public StrategyError(String message, Throwable cause) {
        super(message, cause);
    }
}
