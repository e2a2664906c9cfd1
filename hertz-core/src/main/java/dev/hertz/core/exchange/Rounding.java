package dev.hertz.core.exchange;

/**
 * Rounding applied when bringing a number to an exchange's precision, with ccxt's codes.
 * Amounts always use {@link #TRUNCATE}; order prices {@link #ROUND}; stop prices
 * {@link #ROUND_UP} for longs and {@link #ROUND_DOWN} for shorts.
 */
public enum Rounding {
    /** Toward zero. */
    TRUNCATE(0),
    /** Half away from zero (TICK_SIZE: a remainder of at least half a step goes up). */
    ROUND(1),
    /** Up to the next representable value. */
    ROUND_UP(2),
    /** Down to the previous representable value. */
    ROUND_DOWN(3);

    private final int code;

    Rounding(int code) {
        this.code = code;
    }

    /** ccxt's constant for this mode. */
    public int code() {
        return code;
    }
}
