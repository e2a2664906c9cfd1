package dev.hertz.bench.ws;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Arrays;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One subscriber: a JDK WebSocket that reads continuously and, for the phase it was told to
 * expect, records each message's delay (its receive time minus the send time the message
 * carries) and whether any arrived out of order. Messages outside the phase (probes, stragglers)
 * only count as seen.
 *
 * <p>The JDK calls a listener's methods one at a time per socket, so the phase state needs no
 * lock; the driver reads it only after this client released its permit on {@code arrivals}, which
 * orders those reads after the writes.
 */
final class FanoutClient implements WebSocket.Listener {
    static final String SUBSCRIBE = "{\"type\":\"subscribe\",\"data\":[\"status\"]}";

    private final Semaphore arrivals;
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private volatile boolean probed;
    private volatile String closedWith;

    private long first;
    private long[] delays = new long[0];
    private volatile int received;
    private int outOfOrder;
    private long lastSeq;
    /** The message whose arrival releases a permit: the last of the batch the driver waits for. */
    private volatile long awaitSeq = Long.MIN_VALUE;

    private FanoutClient(Semaphore arrivals) {
        this.arrivals = arrivals;
    }

    /** Connects to {@code uri} and sends the subscribe request. */
    static FanoutClient connect(HttpClient http, URI uri, Semaphore arrivals) {
        FanoutClient client = new FanoutClient(arrivals);
        client.socket = http.newWebSocketBuilder().buildAsync(uri, client).orTimeout(30, TimeUnit.SECONDS).join();
        client.socket.sendText(SUBSCRIBE, true).join();
        return client;
    }

    /** Starts a phase of {@code count} messages numbered from {@code first}. */
    void expect(long first, int count) {
        this.first = first;
        this.delays = new long[count];
        Arrays.fill(delays, -1);
        this.received = 0;
        this.outOfOrder = 0;
        this.lastSeq = first - 1;
    }

    /** Releases a permit on {@code arrivals} when message {@code seq} arrives. */
    void awaitSeq(long seq) {
        awaitSeq = seq;
    }

    boolean probed() {
        return probed;
    }

    /** Why the connection ended, or null while it is open. */
    String closedWith() {
        return closedWith;
    }

    int received() {
        return received;
    }

    int outOfOrder() {
        return outOfOrder;
    }

    /** Delays in nanoseconds of the phase's messages that arrived, in sequence order. */
    long[] delays() {
        return Arrays.stream(delays).filter(d -> d >= 0).toArray();
    }

    void close() {
        socket.abort();
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (last && partial.isEmpty()) {
            arrived(data, WallClock.nanos());
        } else {
            partial.append(data);
            if (last) {
                arrived(partial, WallClock.nanos());
                partial.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    private void arrived(CharSequence text, long now) {
        // read first: the driver sets it after expect(), so this volatile read makes the phase visible
        long await = awaitSeq;
        FanoutMessage m = FanoutMessage.parse(text);
        if (m.seq() < 0) {
            probed = true;
            return;
        }
        if (m.seq() >= first && m.seq() < first + delays.length) {
            delays[(int) (m.seq() - first)] = Math.max(0, now - m.sentNanos());
            received++;
            if (m.seq() != lastSeq + 1) {
                outOfOrder++;
            }
            lastSeq = m.seq();
        }
        if (m.seq() == await) {
            arrivals.release();
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closedWith = "closed " + statusCode + (reason.isEmpty() ? "" : " " + reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closedWith = "error " + error;
    }
}
