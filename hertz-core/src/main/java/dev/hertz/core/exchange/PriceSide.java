package dev.hertz.core.exchange;

/**
 * {@code entry_pricing.price_side} / {@code exit_pricing.price_side}: a book side, or a side
 * relative to the trade direction.
 */
public enum PriceSide {
    ASK("ask"),
    BID("bid"),
    SAME("same"),
    OTHER("other");

    private final String wire;

    PriceSide(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Parses the config value; throws naming the bad value. */
    public static PriceSide parse(String text) {
        for (PriceSide s : values()) {
            if (s.wire.equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown price_side \"" + text + "\": expected ask, bid, same or other");
    }

    /**
     * The book side ({@link #BID} or {@link #ASK}) this setting means for an entry or exit of a long
     * or short trade: entry long same=bid, other=ask; entry short same=ask, other=bid; exit long
     * same=ask, other=bid; exit short same=bid, other=ask.
     */
    public PriceSide resolve(EntryExit side, boolean isShort) {
        if (this == ASK || this == BID) {
            return this;
        }
        boolean sameIsBid = (side == EntryExit.ENTRY) != isShort;
        boolean bid = (this == SAME) == sameIsBid;
        return bid ? BID : ASK;
    }
}
