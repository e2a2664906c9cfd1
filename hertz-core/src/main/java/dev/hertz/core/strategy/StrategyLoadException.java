package dev.hertz.core.strategy;

import dev.hertz.core.exchange.OperationalException;

/**
 * A strategy cannot be used: it was not found, its source does not compile, it cannot be
 * constructed, or its settings are incomplete. The message names the strategy and what to fix.
 */
public final class StrategyLoadException extends OperationalException {

    public StrategyLoadException(String message) {
        super(message);
    }

    public StrategyLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
