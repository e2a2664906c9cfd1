package dev.hertz.core.rpc;

/**
 * One notification/interface module (Telegram, webhook, Discord, the API's message stream).
 * {@link RpcManager} calls {@link #sendMsg} on a thread of its own per handler, so a handler may
 * block (network I/O) without holding up the bot or the other handlers.
 */
public interface RpcHandler {
    /** Lower-case name ({@code telegram}, {@code webhook}, ...), also the handler's config section. */
    String name();

    /** Delivers one message; an exception is logged by the manager and the message dropped. */
    void sendMsg(RpcMessage message);

    /** Whether {@code strategy_msg} messages reach this handler ({@code allow_custom_messages}). */
    default boolean allowCustomMessages() {
        return false;
    }

    /** Releases threads and connections; called once when the bot shuts down. */
    default void cleanup() {
    }
}
