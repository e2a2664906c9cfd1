package dev.hertz.core.consumer;

import dev.hertz.core.config.ExternalMessageConsumerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The connection to one producer, run on its own thread until {@link #stop()}: connect, send the
 * initial requests, handle messages, ping after {@code wait_timeout} seconds of silence, and after
 * any failure or close wait {@code sleep_time} seconds and connect again (freqtrade's
 * {@code _create_connection}).
 */
final class ProducerConnection implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ProducerConnection.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** How long one frame may take to leave; a producer that stops reading is reconnected. */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final ExternalMessageConsumerConfig.Producer producer;
    private final ExternalMessageConsumerConfig settings;
    private final HttpClient client;
    private final ProducerMessages messages;
    private volatile boolean running = true;

    ProducerConnection(ExternalMessageConsumerConfig.Producer producer, ExternalMessageConsumerConfig settings,
                       HttpClient client, ProducerData data) {
        this.producer = producer;
        this.settings = settings;
        this.client = client;
        this.messages = new ProducerMessages(producer.name(), data, settings.removeEntryExitSignals());
    }

    /** Makes {@link #run()} return; the caller interrupts the thread to end a wait. */
    void stop() {
        running = false;
    }

    @Override
    public void run() {
        URI uri;
        try {
            uri = uri();
        } catch (URISyntaxException | IllegalArgumentException e) {
            // A typo in the config does not heal by retrying (freqtrade gives up on this producer too).
            LOG.error("{} is an invalid WebSocket URL for producer `{}` - {}", address(), producer.name(), e.getMessage());
            return;
        }
        while (running) {
            try {
                session(uri);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("Unexpected error has occurred with producer `{}` - retrying in {}s", producer.name(),
                        settings.sleepTime(), e);
            }
            try {
                if (running) {
                    Thread.sleep(Duration.ofSeconds(settings.sleepTime()));
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One connection, from connecting until it ends; every way it can end is logged here. */
    private void session(URI uri) throws InterruptedException {
        ProducerInbox inbox = new ProducerInbox(producer.name(), (long) settings.messageSizeLimit() << 20);
        WebSocket ws;
        try {
            ws = client.newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT).buildAsync(uri, inbox).get();
        } catch (ExecutionException e) {
            LOG.error("Connection Refused - {} retrying in {}s", refusal(e.getCause()), settings.sleepTime());
            return;
        }
        LOG.info("Connected to producer `{}` at {}", producer.name(), address());
        try {
            for (String request : ProducerMessages.initialRequests(settings.initialCandleLimit())) {
                send(ws.sendText(request, true));
            }
            receive(ws, inbox);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Connection to producer `{}` failed: {} - retrying in {}s", producer.name(),
                    e instanceof TimeoutException ? "a send timed out" : describe(e.getCause()), settings.sleepTime());
        } finally {
            ws.abort();
        }
    }

    private void receive(WebSocket ws, ProducerInbox inbox) throws InterruptedException, ExecutionException,
            TimeoutException {
        Duration wait = Duration.ofSeconds(settings.waitTimeout());
        while (running) {
            ProducerInbox.Event event = inbox.poll(wait);
            if (event == null) {
                event = ping(ws, inbox);
                if (event == null) {
                    return;
                }
            }
            if (!handle(event, ws, inbox)) {
                return;
            }
        }
    }

    /**
     * Pings a silent producer. Returns the event that arrived in time (the pong or anything
     * else), or null when nothing did: then the connection is given up.
     */
    private ProducerInbox.Event ping(WebSocket ws, ProducerInbox inbox) throws InterruptedException,
            ExecutionException, TimeoutException {
        long sent = System.nanoTime();
        send(ws.sendPing(ByteBuffer.wrap("hertz".getBytes(StandardCharsets.US_ASCII))));
        ProducerInbox.Event event = inbox.poll(Duration.ofSeconds(settings.pingTimeout()));
        if (event == null) {
            LOG.warn("Ping error `{}` - no pong within {}s - retrying in {}s", producer.name(), settings.pingTimeout(),
                    settings.sleepTime());
        } else if (event instanceof ProducerInbox.Pong) {
            LOG.info("Connection to `{}` still alive, latency: {}ms", producer.name(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));
        }
        return event;
    }

    /** @return whether the connection goes on */
    private boolean handle(ProducerInbox.Event event, WebSocket ws, ProducerInbox inbox) throws InterruptedException,
            ExecutionException, TimeoutException {
        switch (event) {
            case ProducerInbox.Text text -> {
                try {
                    var reply = messages.handle(text.text());
                    if (reply.isPresent()) {
                        send(ws.sendText(reply.get(), true));
                    }
                } catch (RuntimeException e) {
                    LOG.error("Error handling producer message: {}", e.toString(), e);
                }
                inbox.next();
                return true;
            }
            case ProducerInbox.Pong pong -> {
                return true;
            }
            case ProducerInbox.TooLarge tooLarge -> {
                LOG.error("Message from `{}` is larger than message_size_limit ({} MiB), closing the connection"
                        + " - retrying in {}s", producer.name(), settings.messageSizeLimit(), settings.sleepTime());
                // freqtrade's client closes with 1009, which the JDK's WebSocket may not send: the reason says it.
                send(ws.sendClose(WebSocket.NORMAL_CLOSURE, "message too big"));
                awaitClose(inbox);
                return false;
            }
            case ProducerInbox.Closed closed -> {
                LOG.info("Producer `{}` closed the connection (code {}{}) - reconnecting in {}s", producer.name(),
                        closed.code(), closed.reason().isEmpty() ? "" : ": " + closed.reason(), settings.sleepTime());
                return false;
            }
            case ProducerInbox.Failed failed -> {
                LOG.warn("Connection to producer `{}` failed: {} - retrying in {}s", producer.name(),
                        describe(failed.error()), settings.sleepTime());
                return false;
            }
        }
    }

    /**
     * Waits a little for the producer's close frame, so that it reads ours before the socket goes
     * (closing with unread data would reset the connection and lose the close code).
     */
    private static void awaitClose(ProducerInbox inbox) throws InterruptedException {
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        for (long left = CLOSE_WAIT.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            ProducerInbox.Event event = inbox.poll(Duration.ofNanos(left));
            if (event == null || event instanceof ProducerInbox.Closed || event instanceof ProducerInbox.Failed) {
                return;
            }
        }
    }

    private static void send(CompletableFuture<WebSocket> sending) throws InterruptedException, ExecutionException,
            TimeoutException {
        sending.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private String refusal(Throwable cause) {
        if (cause instanceof WebSocketHandshakeException handshake) {
            int status = handshake.getResponse().statusCode();
            return "producer `" + producer.name() + "` at " + address() + " answered the handshake with HTTP " + status
                    + (status == 403 ? " (is ws_token one of its api_server.ws_token?)" : "");
        }
        return "producer `" + producer.name() + "` at " + address() + ": " + describe(cause);
    }

    /** The first message in the cause chain, else the exception's type (a refused connection has no message). */
    private static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                return t.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        return error.getClass().getSimpleName();
    }

    /** The producer's WebSocket address without the token, for logs. */
    private String address() {
        return (producer.secure() ? "wss" : "ws") + "://" + host() + ":" + producer.port() + "/api/v1/message/ws";
    }

    private URI uri() throws URISyntaxException {
        URI uri = new URI(address() + "?token=" + URLEncoder.encode(producer.wsToken(), StandardCharsets.UTF_8));
        if (uri.getHost() == null) {
            throw new URISyntaxException(address(), "\"" + producer.host() + "\" is not a host name");
        }
        return uri;
    }

    private String host() {
        String host = producer.host();
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
