package dev.hertz.core.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the most recent log records in memory for the {@code /logs} endpoints.
 *
 * <p>Like freqtrade's buffer it holds up to {@value #CAPACITY} records and, when full, drops the
 * oldest half at once: trimming in one step keeps appends O(1) amortised under heavy logging.
 */
public final class LogRing extends AppenderBase<ILoggingEvent> {
    /** Records held at most. */
    public static final int CAPACITY = 1000;

    private static final DateTimeFormatter LOCAL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ArrayDeque<LogRecord> records = new ArrayDeque<>(CAPACITY);

    public LogRing() {
        setName("hertz-ring");
    }

    @Override
    protected void append(ILoggingEvent event) {
        Instant at = event.getInstant();
        double millis = at.getEpochSecond() * 1000.0 + at.getNano() / 1_000_000.0;
        String message = LogMasker.mask(event.getFormattedMessage());
        if (event.getThrowableProxy() != null) {
            message = message + System.lineSeparator() + ThrowableProxyUtil.asString(event.getThrowableProxy());
        }
        LogRecord record = new LogRecord(LOCAL_TIME.format(at), millis, event.getLoggerName(),
                pythonLevelName(event.getLevel()), message);
        synchronized (records) {
            if (records.size() >= CAPACITY) {
                for (int i = 0; i < CAPACITY / 2; i++) {
                    records.pollFirst();
                }
            }
            records.addLast(record);
        }
    }

    /**
     * The newest records, oldest first.
     *
     * @param limit how many of the newest records to return; 0 or less returns all
     */
    public List<LogRecord> last(int limit) {
        synchronized (records) {
            int skip = limit <= 0 ? 0 : Math.max(0, records.size() - limit);
            List<LogRecord> out = new ArrayList<>(records.size() - skip);
            int i = 0;
            for (LogRecord r : records) {
                if (i++ >= skip) {
                    out.add(r);
                }
            }
            return out;
        }
    }

    /** Python's level names: FreqUI colours rows by them. */
    static String pythonLevelName(Level level) {
        return switch (level.toInt()) {
            case Level.WARN_INT -> "WARNING";
            case Level.TRACE_INT -> "DEBUG";
            default -> level.toString();
        };
    }
}
