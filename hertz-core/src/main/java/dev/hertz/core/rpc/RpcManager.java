package dev.hertz.core.rpc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Delivers {@link RpcMessage}s to every registered {@link RpcHandler}.
 *
 * <p>Unlike freqtrade, which calls handlers one after another on the sending thread, each handler
 * here has its own single delivery thread and a bounded queue: a handler that blocks (a webhook
 * timing out) or throws holds up neither the trading loop nor the other handlers, and each
 * handler still sees messages in the order they were sent. When a handler falls so far behind
 * that its queue is full, its oldest pending message is dropped with a warning.
 */
public final class RpcManager implements AutoCloseable {
    /** Messages waiting per handler before the oldest is dropped. */
    public static final int QUEUE_CAPACITY = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(RpcManager.class);

    private final List<Registered> handlers = new ArrayList<>();

    private record Registered(RpcHandler handler, ThreadPoolExecutor executor) {
    }

    /** Adds a handler; messages sent from now on reach it. */
    public synchronized void register(RpcHandler handler) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), r -> {
                    Thread t = new Thread(r, "rpc-" + handler.name());
                    t.setDaemon(true);
                    return t;
                }, (task, pool) -> {
                    if (!pool.isShutdown()) {
                        pool.getQueue().poll();
                        LOG.warn("RPC module {} is falling behind; dropped its oldest pending message.", handler.name());
                        pool.execute(task);
                    }
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
    public synchronized void sendMsg(RpcMessage message) {
        RpcMessageType type = message.messageType();
        if (type == RpcMessageType.STRATEGY_MSG) {
            LOG.info("Sending rpc strategy_msg: {}", message);
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
     * queued are still delivered; a handler that does not finish within a few seconds is interrupted.
     */
    @Override
    public synchronized void close() {
        LOG.info("Cleaning up rpc modules ...");
        for (int i = handlers.size() - 1; i >= 0; i--) {
            Registered r = handlers.get(i);
            LOG.info("Cleaning up rpc.{} ...", r.handler().name());
            r.executor().shutdown();
            try {
                if (!r.executor().awaitTermination(5, TimeUnit.SECONDS)) {
                    r.executor().shutdownNow();
                }
            } catch (InterruptedException e) {
                r.executor().shutdownNow();
                Thread.currentThread().interrupt();
            }
            r.handler().cleanup();
        }
        handlers.clear();
    }
}
