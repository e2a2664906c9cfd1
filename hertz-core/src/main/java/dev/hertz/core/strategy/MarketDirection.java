package dev.hertz.core.strategy;

import java.util.Locale;
import java.util.Optional;

/**
 * freqtrade's user-managed market direction ({@code /marketdir}): a hint the user sets at
 * runtime and a strategy may read; kept in memory only, so a restart or reload resets it.
 */
public enum MarketDirection {
    LONG, SHORT, EVEN, NONE;

    /** The wire and display name ({@code long}, {@code short}, {@code even}, {@code none}). */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction named {@code text}, or empty when it names none. */
    public static Optional<MarketDirection> parse(String text) {
        for (MarketDirection d : values()) {
            if (d.value().equals(text)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
