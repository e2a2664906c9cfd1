package dev.hertz.notify.delivery;

import org.slf4j.Logger;

/**
 * Logs a destination's failures once per outage instead of once per message: the first failure
 * is a warning with its cause, the following ones are counted, and the first success after them
 * says how many messages failed meanwhile. Used from one delivery thread per handler.
 */
public final class OutageLog {
    private final Logger log;
    private final String destination;
    private long failures;

    /** @param destination what is being reached, as users know it ("Telegram", "webhook https://…") */
    public OutageLog(Logger log, String destination) {
        this.log = log;
        this.destination = destination;
    }

    /** Records a failed delivery; only the first one of an outage is logged. */
    public void failed(String what, Throwable cause) {
        if (failures++ == 0) {
            log.warn("{} unreachable, {} failed: {}. Further failures are not logged until it recovers.",
                    destination, what, describe(cause));
        }
    }

    /** Records a successful delivery, ending an outage if there was one. */
    public void succeeded() {
        if (failures > 0) {
            log.info("{} reachable again after {} failed attempt(s).", destination, failures);
            failures = 0;
        }
    }

    /** Whether the last attempt failed. */
    public boolean inOutage() {
        return failures > 0;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
