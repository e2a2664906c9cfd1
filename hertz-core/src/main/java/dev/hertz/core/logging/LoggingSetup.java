package dev.hertz.core.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.net.SyslogAppender;
import ch.qos.logback.classic.pattern.SyslogStartConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Configures Logback the way freqtrade configures Python logging.
 *
 * <p>{@link #install()} runs first thing in {@code main}: INFO to stderr plus the in-memory
 * {@link LogRing}. {@link #apply(int, String)} runs once the configuration is known: verbosity
 * ({@code -v} → DEBUG) and the optional {@code --logfile} destination, which replaces an earlier
 * one of the same kind instead of adding a second (reload must not duplicate log lines).
 */
public final class LoggingSetup {
    /** freqtrade's console and file format: local time with comma milliseconds, logger, level, message. */
    public static final String PATTERN = "%d{\"yyyy-MM-dd HH:mm:ss,SSS\"} - %logger - %pyLevel - %maskedMsg%n%ex";
    /** Syslog and journald lines carry no timestamp, so the receiver can fold repeats. */
    public static final String SYSLOG_PATTERN = "%logger - %pyLevel - %maskedMsg";
    /** Rotation of {@code --logfile PATH}: fixed by freqtrade at 10 MiB and 10 backups. */
    public static final long ROTATE_BYTES = 10L * 1024 * 1024;
    static final int BACKUPS = 10;

    private static final String DESTINATION = "hertz-destination";
    private static final Map<String, Level> QUIET_LIBRARIES = Map.of(
            "com.zaxxer.hikari", Level.INFO,
            "org.flywaydb", Level.INFO,
            "org.jdbi", Level.INFO,
            "org.eclipse.jetty", Level.INFO,
            "io.javalin", Level.INFO,
            // WARN: Arrow announces its allocator set-up at INFO on the first feather file of a run
            "org.apache.arrow", Level.WARN,
            "io.lettuce", Level.INFO,
            "io.netty", Level.INFO);

    private final LoggerContext context;
    private final LogRing ring;

    private LoggingSetup(LoggerContext context, LogRing ring) {
        this.context = context;
        this.ring = ring;
    }

    /** Resets Logback to INFO on stderr plus the in-memory ring and returns the handle to adjust it later. */
    public static LoggingSetup install() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);

        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("hertz-stderr");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder(context, PATTERN));
        stderr.start();
        root.addAppender(stderr);

        LogRing ring = new LogRing();
        ring.setContext(context);
        ring.start();
        root.addAppender(ring);
        return new LoggingSetup(context, ring);
    }

    /** The in-memory buffer behind {@code /logs}. */
    public LogRing ring() {
        return ring;
    }

    /**
     * Applies the verbosity and the log destination of the loaded configuration.
     *
     * @param verbosity the count of {@code -v} flags
     * @param logfile   {@code null}/blank for none, {@code syslog}, {@code syslog:/socket},
     *                  {@code syslog:host:port}, {@code journald}, or a file path (rotated)
     * @throws IllegalArgumentException when the destination cannot be used, naming why
     */
    public void apply(int verbosity, String logfile) {
        Appender<ILoggingEvent> destination = (logfile == null || logfile.isBlank()) ? null : destination(logfile.strip());
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(verbosity >= 1 ? Level.DEBUG : Level.INFO);
        QUIET_LIBRARIES.forEach((name, level) ->
                context.getLogger(name).setLevel(verbosity >= 2 ? Level.DEBUG : level));
        Appender<ILoggingEvent> previous = root.getAppender(DESTINATION);
        if (previous != null) {
            root.detachAppender(previous);
            previous.stop();
        }
        if (destination != null) {
            root.addAppender(destination);
        }
        LoggerFactory.getLogger(LoggingSetup.class).info("Verbosity set to {}", verbosity);
    }

    private Appender<ILoggingEvent> destination(String logfile) {
        Appender<ILoggingEvent> appender;
        if (logfile.equals("journald")) {
            appender = journald();
        } else if (logfile.equals("syslog") || logfile.startsWith("syslog:")) {
            appender = syslog(logfile.equals("syslog") ? "/dev/log" : logfile.substring("syslog:".length()));
        } else {
            appender = rollingFile(Path.of(logfile).toAbsolutePath());
        }
        appender.setName(DESTINATION);
        appender.start();
        if (!appender.isStarted()) {
            throw new IllegalArgumentException("Could not start logging to " + logfile);
        }
        return appender;
    }

    private Appender<ILoggingEvent> rollingFile(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot create the folder for --logfile " + file + ": " + e.getMessage(), e);
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("--logfile " + file + " is a directory, not a file");
        }
        if (!Files.isWritable(file.getParent()) || (Files.exists(file) && !Files.isWritable(file))) {
            throw new IllegalArgumentException("--logfile " + file + " is not writable");
        }
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setFile(file.toString());
        appender.setEncoder(encoder(context, PATTERN));

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(file + ".%i");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(BACKUPS);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(new FileSize(ROTATE_BYTES));
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        return appender;
    }

    private Appender<ILoggingEvent> syslog(String address) {
        if (address.startsWith("/")) {
            // The JVM cannot open Unix datagram sockets, which is what /dev/log is; util-linux's
            // `logger` can, and keeps the priority of each line with --prio-prefix.
            if (!Files.exists(Path.of(address))) {
                throw new IllegalArgumentException("Cannot log to syslog: the socket " + address + " does not exist");
            }
            return new LineProcessAppender(context, List.of("logger", "--socket", address, "--prio-prefix",
                    "--tag", "hertz"), LineProcessAppender.Prefix.SYSLOG, SYSLOG_PATTERN);
        }
        int colon = address.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--logfile syslog address \"" + address
                    + "\" is neither a socket path nor host:port");
        }
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--logfile syslog port \"" + address.substring(colon + 1) + "\" is not a number", e);
        }
        SyslogAppender appender = new MaskingSyslogAppender();
        appender.setContext(context);
        appender.setSyslogHost(address.substring(0, colon));
        appender.setPort(port);
        appender.setFacility("USER");
        appender.setSuffixPattern(SYSLOG_PATTERN);
        return appender;
    }

    private Appender<ILoggingEvent> journald() {
        if (!Files.exists(Path.of("/run/systemd/journal/socket"))) {
            throw new IllegalArgumentException("Cannot log to journald: systemd-journald is not running on this machine");
        }
        return new LineProcessAppender(context, List.of("systemd-cat", "--identifier=hertz", "--level-prefix=true"),
                LineProcessAppender.Prefix.JOURNALD, SYSLOG_PATTERN);
    }

    /** Logback's UDP syslog appender, with our masking and level converters in its layout. */
    private static final class MaskingSyslogAppender extends SyslogAppender {
        @Override
        public Layout<ILoggingEvent> buildLayout() {
            PatternLayout layout = new PatternLayout();
            layout.getInstanceConverterMap().put("syslogStart", SyslogStartConverter::new);
            registerConverters(layout);
            layout.setPattern("%syslogStart{" + getFacility() + "}%nopex{}" + getSuffixPattern());
            layout.setContext(getContext());
            layout.start();
            return layout;
        }
    }

    static void registerConverters(PatternLayout layout) {
        layout.getInstanceConverterMap().put("maskedMsg", MaskedMessageConverter::new);
        layout.getInstanceConverterMap().put("pyLevel", PythonLevelConverter::new);
    }

    static LayoutWrappingEncoder<ILoggingEvent> encoder(LoggerContext context, String pattern) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        registerConverters(layout);
        layout.setPattern(pattern);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        return encoder;
    }
}
