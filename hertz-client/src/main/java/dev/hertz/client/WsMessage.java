package dev.hertz.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.client.internal.Json;

/**
 * One message from the bot's WebSocket. {@link #type()} is freqtrade's message type
 * ({@code entry_fill}, {@code whitelist}, {@code analyzed_df}, ...). Most types carry their
 * fields at the top level ({@code pair}, {@code trade_id}, ...); {@code whitelist},
 * {@code analyzed_df} and {@code new_candle} carry theirs under {@code data}.
 *
 * @param type the message type
 * @param json the whole message
 */
public record WsMessage(String type, JsonNode json) {

    /** The {@code data} member; a missing node when the message has none. */
    public JsonNode data() {
        return json.path("data");
    }

    /**
     * The message (or, for types that wrap it, its {@code data}) read as {@code type}, e.g. a
     * record of the fields you need with {@code @JsonNaming(SnakeCaseStrategy.class)}.
     *
     * @throws IllegalArgumentException when the message does not fit {@code target}
     */
    public <T> T as(Class<T> target) {
        JsonNode source = json.has("data") ? data() : json;
        try {
            return Json.MAPPER.treeToValue(source, target);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A " + type + " message does not fit " + target.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
