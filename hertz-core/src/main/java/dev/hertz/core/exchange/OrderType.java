package dev.hertz.core.exchange;

/** Order type, written {@code limit}/{@code market} on the wire. */
public enum OrderType {
    LIMIT("limit"),
    MARKET("market");

    private final String wire;

    OrderType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Parses {@code limit}/{@code market}; throws naming the bad value. */
    public static OrderType parse(String text) {
        for (OrderType t : values()) {
            if (t.wire.equals(text)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown order type \"" + text + "\": expected limit or market");
    }
}
