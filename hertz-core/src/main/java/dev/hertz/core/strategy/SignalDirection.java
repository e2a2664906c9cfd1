package dev.hertz.core.strategy;

/** The direction of a trade or an entry signal: freqtrade's {@code SignalDirection} ({@code "long"}, {@code "short"}). */
public enum SignalDirection {
    /** Buy to enter, sell to exit. */
    LONG("long"),
    /** Sell to enter, buy to exit (margin and futures, {@code can_short}). */
    SHORT("short");

    private final String value;

    SignalDirection(String value) {
        this.value = value;
    }

    /** freqtrade's spelling: {@code long} or {@code short}. */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
