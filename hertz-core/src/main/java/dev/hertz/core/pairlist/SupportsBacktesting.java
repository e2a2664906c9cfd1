package dev.hertz.core.pairlist;

/** Whether a pairlist handler can take part in backtesting (freqtrade's {@code SupportsBacktesting}). */
public enum SupportsBacktesting {
    /** Works the same in backtesting. */
    YES("yes"),
    /** Refused: it needs live market data. */
    NO("no"),
    /** Allowed but does nothing in backtesting (it needs live trades). */
    NO_ACTION("no_action"),
    /** Allowed, but it judges pairs by today's data, which biases the result. */
    BIASED("biased");

    private final String value;

    SupportsBacktesting(String value) {
        this.value = value;
    }

    /** freqtrade's spelling. */
    public String value() {
        return value;
    }
}
