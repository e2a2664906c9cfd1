package dev.hertz.core.exchange;

/** Order side, written {@code buy}/{@code sell} on the wire. */
public enum OrderSide {
    BUY("buy"),
    SELL("sell");

    private final String wire;

    OrderSide(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public OrderSide opposite() {
        return this == BUY ? SELL : BUY;
    }

    /** Parses {@code buy}/{@code sell}; throws naming the bad value. */
    public static OrderSide parse(String text) {
        for (OrderSide s : values()) {
            if (s.wire.equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown order side \"" + text + "\": expected buy or sell");
    }
}
