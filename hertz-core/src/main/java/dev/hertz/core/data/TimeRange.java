package dev.hertz.core.data;

import dev.hertz.core.exchange.ConfigurationError;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --timerange} value: an optional start and an optional stop, in Unix seconds.
 *
 * <p>Mirrors freqtrade's {@code TimeRange}: {@code startType}/{@code stopType} are {@code "date"} when
 * that end is set and {@code null} when open; an unset end has timestamp 0. Both ends are inclusive
 * when trimming candles.
 *
 * @param startType {@code "date"} or {@code null}
 * @param stopType  {@code "date"} or {@code null}
 * @param startTs   start in Unix seconds (0 when open)
 * @param stopTs    stop in Unix seconds (0 when open)
 */
public record TimeRange(String startType, String stopType, long startTs, long stopTs) {

    public static final String DATE = "date";

    /** The open range that keeps everything. */
    public static final TimeRange ALL = new TimeRange(null, null, 0, 0);

    // Digit counts 8 (YYYYMMDD), 10 (Unix seconds) and 13 (Unix millis); both sides use the same form.
    private static final Pattern SYNTAX = Pattern.compile("^(\\d{8}|\\d{10}|\\d{13})?-(\\d{8}|\\d{10}|\\d{13})?$");
    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter PRINT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    public TimeRange {
        if (startType != null && !DATE.equals(startType) || stopType != null && !DATE.equals(stopType)) {
            throw new IllegalArgumentException("TimeRange types must be \"date\" or null, got "
                    + startType + " / " + stopType);
        }
    }

    /**
     * Parses {@code YYYYMMDD-}, {@code -YYYYMMDD}, {@code YYYYMMDD-YYYYMMDD} and the same with
     * 10-digit Unix seconds or 13-digit Unix milliseconds (truncated to seconds). {@code null} or
     * empty gives {@link #ALL}.
     *
     * @throws ConfigurationError {@code Incorrect syntax for timerange "<text>"} or
     *                            {@code Start date is after stop date for timerange "<text>"}
     */
    public static TimeRange parse(String text) {
        if (text == null || text.isEmpty()) {
            return ALL;
        }
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches() || m.group(1) == null && m.group(2) == null
                || m.group(1) != null && m.group(2) != null && m.group(1).length() != m.group(2).length()) {
            throw new ConfigurationError("Incorrect syntax for timerange \"" + text + "\"");
        }
        String startType = m.group(1) == null ? null : DATE;
        String stopType = m.group(2) == null ? null : DATE;
        long start = m.group(1) == null ? 0 : toSeconds(m.group(1), text);
        long stop = m.group(2) == null ? 0 : toSeconds(m.group(2), text);
        if (start > stop && stop > 0) {
            throw new ConfigurationError("Start date is after stop date for timerange \"" + text + "\"");
        }
        return new TimeRange(startType, stopType, start, stop);
    }

    private static long toSeconds(String part, String text) {
        return switch (part.length()) {
            case 8 -> {
                try {
                    yield LocalDate.parse(part, YYYYMMDD).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
                } catch (DateTimeParseException e) {
                    throw new ConfigurationError("Invalid date \"" + part + "\" in timerange \"" + text
                            + "\": expected a real calendar date as YYYYMMDD", e);
                }
            }
            case 13 -> Long.parseLong(part) / 1000;
            default -> Long.parseLong(part);
        };
    }

    public boolean hasStart() {
        return startType != null;
    }

    public boolean hasStop() {
        return stopType != null;
    }

    /** The start as an instant, or {@code null} when the timestamp is 0 (as freqtrade's {@code startdt}). */
    public Instant startDate() {
        return startTs == 0 ? null : Instant.ofEpochSecond(startTs);
    }

    /** The stop as an instant, or {@code null} when the timestamp is 0. */
    public Instant stopDate() {
        return stopTs == 0 ? null : Instant.ofEpochSecond(stopTs);
    }

    /** Printed form {@code YYYYMMDD-YYYYMMDD}, leaving out unset ends. */
    public String timerangeStr() {
        return day(startTs) + "-" + day(stopTs);
    }

    private static String day(long ts) {
        return ts == 0 ? "" : YYYYMMDD.format(Instant.ofEpochSecond(ts).atZone(ZoneOffset.UTC));
    }

    /** {@code YYYY-MM-DD HH:MM:SS} of the start, or {@code unbounded}. */
    public String startFmt() {
        return startTs == 0 ? "unbounded" : PRINT.format(Instant.ofEpochSecond(startTs));
    }

    /** {@code YYYY-MM-DD HH:MM:SS} of the stop, or {@code unbounded}. */
    public String stopFmt() {
        return stopTs == 0 ? "unbounded" : PRINT.format(Instant.ofEpochSecond(stopTs));
    }

    /** A copy with the start moved {@code seconds} earlier; unchanged when no start timestamp is set. */
    public TimeRange subtractStart(long seconds) {
        return startTs == 0 ? this : new TimeRange(startType, stopType, startTs - seconds, stopTs);
    }

    /**
     * freqtrade's {@code adjust_start_if_necessary}: when no start was given, or the data only
     * begins at the requested start (so no startup candles exist before it), the start moves
     * forward by {@code startupCandles} candles from the first available date.
     */
    public TimeRange adjustStartIfNecessary(long timeframeSeconds, int startupCandles, Instant minDate) {
        if (startType == null || startupCandles != 0 && minDate.getEpochSecond() >= startTs) {
            long start = minDate.getEpochSecond() + timeframeSeconds * startupCandles;
            return new TimeRange(DATE, stopType, start, stopTs);
        }
        return this;
    }

    /** Whether a candle opening at {@code epochMillis} lies inside the range (both ends inclusive). */
    public boolean contains(long epochMillis) {
        return (startType == null || epochMillis >= startTs * 1000)
                && (stopType == null || epochMillis <= stopTs * 1000);
    }

    @Override
    public String toString() {
        return timerangeStr();
    }
}
