package dev.hertz.core.pairlist;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Collects what one logger (and its children) writes at INFO and above, for assertions on log lines. */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture(String loggerName) {
        logger = (Logger) LoggerFactory.getLogger(loggerName);
        appender.start();
        logger.addAppender(appender);
    }

    /** Captures the loggers under {@code loggerName}, e.g. a package name. */
    public static LogCapture of(String loggerName) {
        return new LogCapture(loggerName);
    }

    /** Messages at INFO or above, in order. */
    public synchronized List<String> messages() {
        return appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Messages at exactly {@code level}. */
    public List<String> messages(Level level) {
        return appender.list.stream().filter(e -> e.getLevel().equals(level))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    public void clear() {
        appender.list.clear();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
