package dev.hertz.core.rpc;

/**
 * Where the bot hands its notifications (freqtrade's {@code rpc.send_msg}). The application
 * passes its one {@link RpcManager}, which outlives every bot instance a {@code reload_config}
 * builds. The trading loop calls this between orders, so an implementation returns at once and
 * never throws.
 */
@FunctionalInterface
public interface RpcSender {
    /** Sends nowhere: for a bot nobody listens to (tools, tests of other parts). */
    RpcSender NONE = message -> {
    };

    /** Queues {@code message} for delivery and returns. */
    void sendMsg(RpcMessage message);
}
