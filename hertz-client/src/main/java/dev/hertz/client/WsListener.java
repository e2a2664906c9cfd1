package dev.hertz.client;

/**
 * Receives what happens on a {@link WsClient}. Callbacks run on the WebSocket's thread, one at
 * a time per connection: return quickly (hand long work to your own executor). An exception
 * thrown here is logged and does not stop the stream.
 */
@FunctionalInterface
public interface WsListener {
    /** A message of a subscribed type, or the reply to a request. */
    void onMessage(WsMessage message);

    /**
     * A connection is open and the subscription sent.
     *
     * @param reconnected false for the first connection, true after a reconnect
     */
    default void onConnected(boolean reconnected) {
    }

    /**
     * The connection ended; unless the client was closed, a reconnect follows after the delay.
     *
     * @param code   the WebSocket close code (1000 normal), or -1 when the connection failed
     * @param reason the close reason or the failure's message
     */
    default void onDisconnected(int code, String reason) {
    }
}
