package dev.hertz.core.config;

import java.util.OptionalDouble;

/**
 * The trailing stoploss settings.
 *
 * @param enabled {@code trailing_stop} (default false)
 * @param positive {@code trailing_stop_positive}: the trailing distance once in profit; absent = trail at {@code stoploss}
 * @param positiveOffset {@code trailing_stop_positive_offset} (default 0.0): profit at which {@code positive} applies
 * @param onlyOffsetIsReached {@code trailing_only_offset_is_reached} (default false): do not trail before the offset
 */
public record TrailingStop(boolean enabled, OptionalDouble positive, double positiveOffset, boolean onlyOffsetIsReached) {

    static TrailingStop from(NodeReader config) {
        return new TrailingStop(
                config.bool("trailing_stop", false),
                config.optionalNumber("trailing_stop_positive"),
                config.number("trailing_stop_positive_offset", 0.0),
                config.bool("trailing_only_offset_is_reached", false));
    }
}
