package dev.hertz.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.client.internal.BaseUrl;
import dev.hertz.client.internal.Json;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A connection to the bot's message WebSocket ({@code /api/v1/message/ws}) that stays
 * connected: after the server closes it or the network fails, it reconnects after a delay with
 * a fresh token and sends the subscription again. Messages of the subscribed types, and replies
 * to {@link #requestWhitelist()} and {@link #requestAnalyzedDf}, go to the {@link WsListener}.
 *
 * <pre>{@code
 * try (WsClient ws = WsClient.builder(client)
 *         .subscribe("entry_fill", "exit_fill")
 *         .listener(m -> System.out.println(m.type() + " " + m.json().path("pair").asText()))
 *         .connect()) {
 *     ...
 * }
 * }</pre>
 */
public final class WsClient implements AutoCloseable {
    /** The message types a subscription may name (freqtrade's 16). */
    public static final List<String> MESSAGE_TYPES = List.of("status", "warning", "exception", "startup", "entry",
            "entry_fill", "entry_cancel", "exit", "exit_fill", "exit_cancel", "protection_trigger",
            "protection_trigger_global", "strategy_msg", "whitelist", "analyzed_df", "new_candle");
    private static final System.Logger LOG = System.getLogger(WsClient.class.getName());
    /** Names the endpoint in errors without the token, which must not end up in logs. */
    private static final String ENDPOINT = "WS /api/v1/message/ws";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final Supplier<String> token;
    private final WsListener listener;
    private final Duration reconnectDelay;
    private final Duration connectTimeout;
    private final ScheduledExecutorService reconnects = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hertz-ws-reconnect");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean reconnectPending = new AtomicBoolean();
    /** Keeps one frame in flight at a time, as {@link WebSocket#sendText} requires. */
    private final ReentrantLock sending = new ReentrantLock();
    private volatile List<String> subscriptions;
    private volatile Connection current;
    private volatile boolean closed;

    private WsClient(Builder b) {
        this.baseUrl = b.baseUrl;
        this.token = b.token;
        this.listener = b.listener;
        this.reconnectDelay = b.reconnectDelay;
        this.connectTimeout = b.connectTimeout;
        this.subscriptions = b.subscriptions;
    }

    /** A client of the server at {@code baseUrl}; set the {@code ws_token} with {@link Builder#token}. */
    public static Builder builder(String baseUrl) {
        return new Builder(BaseUrl.normalise(baseUrl), null);
    }

    /**
     * A client of the same server as {@code client}, authenticated with an access token from
     * {@link HertzClient#accessToken()}, fetched anew for every connection.
     */
    public static Builder builder(HertzClient client) {
        return new Builder(client.baseUrl(), client::accessToken);
    }

    /**
     * Replaces the subscription with {@code types} (see {@link #MESSAGE_TYPES}); kept for
     * reconnects. The server starts every connection with no subscription.
     */
    public void subscribe(String... types) {
        subscriptions = checkedTypes(types);
        Connection c = current;
        if (c != null && c.socket != null) {
            send(c.socket, "subscribe", subscriptions);
        }
    }

    /** The current subscription. */
    public List<String> subscriptions() {
        return subscriptions;
    }

    /** Asks for the whitelist; the reply is a {@code whitelist} message whatever the subscription. */
    public void requestWhitelist() {
        send("whitelist", null);
    }

    /**
     * Asks for analysed candles; the reply is one {@code analyzed_df} message per pair.
     *
     * @param limit rows per pair; null = the server's maximum (1500)
     * @param pair  one pair; null = every whitelisted pair
     */
    public void requestAnalyzedDf(Integer limit, String pair) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("limit", limit == null ? 1500 : limit);
        data.put("pair", pair);
        send("analyzed_df", data);
    }

    /**
     * Sends {@code {"type": type, "data": data}}, for requests this class has no method for.
     *
     * @throws HertzClientException when not connected (a reconnect is pending) or the send fails
     */
    public void send(String type, Object data) {
        Connection c = current;
        if (c == null || c.socket == null) {
            throw new HertzClientException(HertzClientException.NO_RESPONSE, "Not connected; a reconnect is pending.",
                    ENDPOINT, null, null);
        }
        send(c.socket, type, data);
    }

    /** Whether a connection is open right now. */
    public boolean isConnected() {
        Connection c = current;
        return !closed && c != null && c.socket != null && !c.ended.get();
    }

    private void send(WebSocket socket, String type, Object data) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", type);
        message.put("data", data);
        String text = Json.write(message);
        sending.lock();
        try {
            socket.sendText(text, true).get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new HertzClientException(HertzClientException.NO_RESPONSE, "Could not send " + type + ": "
                    + (e.getCause() == null ? e : e.getCause()), ENDPOINT, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HertzClientException(HertzClientException.NO_RESPONSE, "Interrupted while sending " + type,
                    ENDPOINT, null, e);
        } finally {
            sending.unlock();
        }
    }

    /** Opens a connection and subscribes; throws when the server cannot be reached or refuses the token. */
    private void connect(boolean reconnect) {
        Connection c = new Connection();
        current = c;
        try {
            c.socket = http.newWebSocketBuilder().connectTimeout(connectTimeout)
                    .buildAsync(BaseUrl.webSocket(baseUrl, token.get()), c).get();
        } catch (ExecutionException e) {
            throw handshakeFailure(e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HertzClientException(HertzClientException.NO_RESPONSE, "Interrupted while connecting", ENDPOINT,
                    null, e);
        }
        if (!subscriptions.isEmpty()) {
            send(c.socket, "subscribe", subscriptions);
        }
        notify(() -> listener.onConnected(reconnect));
    }

    private HertzClientException handshakeFailure(Throwable cause) {
        if (cause instanceof HertzClientException e) {
            return e;
        }
        if (cause instanceof WebSocketHandshakeException refused) {
            int status = refused.getResponse().statusCode();
            return new HertzClientException(status, status == 403 ? "The server refused the WebSocket token."
                    : "The server refused the WebSocket upgrade.", ENDPOINT, null, cause);
        }
        String detail = cause instanceof ConnectException ? "Connection error - could not connect to "
                + URI.create(baseUrl).getAuthority() + "."
                : cause instanceof HttpTimeoutException ? "Connection timed out." : "Connection failed: " + cause;
        return new HertzClientException(HertzClientException.NO_RESPONSE, detail, ENDPOINT, null, cause);
    }

    private void disconnected(Connection c, int code, String reason) {
        if (closed || c != current || !c.ended.compareAndSet(false, true)) {
            return;
        }
        notify(() -> listener.onDisconnected(code, reason));
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        if (closed || !reconnectPending.compareAndSet(false, true)) {
            return;
        }
        try {
            reconnects.schedule(this::reconnect, reconnectDelay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            reconnectPending.set(false);
        }
    }

    private void reconnect() {
        reconnectPending.set(false);
        if (closed) {
            return;
        }
        try {
            connect(true);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Reconnecting to " + baseUrl + " failed: " + e.getMessage());
            notify(() -> listener.onDisconnected(-1, e.getMessage()));
            scheduleReconnect();
        }
    }

    private void deliver(String text) {
        JsonNode json = Json.tryParse(text);
        if (json == null || !json.isObject()) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring a WebSocket frame that is no JSON object");
            return;
        }
        WsMessage message = new WsMessage(json.path("type").asText(), json);
        notify(() -> listener.onMessage(message));
    }

    /** Runs a listener callback; its failure is logged so the stream goes on. */
    private static void notify(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "WebSocket listener failed", e);
        }
    }

    private static List<String> checkedTypes(String... types) {
        for (String type : types) {
            if (!MESSAGE_TYPES.contains(type)) {
                throw new IllegalArgumentException("Unknown message type '" + type + "'; expected one of "
                        + MESSAGE_TYPES);
            }
        }
        return List.of(types);
    }

    /** Closes the connection (normal closure) and stops reconnecting; later calls do nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        reconnects.shutdownNow();
        Connection c = current;
        if (c != null && c.socket != null) {
            try {
                c.socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                LOG.log(System.Logger.Level.DEBUG, "Closing the WebSocket: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            c.socket.abort();
        }
        http.shutdownNow();
    }

    /** One connection's receiving side: reassembles frames split across calls and reports the end. */
    private final class Connection implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile WebSocket socket;

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                deliver(text);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            disconnected(this, statusCode, reason);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            disconnected(this, -1, String.valueOf(error.getMessage()));
        }
    }

    /** Settings of a {@link WsClient}. */
    public static final class Builder {
        private final String baseUrl;
        private Supplier<String> token;
        private WsListener listener = message -> { };
        private List<String> subscriptions = List.of();
        private Duration reconnectDelay = Duration.ofSeconds(10);
        private Duration connectTimeout = Duration.ofSeconds(10);

        private Builder(String baseUrl, Supplier<String> token) {
            this.baseUrl = baseUrl;
            this.token = token;
        }

        /** Authenticates with a fixed token: one of the server's {@code ws_token}s, or an access JWT. */
        public Builder token(String token) {
            Objects.requireNonNull(token, "token");
            this.token = () -> token;
            return this;
        }

        /** The types to subscribe to at every connection (see {@link #MESSAGE_TYPES}); none by default. */
        public Builder subscribe(String... types) {
            this.subscriptions = checkedTypes(types);
            return this;
        }

        /** Where messages and connection events go. */
        public Builder listener(WsListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** How long to wait before reconnecting after the connection ended (default 10 s, as FreqUI). */
        public Builder reconnectDelay(Duration reconnectDelay) {
            this.reconnectDelay = reconnectDelay;
            return this;
        }

        /** How long to wait for the connection and for each send (default 10 s). */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * Connects and subscribes. Later failures reconnect on their own; this first one throws.
         *
         * @throws HertzClientException when the server cannot be reached (status 0) or refuses the token (403)
         */
        public WsClient connect() {
            if (token == null) {
                throw new IllegalStateException("No token: set one with token(...) or build from a HertzClient");
            }
            WsClient client = new WsClient(this);
            try {
                client.connect(false);
            } catch (RuntimeException e) {
                client.close();
                throw e;
            }
            return client;
        }
    }
}
