package dev.hertz.core.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * Naive-UTC date-times as freqtrade stores them. SQLAlchemy writes SQLite {@code DATETIME} values as
 * text {@code YYYY-MM-DD HH:MM:SS.ffffff}, always with six fraction digits; rows written by hand or by
 * older tools may lack the fraction, so reading accepts 0 to 9 fraction digits (and a {@code T}
 * separator). Python datetimes hold microseconds, so values are truncated to microseconds on write.
 */
final class DbTime {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .toFormatter();

    private DbTime() {
    }

    static String format(Instant instant) {
        return WRITE.format(toNaiveUtc(instant));
    }

    static LocalDateTime toNaiveUtc(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static Instant fromNaiveUtc(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), READ).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new PersistenceException("Stored date-time '" + text
                    + "' is not in the form YYYY-MM-DD HH:MM:SS[.ffffff]", e);
        }
    }
}
