package dev.hertz.app;

import dev.hertz.core.rpc.RpcHandler;
import dev.hertz.core.rpc.RpcManager;
import dev.hertz.core.rpc.RpcMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An {@link RpcHandler} that keeps what it receives, read from the test thread. {@link #sync}
 * waits until everything sent so far has arrived: the manager delivers each handler's messages in
 * order, so once a marker sent last has arrived, so has everything before it.
 */
final class RecordingHandler implements RpcHandler {
    private static final String MARKER = "recording-handler-sync-";
    /** Generous: only reached when a message never comes, which fails the test anyway. */
    private static final long WAIT_SECONDS = 60;

    private final BlockingQueue<RpcMessage> queue = new LinkedBlockingQueue<>();
    private final List<RpcMessage> received = new ArrayList<>();
    private int markers;
    private volatile boolean cleanedUp;

    @Override
    public String name() {
        return "recorder";
    }

    @Override
    public void sendMsg(RpcMessage message) {
        queue.add(message);
    }

    @Override
    public boolean allowCustomMessages() {
        return true;
    }

    @Override
    public void cleanup() {
        cleanedUp = true;
    }

    /** Whether the manager cleaned this handler up (it closed). */
    boolean cleanedUp() {
        return cleanedUp;
    }

    /** What {@link #await} and {@link #sync} have taken in so far, in order. */
    List<RpcMessage> received() {
        return List.copyOf(received);
    }

    /** Every message {@code rpc} delivered to this handler so far, markers left out. */
    List<RpcMessage> sync(RpcManager rpc) {
        String marker = MARKER + markers++;
        rpc.sendMsg(new RpcMessage.Status(marker));
        await(m -> m instanceof RpcMessage.Status s && s.status().equals(marker));
        received.removeLast();
        return List.copyOf(received);
    }

    /** Waits for the first message from now on that matches, and returns it. */
    RpcMessage await(Predicate<RpcMessage> wanted) {
        try {
            while (true) {
                RpcMessage m = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                if (m == null) {
                    throw new AssertionError("no matching message arrived; received so far: " + received);
                }
                received.add(m);
                if (wanted.test(m)) {
                    return m;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The messages of one type received so far (after {@link #sync}), in order. */
    <T extends RpcMessage> List<T> ofType(RpcManager rpc, Class<T> type) {
        return sync(rpc).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Forgets what was received so far. */
    void clear(RpcManager rpc) {
        sync(rpc);
        received.clear();
    }
}
