package dev.hertz.app;

import dev.hertz.core.rpc.RpcHandler;
import dev.hertz.core.rpc.RpcManager;
import dev.hertz.core.rpc.RpcMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An {@link RpcHandler} that keeps what it receives. {@link #sync} waits until everything sent
 * so far has arrived: the manager delivers each handler's messages in order, so once a marker
 * sent last has arrived, so has everything before it.
 */
final class RecordingHandler implements RpcHandler {
    private static final String MARKER = "recording-handler-sync-";

    private final BlockingQueue<RpcMessage> queue = new LinkedBlockingQueue<>();
    private final List<RpcMessage> received = new ArrayList<>();
    private int markers;

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

    /** Every message {@code rpc} delivered to this handler so far, markers left out. */
    List<RpcMessage> sync(RpcManager rpc) {
        String marker = MARKER + markers++;
        rpc.sendMsg(new RpcMessage.Status(marker));
        try {
            while (true) {
                RpcMessage m = queue.poll(30, TimeUnit.SECONDS);
                if (m == null) {
                    throw new AssertionError("handler did not receive the sync marker " + marker);
                }
                if (m instanceof RpcMessage.Status s && s.status().equals(marker)) {
                    return List.copyOf(received);
                }
                received.add(m);
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
