package dev.hertz.core.config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code unfilledtimeout}: how long an order may stay open before it is cancelled.
 *
 * @param entry {@code entry}, in {@code unit}; absent = no time-based timeout
 * @param exit {@code exit}, in {@code unit}; absent = no time-based timeout
 * @param unit {@code unit}: {@code minutes} (default) or {@code seconds}
 * @param exitTimeoutCount {@code exit_timeout_count}: cancelled exits before an emergency exit; 0 = never
 */
public record UnfilledTimeout(OptionalDouble entry, OptionalDouble exit, ChronoUnit unit, int exitTimeoutCount) {

    /** The entry timeout as a duration. */
    public Optional<Duration> entryTimeout() {
        return toDuration(entry);
    }

    /** The exit timeout as a duration. */
    public Optional<Duration> exitTimeout() {
        return toDuration(exit);
    }

    private Optional<Duration> toDuration(OptionalDouble value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        double seconds = value.getAsDouble() * unit.getDuration().getSeconds();
        return Optional.of(Duration.ofNanos(Math.round(seconds * 1e9)));
    }

    static UnfilledTimeout from(NodeReader section) {
        String unit = section.text("unit", "minutes");
        ChronoUnit chronoUnit = switch (unit) {
            case "minutes" -> ChronoUnit.MINUTES;
            case "seconds" -> ChronoUnit.SECONDS;
            default -> throw new ConfigException(section.keyPath("unit") + ": \"" + unit
                    + "\" is not one of [\"minutes\",\"seconds\"]");
        };
        return new UnfilledTimeout(section.optionalNumber("entry"), section.optionalNumber("exit"), chronoUnit,
                (int) section.number("exit_timeout_count", 0));
    }
}
