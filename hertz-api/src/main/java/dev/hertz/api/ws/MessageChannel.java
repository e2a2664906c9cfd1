package dev.hertz.api.ws;

import dev.hertz.core.rpc.RpcMessageType;
import io.javalin.websocket.WsContext;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.WriteCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One connected client: its subscriptions and a bounded outbox drained by its own sender thread.
 * Broadcasts only enqueue, so a slow client never holds up the bot or the other clients; a client
 * whose outbox overflows, or that takes longer than {@link #SEND_TIMEOUT_SECONDS} to accept one
 * message, is disconnected with the reason.
 */
final class MessageChannel {
    private static final Logger LOG = LoggerFactory.getLogger(MessageChannel.class);
    /** Messages held for one client; beyond this it is too far behind to catch up. */
    static final int OUTBOX_CAPACITY = 1000;
    static final int SEND_TIMEOUT_SECONDS = 3;
    /** Compared by identity: tells the sender to end, whatever text clients are sent. */
    private static final String STOP = new String("stop");

    private final WsContext ctx;
    private final BlockingQueue<String> outbox = new ArrayBlockingQueue<>(OUTBOX_CAPACITY + 1);
    private volatile Set<RpcMessageType> subscriptions = Set.of();
    private volatile boolean closed;
    private final Thread sender;

    MessageChannel(WsContext ctx) {
        this.ctx = ctx;
        this.sender = Thread.ofVirtual().name("ws-" + ctx.sessionId()).unstarted(this::drain);
    }

    void start() {
        sender.start();
    }

    String id() {
        return ctx.sessionId();
    }

    void subscribe(Set<RpcMessageType> types) {
        subscriptions = Set.copyOf(types);
    }

    boolean subscribed(RpcMessageType type) {
        return subscriptions.contains(type);
    }

    /** Queues a broadcast; a full outbox ends the connection rather than blocking the caller. */
    void offer(String text) {
        if (closed) {
            return;
        }
        if (!outbox.offer(text) || outbox.size() > OUTBOX_CAPACITY) {
            disconnect("Client is too slow: more than " + OUTBOX_CAPACITY + " messages behind");
        }
    }

    /** Replies to a request go through the same outbox, keeping the order of everything sent. */
    void reply(String text) {
        offer(text);
    }

    private void drain() {
        try {
            while (!closed) {
                String text = outbox.take();
                if (text == STOP) {
                    return;
                }
                CompletableFuture<Void> sent = new CompletableFuture<>();
                ctx.session.getRemote().sendString(text, new WriteCallback() {
                    @Override
                    public void writeFailed(Throwable x) {
                        sent.completeExceptionally(x);
                    }

                    @Override
                    public void writeSuccess() {
                        sent.complete(null);
                    }
                });
                try {
                    sent.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    disconnect("Client is too slow: a message took over " + SEND_TIMEOUT_SECONDS + " s to send");
                    return;
                } catch (ExecutionException e) {
                    LOG.debug("Sending to {} failed: {}", id(), e.getCause().toString());
                    stop();
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes the connection with a reason the client sees, and drops a client that cannot even take the close. */
    void disconnect(String reason) {
        if (closed) {
            return;
        }
        LOG.warn("Disconnecting WebSocket client {}: {}", id(), reason);
        stop();
        Session session = ctx.session;
        try {
            session.close(1000, reason);
        } catch (RuntimeException e) {
            session.disconnect();
        }
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(SEND_TIMEOUT_SECONDS * 1000L);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            if (session.isOpen()) {
                session.disconnect();
            }
        });
    }

    /** Stops the sender; nothing more is queued or sent. */
    void stop() {
        closed = true;
        outbox.clear();
        outbox.offer(STOP);
    }
}
