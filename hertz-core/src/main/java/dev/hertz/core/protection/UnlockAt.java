package dev.hertz.core.protection;

import dev.hertz.core.exchange.ConfigurationError;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code unlock_at} as Python's {@code strptime(value, "%H:%M")} accepts it ({@code 5:03} too). */
final class UnlockAt {

    private static final Pattern HH_MM = Pattern.compile("(2[0-3]|[01]\\d|\\d):([0-5]\\d|\\d)");

    private UnlockAt() {
    }

    static LocalTime parse(String value) {
        Matcher m = value == null ? null : HH_MM.matcher(value);
        if (m == null || !m.matches()) {
            throw new ConfigurationError("Invalid date format for unlock_at: " + value + ".");
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
}
