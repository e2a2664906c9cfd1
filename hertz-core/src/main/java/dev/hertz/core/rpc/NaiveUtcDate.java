package dev.hertz.core.rpc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an {@link Instant} as Python's {@code isoformat()} of a naive UTC datetime:
 * {@code 2024-01-01T00:05:03}, with {@code .ffffff} only when there are microseconds. freqtrade
 * sends {@code entry_cancel.open_date} and {@code exit_cancel.open_date}/{@code close_date}
 * straight from the database, without the {@code +00:00} its other message dates carry; the
 * fields that do so name this serializer.
 */
public final class NaiveUtcDate extends StdSerializer<Instant> {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    public NaiveUtcDate() {
        super(Instant.class);
    }

    /** The text written for {@code instant}. */
    public static String format(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        int micros = utc.getNano() / 1000;
        return SECONDS.format(utc) + (micros == 0 ? "" : String.format(".%06d", micros));
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(format(value));
    }
}
