package dev.hertz.app.consumer;

import io.javalin.Javalin;
import io.javalin.http.ForbiddenResponse;
import io.javalin.websocket.WsContext;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A producer's {@code /api/v1/message/ws} that sends whatever the test says: the token check of
 * the real endpoint (403 before upgrading), a record of the consumer's requests, handshakes and
 * close codes, and a way to push any text or binary frame to the connected consumer.
 */
final class FakeProducer implements AutoCloseable {
    static final String PATH = "/api/v1/message/ws";

    private final Javalin app;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<Integer> closeCodes = new CopyOnWriteArrayList<>();
    final List<String> closeReasons = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    private final AtomicReference<WsContext> current = new AtomicReference<>();

    FakeProducer(String token) {
        app = Javalin.create(cfg -> cfg.showJavalinBanner = false);
        app.wsBeforeUpgrade(PATH, ctx -> {
            if (!token.equals(ctx.queryParam("token"))) {
                refused.incrementAndGet();
                throw new ForbiddenResponse("Forbidden");
            }
        });
        app.ws(PATH, ws -> {
            ws.onConnect(ctx -> {
                current.set(ctx);
                connections.incrementAndGet();
            });
            ws.onMessage(ctx -> requests.add(ctx.message()));
            ws.onClose(ctx -> {
                closeCodes.add(ctx.status());
                closeReasons.add(ctx.reason());
            });
        });
        app.start("127.0.0.1", 0);
    }

    int port() {
        return app.port();
    }

    /** Whether a consumer is connected now. */
    boolean connected() {
        WsContext ctx = current.get();
        return ctx != null && ctx.session.isOpen();
    }

    void send(String text) {
        current.get().send(text);
    }

    void sendBinary(byte[] bytes) {
        current.get().send(ByteBuffer.wrap(bytes));
    }

    @Override
    public void close() {
        app.stop();
    }
}
