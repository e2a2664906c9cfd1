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

    /** The message of the innermost cause: the driver's own words (e.g. which constraint failed). */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
