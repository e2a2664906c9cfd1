package dev.hertz.core.pairlist;

import dev.hertz.core.exchange.ConfigurationError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The {@code sort_direction} of the range and volatility filters: unsorted, ascending or descending. */
enum SortDirection {
    NONE, ASC, DESC;

    /** The parameter's value; empty text counts as unset because FreqUI offers it as an option. */
    static SortDirection read(PluginParams params, String handler) {
        String value = params.text("sort_direction", "");
        return switch (value) {
            case "" -> NONE;
            case "asc" -> ASC;
            case "desc" -> DESC;
            default -> throw new ConfigurationError(handler + " requires sort_direction to be "
                    + "either None (undefined), 'asc' or 'desc'");
        };
    }

    /** The pairs sorted by their metric (stable: equal metrics keep their order). */
    List<String> sort(List<String> pairs, Map<String, Double> metric) {
        if (this == NONE) {
            return pairs;
        }
        List<String> sorted = new ArrayList<>(pairs);
        Comparator<String> byMetric = Comparator.comparingDouble(metric::get);
        sorted.sort(this == DESC ? byMetric.reversed() : byMetric);
        return sorted;
    }
}
