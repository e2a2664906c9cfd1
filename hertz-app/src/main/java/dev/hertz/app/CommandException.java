package dev.hertz.app;

/**
 * A command failed for a reason the user can fix; the message says what and how.
 * Exits with status 2 like freqtrade's {@code OperationalException}.
 */
public final class CommandException extends RuntimeException {
    public CommandException(String message) {
        super(message);
    }

    public CommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
