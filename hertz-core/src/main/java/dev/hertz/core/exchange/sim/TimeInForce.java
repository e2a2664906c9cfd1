package dev.hertz.core.exchange.sim;

import dev.hertz.core.exchange.InvalidOrderException;

/** Time-in-force values the simulator honours, as binance spot: {@code GTC FOK IOC PO}. */
enum TimeInForce {
    /** Good till canceled: the unfilled rest of a limit order rests in the book. */
    GTC,
    /** Fill or kill: all at once or nothing (the order expires). */
    FOK,
    /** Immediate or cancel: whatever fills at once, the rest expires. */
    IOC,
    /** Post only: rejected if it would take liquidity. */
    PO;

    /** Reads {@code params.timeInForce} (case-insensitive); absent means GTC. */
    static TimeInForce fromParam(Object value) {
        if (value == null) {
            return GTC;
        }
        for (TimeInForce t : values()) {
            if (t.name().equalsIgnoreCase(value.toString())) {
                return t;
            }
        }
        throw new InvalidOrderException("Unsupported timeInForce \"" + value + "\": expected GTC, FOK, IOC or PO");
    }
}
