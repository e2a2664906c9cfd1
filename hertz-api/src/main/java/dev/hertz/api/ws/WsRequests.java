package dev.hertz.api.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.rpc.RpcMessage;
import dev.hertz.core.rpc.Rpc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Answers the requests a WebSocket client may send, as the JSON text of each reply. A failure of
 * the bot becomes freqtrade's {@code {"type": "exception", "data": "Error processing request"}}.
 */
public final class WsRequests {
    private static final Logger LOG = LoggerFactory.getLogger(WsRequests.class);
    /** The most candles one {@code analyzed_df} reply carries when a limit is asked for. */
    static final int MAX_CANDLES = 1500;
    private static final String ERROR = "{\"type\":\"exception\",\"data\":\"Error processing request\"}";

    private final Rpc rpc;

    public WsRequests(Rpc rpc) {
        this.rpc = rpc;
    }

    String whitelist() {
        try {
            return write(new RpcMessage.Whitelist(rpc.whitelist().whitelist()));
        } catch (RuntimeException e) {
            LOG.warn("WebSocket whitelist request failed: {}", e.getMessage());
            return ERROR;
        }
    }

    /**
     * One {@code analyzed_df} reply per pair: {@code data} null or {@code {}} = every whitelist pair,
     * full frames; else {@code limit} (capped at {@value #MAX_CANDLES}) and an optional {@code pair}.
     */
    List<String> analyzedDataframes(JsonNode data) {
        boolean all = data == null || data.isNull() || data.isEmpty();
        Integer limit = all ? null : Math.min(data.path("limit").isInt() ? data.get("limit").asInt() : MAX_CANDLES,
                MAX_CANDLES);
        String pair = all || !data.path("pair").isTextual() ? null : data.get("pair").asText();
        try {
            return rpc.analyzedDataframes(pair, limit).stream().map(WsRequests::write).toList();
        } catch (RuntimeException e) {
            LOG.warn("WebSocket analyzed_df request failed: {}", e.getMessage());
            return List.of(ERROR);
        }
    }

    private static String write(Object message) {
        try {
            return WsJson.MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + message, e);
        }
    }
}
