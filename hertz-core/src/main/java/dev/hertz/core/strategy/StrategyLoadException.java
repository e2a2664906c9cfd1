package dev.hertz.core.strategy;

import dev.hertz.core.exchange.OperationalException;

/**
 * A strategy cannot be used: it was not found, its source does not compile, it cannot be
 * constructed, or its settings are incomplete. The message names the strategy and what to fix.
 */
public final class StrategyLoadException extends OperationalException {
    private final boolean notFound;

    public StrategyLoadException(String message) {
        this(message, false);
    }

    private StrategyLoadException(String message, boolean notFound) {
        super(message);
        this.notFound = notFound;
    }

    /** No strategy of that name exists in any searched place (as opposed to one that exists but fails). */
    static StrategyLoadException notFound(String message) {
        return new StrategyLoadException(message, true);
    }

    public StrategyLoadException(String message, Throwable cause) {
        super(message, cause);
        this.notFound = false;
    }

    /** Whether the strategy was not found at all, rather than found but unusable. */
    public boolean isNotFound() {
        return notFound;
    }
}
