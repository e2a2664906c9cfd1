package dev.hertz.core.pairlist;

import java.util.List;
import java.util.Objects;

/**
 * One parameter a pairlist handler accepts, as freqtrade's {@code available_parameters()}
 * describes it for {@code GET /pairlists/available} (FreqUI builds its pairlist editor from it).
 *
 * @param name         the config key
 * @param type         {@code number}, {@code string}, {@code option}, {@code boolean} or {@code list}
 * @param defaultValue the default: an {@link Integer}, {@link Double}, {@link String}, {@link Boolean},
 *                     a {@code List<String>}, or null
 * @param description  short label
 * @param help         longer explanation
 * @param options      allowed values for the {@code option} type, else empty
 */
public record PairlistParameter(String name, String type, Object defaultValue, String description, String help,
                                List<String> options) {

    public PairlistParameter {
        Objects.requireNonNull(name, "name");
        if (!List.of("number", "string", "option", "boolean", "list").contains(type)) {
            throw new IllegalArgumentException("Parameter " + name + " has unknown type " + type);
        }
        options = List.copyOf(options);
    }

    static PairlistParameter number(String name, Object defaultValue, String description, String help) {
        return new PairlistParameter(name, "number", defaultValue, description, help, List.of());
    }

    static PairlistParameter string(String name, String defaultValue, String description, String help) {
        return new PairlistParameter(name, "string", defaultValue, description, help, List.of());
    }

    static PairlistParameter bool(String name, boolean defaultValue, String description, String help) {
        return new PairlistParameter(name, "boolean", defaultValue, description, help, List.of());
    }

    static PairlistParameter option(String name, String defaultValue, List<String> options, String description,
                                    String help) {
        return new PairlistParameter(name, "option", defaultValue, description, help, options);
    }

    /** The common {@code refresh_period} parameter (freqtrade's {@code refresh_period_parameter()}). */
    static PairlistParameter refreshPeriod() {
        return number("refresh_period", 1800, "Refresh period", "Refresh period in seconds");
    }
}
