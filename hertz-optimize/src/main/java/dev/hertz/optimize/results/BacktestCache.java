package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --cache} / {@code backtest_cache} (reference bot-core §7.6): reuse a stored result with
 * the same run id when it is not older than a day, a week or a month (four weeks, as freqtrade
 * counts it). Disabled for a timerange without end or ending in the future, whose data can still
 * grow.
 */
public enum BacktestCache {
    NONE(null), DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(28));

    private final Duration maxAge;

    BacktestCache(Duration maxAge) {
        this.maxAge = maxAge;
    }

    /** The setting spelled {@code none}, {@code day}, {@code week} or {@code month}; null means the default, day. */
    public static BacktestCache of(String value) {
        if (value == null) {
            return DAY;
        }
        for (BacktestCache c : values()) {
            if (c.name().toLowerCase(Locale.ROOT).equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("backtest_cache: \"" + value + "\" is not one of none, day, week, month");
    }

    /**
     * The oldest run start a cached result may have, or empty when caching is off.
     *
     * @param timerangeEnd end of {@code --timerange}, null when it has none
     */
    public Optional<Instant> minBacktestDate(Instant timerangeEnd, Instant now) {
        if (maxAge == null || timerangeEnd == null || timerangeEnd.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(now.minus(maxAge));
    }

    /**
     * The cached results for these strategies ({@code {metadata, strategy, strategy_comparison}},
     * holding only the strategies found; all empty when caching is off).
     */
    public ObjectNode lookup(BacktestResultFiles files, Map<String, String> runIds, Instant timerangeEnd, Instant now) {
        Optional<Instant> min = minBacktestDate(timerangeEnd, now);
        if (min.isEmpty()) {
            return files.findExisting(Map.of(), null);
        }
        return files.findExisting(runIds, min.get());
    }
}
