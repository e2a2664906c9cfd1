package dev.hertz.core.exchange;

/**
 * How a market's precision numbers are read, with ccxt's numeric codes
 * ({@code precisionMode} 2, 3, 4).
 */
public enum PrecisionMode {
    /** Precision is a number of decimals, e.g. {@code 8}. */
    DECIMAL_PLACES(2),
    /** Precision is a number of significant digits, e.g. {@code 5}. */
    SIGNIFICANT_DIGITS(3),
    /** Precision is the step itself, e.g. {@code 0.01}. */
    TICK_SIZE(4);

    private final int code;

    PrecisionMode(int code) {
        this.code = code;
    }

    /** ccxt's constant for this mode. */
    public int code() {
        return code;
    }

    /** The mode for a ccxt constant; throws naming the allowed codes. */
    public static PrecisionMode fromCode(int code) {
        for (PrecisionMode m : values()) {
            if (m.code == code) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown precision mode " + code
                + ": expected 2 (DECIMAL_PLACES), 3 (SIGNIFICANT_DIGITS) or 4 (TICK_SIZE)");
    }
}
