package dev.hertz.client.cli;

/** The command line cannot be run as given: unknown command, missing or malformed argument, unreadable config. */
public final class UsageException extends RuntimeException {
    /** @param message what was wrong, naming the command, argument or file */
    public UsageException(String message) {
        super(message);
    }
}
