package dev.hertz.core.persistence;

/**
 * A database could not be opened, migrated or written. The message is meant for the user: it
 * names the database (password masked) and what was wrong.
 */
public class PersistenceException extends RuntimeException {

    /** Creates an exception with a user-facing message. */
    public PersistenceException(String message) {
        super(message);
    }

    /** Creates an exception with a user-facing message and the underlying cause. */
    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
