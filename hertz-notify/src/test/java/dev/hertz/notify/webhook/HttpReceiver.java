package dev.hertz.notify.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook receiver on a free loopback port that records every request. It can answer the first
 * requests with HTTP 500 ({@link #failFirst}), hold them without answering until it is closed
 * ({@link #hangFirst}), or answer 200 and then never finish the body ({@link #stallFirst}), to
 * stand in for a broken or stuck endpoint.
 */
public final class HttpReceiver implements AutoCloseable {

    /** One recorded request; {@code receivedNanos} is {@link System#nanoTime()} when it arrived. */
    public record Request(String method, String path, String contentType, String body, long receivedNanos) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private final AtomicInteger toFail = new AtomicInteger();
    private final AtomicInteger toHang = new AtomicInteger();
    private final AtomicInteger toStall = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);

    public HttpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The URL to post to. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The next {@code count} requests get HTTP 500 (and are recorded). */
    public HttpReceiver failFirst(int count) {
        toFail.set(count);
        return this;
    }

    /** The next {@code count} requests are never answered (and not recorded). */
    public HttpReceiver hangFirst(int count) {
        toHang.set(count);
        return this;
    }

    /** The next {@code count} requests (recorded) get a 200 whose body never ends. */
    public HttpReceiver stallFirst(int count) {
        toStall.set(count);
        return this;
    }

    /** Requests that reached the receiver, answered or not. */
    public int received() {
        return received.get();
    }

    /** The next recorded request, waiting up to 10 s for it. */
    public Request next() throws InterruptedException {
        Request request = requests.poll(10, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the receiver").isNotNull();
        return request;
    }

    /** The next recorded request if one arrives within {@code millis}, else null. */
    public Request poll(long millis) throws InterruptedException {
        return requests.poll(millis, TimeUnit.MILLISECONDS);
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrival = System.nanoTime();
        received.incrementAndGet();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (toHang.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            awaitClose();
            exchange.close();
            return;
        }
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"), body, arrival));
        if (toStall.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write("{\"ok\":".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            awaitClose();
            exchange.close();
            return;
        }
        int status = toFail.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private void awaitClose() {
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
