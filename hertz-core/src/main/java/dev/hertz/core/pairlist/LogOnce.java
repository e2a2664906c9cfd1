package dev.hertz.core.pairlist;

import java.time.InstantSource;
import org.slf4j.Logger;
import org.slf4j.event.Level;

/**
 * freqtrade's {@code LoggingMixin.log_once}: a message is logged at most once per refresh period
 * (identical text within the period is swallowed; the period is counted from the first time), and
 * always at debug level. Pairlists run every few seconds, so without this the same "Removed X from
 * whitelist" line would flood the log.
 */
public final class LogOnce {

    private static final int MAX_MESSAGES = 1024;

    private final Logger logger;
    private final ExpiringCache<String, Boolean> seen;

    /**
     * @param logger        where messages go
     * @param periodSeconds how long an identical message stays quiet
     * @param clock         the time source
     */
    public LogOnce(Logger logger, long periodSeconds, InstantSource clock) {
        this.logger = logger;
        this.seen = ExpiringCache.ttl(clock, periodSeconds, MAX_MESSAGES);
    }

    public void info(String message) {
        log(Level.INFO, message);
    }

    public void warning(String message) {
        log(Level.WARN, message);
    }

    /** Logs at debug, and at {@code level} unless the same text was logged within the period. */
    public void log(Level level, String message) {
        logger.debug(message);
        synchronized (seen) {
            if (seen.contains(message)) {
                return;
            }
            seen.put(message, Boolean.TRUE);
        }
        logger.atLevel(level).log(message);
    }
}
