package dev.hertz.core.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Sends each log line, prefixed with its priority, to the standard input of a helper process
 * ({@code logger} for a syslog Unix socket, {@code systemd-cat} for journald).
 *
 * <p>Both helpers read one message per line and take the priority from a {@code <N>} prefix, so
 * multi-line records (stack traces) are sent line by line with the same priority.
 */
final class LineProcessAppender extends AppenderBase<ILoggingEvent> {
    /** How the {@code <N>} prefix is computed. */
    enum Prefix {
        /** facility user (1) × 8 + severity, as syslog's PRI. */
        SYSLOG,
        /** severity alone, as {@code systemd-cat --level-prefix} reads it. */
        JOURNALD
    }

    private final List<String> command;
    private final Prefix prefix;
    private final PatternLayout layout = new PatternLayout();
    private Process process;
    private OutputStream stdin;

    LineProcessAppender(LoggerContext context, List<String> command, Prefix prefix, String pattern) {
        setContext(context);
        this.command = List.copyOf(command);
        this.prefix = prefix;
        layout.setContext(context);
        LoggingSetup.registerConverters(layout);
        layout.setPattern(pattern);
    }

    @Override
    public void start() {
        layout.start();
        try {
            process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot start " + command.get(0)
                    + " to forward log lines (is it installed?): " + e.getMessage(), e);
        }
        stdin = process.getOutputStream();
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        String head = "<" + priority(event.getLevel()) + ">";
        StringBuilder out = new StringBuilder();
        for (String line : layout.doLayout(event).split("\\R")) {
            out.append(head).append(line).append('\n');
        }
        try {
            stdin.write(out.toString().getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            addError("Log forwarding process " + command.get(0) + " stopped accepting lines", e);
            stop();
        }
    }

    private int priority(Level level) {
        int severity = switch (level.toInt()) {
            case Level.ERROR_INT -> 3;
            case Level.WARN_INT -> 4;
            case Level.INFO_INT -> 6;
            default -> 7;
        };
        return prefix == Prefix.SYSLOG ? 8 + severity : severity;
    }

    @Override
    public void stop() {
        super.stop();
        if (process != null) {
            try {
                stdin.close();
            } catch (IOException e) {
                addWarn("Closing the log forwarding process failed", e);
            }
            try {
                // closing stdin lets the helper write what it has buffered and exit on its own
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroy();
                }
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
            }
        }
    }
}
