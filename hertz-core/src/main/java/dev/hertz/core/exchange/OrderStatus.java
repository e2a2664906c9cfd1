package dev.hertz.core.exchange;

/** ccxt order status, written in lower case on the wire and in the database. */
public enum OrderStatus {
    OPEN("open"),
    CLOSED("closed"),
    CANCELED("canceled"),
    EXPIRED("expired"),
    REJECTED("rejected");

    private final String wire;

    OrderStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Parses the wire form; throws naming the bad value. */
    public static OrderStatus parse(String text) {
        for (OrderStatus s : values()) {
            if (s.wire.equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown order status \"" + text
                + "\": expected open, closed, canceled, expired or rejected");
    }
}
