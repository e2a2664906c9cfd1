package dev.hertz.core.exchange;

/**
 * Rate limit hit; retried with an increasing sleep between attempts.
 */
public class DDosProtection extends TemporaryError {
    public DDosProtection(String message) {
        super(message);
    }

    public DDosProtection(String message, Throwable cause) {
        super(message, cause);
    }
}
