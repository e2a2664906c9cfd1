package dev.hertz.core.logging;

/**
 * One captured log record, as the REST {@code /logs} endpoint and Telegram {@code /logs} show it.
 *
 * @param localTime   server-local time formatted {@code yyyy-MM-dd HH:mm:ss} (freqtrade shows local time here)
 * @param epochMillis the record's time in epoch milliseconds, with sub-millisecond fraction when known
 * @param logger      the logger name
 * @param level       the level name ({@code INFO}, {@code WARNING}, ...), spelled as Python's logging does
 * @param message     the formatted message, secrets already masked
 */
public record LogRecord(String localTime, double epochMillis, String logger, String level, String message) {
}
