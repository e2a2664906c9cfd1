package dev.hertz.core.rpc;

/**
 * An RPC operation refused because of the bot's state or the caller's input (freqtrade's
 * {@code RPCException}). The message is meant for the user as-is: Telegram sends it, the REST API
 * wraps it in its error body.
 */
public final class RpcException extends RuntimeException {
    public RpcException(String message) {
        super(message);
    }

    /** The message alone, as freqtrade's {@code str(RPCException)}. */
    @Override
    public String toString() {
        return getMessage();
    }
}
