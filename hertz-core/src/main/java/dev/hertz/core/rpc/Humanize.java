package dev.hertz.core.rpc;

import java.time.Duration;
import java.time.Instant;

/** Python {@code humanize.naturaltime}: {@code "5 minutes ago"}, {@code "a day ago"}, {@code "now"}. */
public final class Humanize {
    private Humanize() {
    }

    /** {@code then} relative to {@code now}. */
    public static String naturalTime(Instant then, Instant now) {
        Duration delta = Duration.between(then, now);
        boolean future = delta.isNegative();
        String text = naturalDelta(delta.abs());
        if (text.equals("a moment")) {
            return "now";
        }
        return text + (future ? " from now" : " ago");
    }

    /** humanize's {@code naturaldelta} with months on, for a non-negative span. */
    static String naturalDelta(Duration span) {
        long totalDays = span.toDays();
        long seconds = span.minusDays(totalDays).toSeconds();
        long years = totalDays / 365;
        long days = totalDays % 365;
        long months = (long) (days / 30.5);
        if (years == 0 && days < 1) {
            if (seconds == 0) {
                return "a moment";
            }
            if (seconds == 1) {
                return "a second";
            }
            if (seconds < 60) {
                return seconds + " seconds";
            }
            if (seconds < 120) {
                return "a minute";
            }
            if (seconds < 3600) {
                return seconds / 60 + " minutes";
            }
            if (seconds < 7200) {
                return "an hour";
            }
            return seconds / 3600 + " hours";
        }
        if (years == 0) {
            if (days == 1) {
                return "a day";
            }
            if (months == 0) {
                return days + " days";
            }
            return months == 1 ? "a month" : months + " months";
        }
        if (years == 1) {
            if (months == 0 && days == 0) {
                return "a year";
            }
            if (months == 0) {
                return "1 year, " + days + (days == 1 ? " day" : " days");
            }
            return months == 1 ? "1 year, 1 month" : "1 year, " + months + " months";
        }
        return years + " years";
    }
}
