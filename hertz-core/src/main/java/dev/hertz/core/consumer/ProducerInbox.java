package dev.hertz.core.consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The WebSocket listener of one connection: turns the JDK's callbacks into events the
 * connection's thread takes one at a time. After a whole text message it asks for nothing more
 * until the thread has handled it ({@link #next()}), so a fast producer waits on the socket
 * instead of filling memory here.
 */
final class ProducerInbox implements WebSocket.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ProducerInbox.class);

    /** What happened on the connection. */
    sealed interface Event {
    }

    /** A whole text message. */
    record Text(String text) implements Event {
    }

    /** The answer to our ping. */
    record Pong() implements Event {
    }

    /** A message grew past the size limit; its parts are dropped, and reading goes on until the close. */
    record TooLarge() implements Event {
    }

    /** The producer closed the connection. */
    record Closed(int code, String reason) implements Event {
    }

    /** The connection failed. */
    record Failed(Throwable error) implements Event {
    }

    private final String producer;
    private final long maxChars;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private StringBuilder message = new StringBuilder();
    private boolean discarding;
    private volatile WebSocket socket;

    /**
     * @param maxChars the longest message accepted; the producer's JSON is ASCII, so characters are bytes
     */
    ProducerInbox(String producer, long maxChars) {
        this.producer = producer;
        this.maxChars = maxChars;
    }

    /** The next event, or null when none arrived within {@code wait}. */
    Event poll(Duration wait) throws InterruptedException {
        return events.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Lets the next message in, once the last one was handled. */
    void next() {
        WebSocket ws = socket;
        if (ws != null) {
            ws.request(1);
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (discarding) {
            // The rest of a message already refused: read it only to reach the producer's close frame.
            discarding = !last;
            webSocket.request(1);
            return null;
        }
        message.append(data);
        if (message.length() > maxChars) {
            message = new StringBuilder();
            discarding = !last;
            events.add(new TooLarge());
            webSocket.request(1);
        } else if (!last) {
            webSocket.request(1);
        } else {
            events.add(new Text(message.toString()));
            message = new StringBuilder();
        }
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        if (last) {
            LOG.warn("Ignoring a binary message from `{}`: producers send JSON text", producer);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        events.add(new Pong());
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        events.add(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        events.add(new Failed(error));
    }
}
