package dev.hertz.core.rpc;

/** The {@code type} of an {@link RpcMessage}, with its wire string. */
public enum RpcMessageType {
    STATUS, WARNING, EXCEPTION, STARTUP, ENTRY, ENTRY_FILL, ENTRY_CANCEL, EXIT, EXIT_FILL, EXIT_CANCEL,
    PROTECTION_TRIGGER, PROTECTION_TRIGGER_GLOBAL, STRATEGY_MSG, WHITELIST, ANALYZED_DF, NEW_CANDLE;

    /** The lower-case wire string, e.g. {@code entry_fill}. */
    public String wire() {
        return name().toLowerCase();
    }

    /** The type with this wire string, or null when there is none. */
    public static RpcMessageType fromWire(String wire) {
        for (RpcMessageType type : values()) {
            if (type.wire().equals(wire)) {
                return type;
            }
        }
        return null;
    }

    /** Types sent so often that the manager does not log them. */
    public boolean noEcho() {
        return this == WHITELIST || this == ANALYZED_DF || this == NEW_CANDLE;
    }
}
