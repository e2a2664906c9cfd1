package dev.hertz.core.config;

/**
 * {@code price_side} of {@code entry_pricing} / {@code exit_pricing}. {@code same} and
 * {@code other} are relative to the order's side (for a long entry {@code same} is the bid).
 */
public enum PriceSide {
    ASK("ask"),
    BID("bid"),
    SAME("same"),
    OTHER("other");

    private final String value;

    PriceSide(String value) {
        this.value = value;
    }

    /** The config spelling. */
    public String value() {
        return value;
    }

    static PriceSide fromValue(String key, String value) {
        for (PriceSide side : values()) {
            if (side.value.equals(value)) {
                return side;
            }
        }
        throw new ConfigException(key + ": \"" + value + "\" is not one of [\"ask\",\"bid\",\"same\",\"other\"]");
    }
}
