package dev.hertz.core.rpc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers {@link RpcMessage}s to every registered {@link RpcHandler}. One manager lives for the
 * whole process: handlers register once and keep receiving across {@code reload_config}.
 *
 * <p>Unlike freqtrade, which calls handlers one after another on the sending thread, each handler
 * here has its own single delivery thread and a bounded queue: a handler that blocks (a webhook
 * timing out) or throws holds up neither the trading loop nor the other handlers, and each
 * handler still sees messages in the order they were sent. {@link #sendMsg} only enqueues, so it
 * never waits for a handler; when a handler falls so far behind that its queue is full, its
 * oldest pending message is dropped with a warning instead.
 */
public final class RpcManager implements RpcSender, AutoCloseable {
    /** Messages waiting per handler before the oldest is dropped. */
    public static final int QUEUE_CAPACITY = 1000;
    /** How long {@link #close()} lets a handler finish its queue before interrupting it. */
    private static final long CLOSE_WAIT_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(RpcManager.class);

    private final List<Registered> handlers = new ArrayList<>();

    private record Registered(RpcHandler handler, ThreadPoolExecutor executor) {
    }

    /** Adds a handler; messages sent from now on reach it. */
    public synchronized void register(RpcHandler handler) {
        AtomicLong dropped = new AtomicLong();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), r -> {
                    Thread t = new Thread(r, "rpc-" + handler.name());
                    t.setDaemon(true);
                    return t;
                }, (task, pool) -> {
                    if (pool.isShutdown()) {
                        return;
                    }
                    // senders hold the manager's lock, so the slot freed here is still free below
                    pool.getQueue().poll();
                    long total = dropped.incrementAndGet();
                    // a stuck handler would otherwise log once per message
                    if (total == 1 || total % QUEUE_CAPACITY == 0) {
                        LOG.warn("RPC module {} is falling behind; dropped its oldest pending message ({} so far).",
                                handler.name(), total);
                    }
                    pool.execute(task);
                });
        handlers.add(new Registered(handler, executor));
    }

    /** Names of the registered handlers, in registration order. */
    public synchronized List<String> handlerNames() {
        return handlers.stream().map(r -> r.handler().name()).toList();
    }

    /**
     * Queues {@code message} for every handler and returns at once. {@code strategy_msg} goes only
     * to handlers that allow custom messages.
     */
    @Override
    public synchronized void sendMsg(RpcMessage message) {
        RpcMessageType type = message.messageType();
        if (message instanceof RpcMessage.StrategyMsg strategyMsg) {
            LOG.info("Sending rpc strategy_msg: {}", strategyMsg.msg());
        } else if (!type.noEcho()) {
            LOG.info("Sending rpc message: {}", message);
        }
        for (Registered r : handlers) {
            if (type == RpcMessageType.STRATEGY_MSG && !r.handler().allowCustomMessages()) {
                continue;
            }
            r.executor().execute(() -> deliver(r.handler(), message));
        }
    }

    private static void deliver(RpcHandler handler, RpcMessage message) {
        try {
            handler.sendMsg(message);
        } catch (RuntimeException e) {
            LOG.error("Exception occurred within RPC module {}", handler.name(), e);
        }
    }

    /**
     * freqtrade's {@code cleanup}: stops the handlers, last registered first. Messages already
     * queued are still delivered; a handler that does not finish within a few seconds is
     * interrupted. Senders are not held up meanwhile: what they send now reaches nobody.
     */
    @Override
    public void close() {
        List<Registered> closing;
        synchronized (this) {
            closing = new ArrayList<>(handlers);
            handlers.clear();
        }
        LOG.info("Cleaning up rpc modules ...");
        for (int i = closing.size() - 1; i >= 0; i--) {
            Registered r = closing.get(i);
            LOG.info("Cleaning up rpc.{} ...", r.handler().name());
            r.executor().shutdown();
            try {
                if (!r.executor().awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    r.executor().shutdownNow();
                }
            } catch (InterruptedException e) {
                r.executor().shutdownNow();
                Thread.currentThread().interrupt();
            }
            try {
                r.handler().cleanup();
            } catch (RuntimeException e) {
                LOG.warn("Exception while cleaning up rpc.{}", r.handler().name(), e);
            }
        }
    }
}
