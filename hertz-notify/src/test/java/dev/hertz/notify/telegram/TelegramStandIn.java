package dev.hertz.notify.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A stand-in for the Telegram Bot API: a real HTTP server on a free loopback port speaking the
 * Bot API's wire format ({@code POST /bot<token>/<method>}, form or JSON parameters, {@code {"ok":
 * ...}} answers). It serves queued updates to {@code getUpdates} the way Telegram does (kept until
 * a later offset confirms them, long poll up to the request's timeout), records every call, and
 * can be told to fail (HTTP 500) or to hang, to play a Telegram outage.
 */
public final class TelegramStandIn implements AutoCloseable {
    /** A token in Telegram's shape. */
    public static final String TOKEN = "123456789:AAtest-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded Bot API call: its method and parameters (complex values as JSON text). */
    public record Call(String method, Map<String, String> params) {
        public String text() {
            return params.get("text");
        }

        public String parseMode() {
            return params.get("parse_mode");
        }

        public long chatId() {
            return Long.parseLong(params.get("chat_id"));
        }

        public boolean silent() {
            return "true".equals(params.get("disable_notification"));
        }

        /** The {@code reply_markup} parameter parsed, or null. */
        public JsonNode replyMarkup() {
            String markup = params.get("reply_markup");
            try {
                return markup == null ? null : JSON.readTree(markup);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The callback data of every inline button, row by row flattened. */
        public List<String> callbackData() {
            List<String> out = new ArrayList<>();
            JsonNode markup = replyMarkup();
            if (markup != null) {
                markup.path("inline_keyboard").forEach(row -> row.forEach(b -> out.add(b.path("callback_data").asText())));
            }
            return out;
        }

        /** The texts of every inline button. */
        public List<String> buttonTexts() {
            List<String> out = new ArrayList<>();
            JsonNode markup = replyMarkup();
            if (markup != null) {
                markup.path("inline_keyboard").forEach(row -> row.forEach(b -> out.add(b.path("text").asText())));
            }
            return out;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "telegram-stand-in");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    private final List<Call> calls = new ArrayList<>();
    private final List<ObjectNode> updates = new ArrayList<>();
    private int nextUpdateId = 100;
    private int nextMessageId = 1;
    private int failStatus;
    private boolean hanging;
    private int hungRequests;
    private int longPolls;
    private final Map<String, Integer> failures = new LinkedHashMap<>();

    public TelegramStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The value for {@code telegram.api_url}. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bot";
    }

    /** Queues a text message from {@code userId} in {@code chatId}; returns its update id. */
    public int message(long chatId, long userId, String text) {
        return message(chatId, userId, "user" + userId, null, text);
    }

    /** Queues a text message, optionally in a forum topic ({@code threadId}). */
    public int message(long chatId, long userId, String username, Long threadId, String text) {
        synchronized (lock) {
            ObjectNode message = messageNode(chatId, nextMessageId++, text);
            message.set("from", user(userId, username));
            if (threadId != null) {
                message.put("message_thread_id", threadId);
                message.put("is_topic_message", true);
            }
            return queue("message", message);
        }
    }

    /** Queues a press of an inline button with {@code data} under the bot's message {@code messageId}. */
    public int callback(long chatId, long userId, int messageId, String data) {
        synchronized (lock) {
            ObjectNode query = JSON.createObjectNode();
            query.put("id", "cb" + nextUpdateId);
            query.set("from", user(userId, "user" + userId));
            query.put("chat_instance", "1");
            query.put("data", data);
            query.set("message", messageNode(chatId, messageId, "earlier reply"));
            return queue("callback_query", query);
        }
    }

    private int queue(String kind, ObjectNode payload) {
        ObjectNode update = JSON.createObjectNode();
        int id = nextUpdateId++;
        update.put("update_id", id);
        update.set(kind, payload);
        updates.add(update);
        lock.notifyAll();
        return id;
    }

    private static ObjectNode messageNode(long chatId, int messageId, String text) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId);
        message.put("date", 1_700_000_000);
        message.putObject("chat").put("id", chatId).put("type", chatId < 0 ? "supergroup" : "private");
        message.put("text", text);
        return message;
    }

    private static ObjectNode user(long id, String username) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", id).put("is_bot", false).put("first_name", "Test").put("username", username);
        return user;
    }

    /** From now on every call answers HTTP {@code status} with a Bot API error; 0 answers normally again. */
    public void failWith(int status) {
        synchronized (lock) {
            failStatus = status;
        }
    }

    /** From now on sends are held without an answer until {@link #recover()}. */
    public void hang() {
        synchronized (lock) {
            hanging = true;
        }
    }

    /** Ends {@link #failWith} and {@link #hang}; held requests are answered with an error (their callers gave up). */
    public void recover() {
        synchronized (lock) {
            failStatus = 0;
            hanging = false;
            lock.notifyAll();
        }
    }

    /** Requests currently held by {@link #hang()}. */
    public int hungRequests() {
        synchronized (lock) {
            return hungRequests;
        }
    }

    /** How many calls of {@code method} were answered with the {@link #failWith} error. */
    public int failures(String method) {
        synchronized (lock) {
            return failures.getOrDefault(method, 0);
        }
    }

    /** Every call so far, in arrival order. */
    public List<Call> calls() {
        synchronized (lock) {
            return List.copyOf(calls);
        }
    }

    /** The calls of one method that were answered successfully. */
    public List<Call> calls(String method) {
        return calls().stream().filter(c -> c.method().equals(method)).toList();
    }

    /** The messages sent successfully. */
    public List<Call> sent() {
        return calls("sendMessage");
    }

    /** Waits for a successful call of {@code method} matching {@code condition}. */
    public Call await(String method, Predicate<Call> condition) {
        Call[] found = new Call[1];
        awaitTrue(() -> {
            found[0] = calls(method).stream().filter(condition).findFirst().orElse(null);
            return found[0] != null;
        }, method + " matching the condition");
        return found[0];
    }

    /** Waits for a sent message whose text contains {@code part}. */
    public Call awaitSent(String part) {
        return await("sendMessage", c -> c.text() != null && c.text().contains(part));
    }

    /** Waits until the bot is long-polling (it skips updates queued before that). */
    public void awaitPolling() {
        awaitTrue(() -> {
            synchronized (lock) {
                return longPolls > 0;
            }
        }, "a long poll");
    }

    /** Waits for a condition of the system under test (a generous bound, not a speed assertion). */
    public static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 60 s: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = path.substring(path.lastIndexOf('/') + 1);
            if (!path.startsWith("/bot" + TOKEN + "/")) {
                respond(exchange, 401, error(401, "Unauthorized"));
                return;
            }
            Map<String, String> params = params(exchange);
            ObjectNode answer = answer(method, params);
            if (answer == null) {
                return;
            }
            respond(exchange, answer.path("ok").asBoolean() ? 200 : answer.path("error_code").asInt(500), answer);
        }
    }

    /** The answer to one call, or null when the exchange was dropped. */
    private ObjectNode answer(String method, Map<String, String> params) {
        synchronized (lock) {
            if (failStatus != 0) {
                failures.merge(method, 1, Integer::sum);
                return error(failStatus, failStatus == 400 ? "Bad Request: can't parse entities" : "Internal Server Error");
            }
            if (!method.equals("getUpdates") && hanging) {
                hungRequests++;
                try {
                    while (hanging) {
                        lock.wait();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    hungRequests--;
                }
                return error(500, "the client gave up on this request");
            }
            ObjectNode ok = JSON.createObjectNode().put("ok", true);
            switch (method) {
                case "getMe" -> ok.set("result", user(123456789, "hertz_test_bot").put("is_bot", true));
                case "getUpdates" -> ok.set("result", updates(params));
                case "sendMessage" -> {
                    calls.add(new Call(method, params));
                    ObjectNode message = messageNode(Long.parseLong(params.get("chat_id")), nextMessageId++,
                            params.get("text"));
                    ok.set("result", message);
                }
                case "editMessageText" -> {
                    calls.add(new Call(method, params));
                    ok.set("result", messageNode(Long.parseLong(params.get("chat_id")),
                            Integer.parseInt(params.get("message_id")), params.get("text")));
                }
                default -> {
                    calls.add(new Call(method, params));
                    ok.put("result", true);
                }
            }
            return ok;
        }
    }

    /** Telegram's getUpdates: a negative offset gives the newest updates at once, else waits up to the timeout. */
    private com.fasterxml.jackson.databind.node.ArrayNode updates(Map<String, String> params) {
        int offset = Integer.parseInt(params.getOrDefault("offset", "0"));
        int timeout = Integer.parseInt(params.getOrDefault("timeout", "0"));
        var result = JSON.createArrayNode();
        if (offset < 0) {
            updates.subList(Math.max(0, updates.size() + offset), updates.size()).forEach(result::add);
            return result;
        }
        updates.removeIf(u -> u.path("update_id").asInt() < offset);
        if (timeout > 0) {
            longPolls++;
            long deadline = System.nanoTime() + Duration.ofSeconds(timeout).toNanos();
            try {
                while (updates.isEmpty() && failStatus == 0 && System.nanoTime() < deadline) {
                    lock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        updates.forEach(result::add);
        return result;
    }

    private static ObjectNode error(int code, String description) {
        return JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
    }

    private static Map<String, String> params(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = new LinkedHashMap<>();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("application/json")) {
            JSON.readTree(body).properties().forEach(e -> params.put(e.getKey(),
                    e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
            return params;
        }
        String query = exchange.getRequestURI().getRawQuery();
        for (String source : new String[] {query, body}) {
            if (source == null || source.isEmpty()) {
                continue;
            }
            for (String pair : source.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.put(key, value);
            }
        }
        return params;
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        recover();
        server.stop(0);
        executor.shutdownNow();
    }
}
