package dev.hertz.core.rpc;

/**
 * An RPC operation refused because of the bot's state or the caller's input (freqtrade's
 * {@code RPCException}). The message is meant for the user as-is: Telegram sends it, the REST API
 * wraps it in its error body. The {@link Kind} lets an interface pick its answer (an HTTP status)
 * without reading the message.
 */
public final class RpcException extends RuntimeException {
    /** Why the operation was refused. */
    public enum Kind {
        /** The bot's state does not allow it (no bot, not running, a feature that is off); freqtrade's plain RPC error. */
        STATE,
        /** The caller's input is wrong (a bad limit, timeframe or name). */
        INPUT,
        /** The named thing does not exist or is not available here (a strategy). */
        NOT_FOUND,
        /** A strategy exists but could not be loaded (compile error, failing constructor, bad parameter file). */
        LOAD_FAILED
    }

    private final Kind kind;

    /** A refusal of kind {@link Kind#STATE}, the kind of every freqtrade RPC error. */
    public RpcException(String message) {
        this(Kind.STATE, message);
    }

    public RpcException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public RpcException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The message alone, as freqtrade's {@code str(RPCException)}. */
    @Override
    public String toString() {
        return getMessage();
    }
}
