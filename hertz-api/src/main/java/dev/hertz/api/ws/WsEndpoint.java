package dev.hertz.api.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.api.auth.Authenticator;
import dev.hertz.api.http.ApiPaths;
import dev.hertz.core.rpc.RpcMessageType;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code /api/v1/message/ws}: the handshake accepts a configured {@code ws_token} or a valid access
 * JWT in the {@code token} query parameter and refuses anything else with 403 before upgrading;
 * then each connection gets a {@link MessageChannel} on the {@link MessageStream}, and its
 * requests ({@code subscribe}, {@code whitelist}, {@code analyzed_df}) are answered as freqtrade
 * answers them.
 */
public final class WsEndpoint {
    public static final String PATH = ApiPaths.PREFIX + "/message/ws";
    private static final Logger LOG = LoggerFactory.getLogger(WsEndpoint.class);
    /** Frames above this size end the connection (uvicorn's default limit). */
    static final long MAX_FRAME_BYTES = 16L * 1024 * 1024;

    private final MessageStream stream;
    private final WsRequests requests;
    private final Authenticator auth;
    private final List<byte[]> tokens;
    private final boolean tradeMode;
    private final Map<String, MessageChannel> channels = new ConcurrentHashMap<>();

    /**
     * @param tokens    the configured {@code ws_token} values
     * @param tradeMode false in webserver mode, where the handshake is always refused
     */
    public WsEndpoint(MessageStream stream, WsRequests requests, Authenticator auth, List<String> tokens,
                      boolean tradeMode) {
        this.stream = stream;
        this.requests = requests;
        this.auth = auth;
        this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        this.tradeMode = tradeMode;
    }

    public void register(Javalin app) {
        app.wsBeforeUpgrade(PATH, this::checkHandshake);
        app.ws(PATH, ws -> {
            ws.onConnect(this::connected);
            ws.onMessage(this::received);
            ws.onClose(ctx -> closed(ctx));
            ws.onError(ctx -> closed(ctx));
        });
    }

    private void checkHandshake(Context ctx) {
        String token = ctx.queryParam("token");
        if (!tradeMode || token == null || token.isEmpty() || !(isWsToken(token) || auth.isAccessToken(token))) {
            LOG.info("WebSocket handshake from {} refused: missing or invalid token", ctx.ip());
            throw new ForbiddenResponse("Forbidden");
        }
    }

    private boolean isWsToken(String token) {
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] t : tokens) {
            match |= MessageDigest.isEqual(t, given);
        }
        return match;
    }

    private void connected(WsContext ctx) {
        ctx.session.getPolicy().setMaxTextMessageSize(MAX_FRAME_BYTES);
        ctx.session.getPolicy().setMaxBinaryMessageSize(1024);
        ctx.enableAutomaticPings(30, TimeUnit.SECONDS, null);
        MessageChannel channel = new MessageChannel(ctx);
        channels.put(ctx.sessionId(), channel);
        stream.add(channel);
        channel.start();
        LOG.info("WebSocket client {} connected ({} connected)", ctx.sessionId(), stream.size());
    }

    private void received(WsMessageContext ctx) {
        MessageChannel channel = channels.get(ctx.sessionId());
        if (channel == null) {
            return;
        }
        JsonNode request;
        try {
            request = WsJson.MAPPER.readTree(ctx.message());
        } catch (JsonProcessingException e) {
            channel.disconnect("Invalid frame: not JSON");
            return;
        }
        String type = request.path("type").asText("");
        JsonNode data = request.get("data");
        switch (type) {
            case "subscribe" -> subscribe(channel, data);
            case "whitelist" -> channel.reply(requests.whitelist());
            case "analyzed_df" -> {
                if (data != null && !data.isNull() && !data.isObject()) {
                    channel.disconnect("Invalid analyzed_df request: data must be an object");
                    return;
                }
                requests.analyzedDataframes(data).forEach(channel::reply);
            }
            default -> LOG.info("Ignoring WebSocket request of unknown type {} from {}", type, ctx.sessionId());
        }
    }

    /** A non-empty list of known message types replaces the subscriptions; anything else is ignored. */
    private static void subscribe(MessageChannel channel, JsonNode data) {
        if (data == null || !data.isArray() || data.isEmpty()) {
            LOG.info("Ignoring subscribe request without a list of message types");
            return;
        }
        Set<RpcMessageType> types = EnumSet.noneOf(RpcMessageType.class);
        for (JsonNode item : data) {
            RpcMessageType type = item.isTextual() ? RpcMessageType.fromWire(item.asText()) : null;
            if (type == null) {
                LOG.info("Ignoring subscribe request with unknown message type {}", item);
                return;
            }
            types.add(type);
        }
        channel.subscribe(types);
    }

    private void closed(WsContext ctx) {
        MessageChannel channel = channels.remove(ctx.sessionId());
        if (channel != null) {
            channel.stop();
            stream.remove(channel);
            LOG.info("WebSocket client {} disconnected ({} connected)", ctx.sessionId(), stream.size());
        }
    }
}
