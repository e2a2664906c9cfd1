package dev.hertz.core.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.strategy.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Handles the messages of one producer (freqtrade's {@code handle_producer_message}): a
 * {@code whitelist} replaces the producer's pairs, an {@code analyzed_df} is merged into its
 * frames. A message that does not fit the schema is logged and dropped; it never ends the
 * connection. When candles are missing, the answer is the request to send the producer.
 */
final class ProducerMessages {
    private static final Logger LOG = LoggerFactory.getLogger(ProducerMessages.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String producer;
    private final ProducerData data;
    private final boolean removeEntryExitSignals;

    ProducerMessages(String producer, ProducerData data, boolean removeEntryExitSignals) {
        this.producer = producer;
        this.data = data;
        this.removeEntryExitSignals = removeEntryExitSignals;
    }

    /** The requests a consumer sends after connecting: subscribe, whitelist, then the frames. */
    static List<String> initialRequests(int initialCandleLimit) {
        ObjectNode subscribe = JSON.createObjectNode().put("type", "subscribe");
        subscribe.putArray("data").add("whitelist").add("analyzed_df");
        ObjectNode whitelist = JSON.createObjectNode().put("type", "whitelist").putNull("data");
        return List.of(subscribe.toString(), whitelist.toString(), analyzedDfRequest(initialCandleLimit, null));
    }

    /**
     * Handles one text message.
     *
     * @return the request to send the producer in reply (missing candles), if any
     */
    Optional<String> handle(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            LOG.error("Invalid message from `{}`: not JSON ({})", producer, e.getOriginalMessage());
            return Optional.empty();
        }
        if (message == null || !message.isObject() || !message.path("type").isTextual()) {
            LOG.error("Invalid message from `{}`: not an object with a type", producer);
            return Optional.empty();
        }
        JsonNode payload = message.get("data");
        if (isEmpty(payload)) {
            LOG.error("Empty message received from `{}`", producer);
            return Optional.empty();
        }
        String type = message.get("type").textValue();
        LOG.debug("Received message of type `{}` from `{}`", type, producer);
        try {
            return switch (type) {
                case "whitelist" -> whitelist(payload);
                case "analyzed_df" -> analyzedDf(payload);
                default -> {
                    LOG.info("Received unhandled message: `{}`, ignoring...", payload);
                    yield Optional.empty();
                }
            };
        } catch (IllegalArgumentException e) {
            LOG.error("Invalid message from `{}`: {}", producer, e.getMessage());
            return Optional.empty();
        }
    }

    /** freqtrade drops a message whose {@code data} is falsy in Python: missing, null, or an empty list, object or text. */
    private static boolean isEmpty(JsonNode payload) {
        if (payload == null || payload.isNull()) {
            return true;
        }
        if (payload.isContainerNode()) {
            return payload.isEmpty();
        }
        return payload.isTextual() && payload.textValue().isEmpty();
    }

    private Optional<String> whitelist(JsonNode payload) {
        if (!payload.isArray()) {
            throw new IllegalArgumentException("whitelist data is not a list of pairs");
        }
        List<String> pairs = new ArrayList<>();
        for (JsonNode pair : payload) {
            if (!pair.isTextual()) {
                throw new IllegalArgumentException("whitelist entry " + pair + " is not a pair");
            }
            pairs.add(pair.textValue());
        }
        data.setPairs(producer, pairs);
        LOG.debug("Consumed message from `{}` of type `whitelist`", producer);
        return Optional.empty();
    }

    private Optional<String> analyzedDf(JsonNode payload) {
        JsonNode key = payload.path("key");
        if (!key.isArray() || key.size() != 3 || !key.get(0).isTextual() || !key.get(1).isTextual()
                || !key.get(2).isTextual()) {
            throw new IllegalArgumentException("analyzed_df key is not [pair, timeframe, candle_type]");
        }
        ProducerData.SeriesKey series = new ProducerData.SeriesKey(key.get(0).textValue(),
                Timeframe.parse(key.get(1).textValue()).name(), key.get(2).textValue());
        Instant lastAnalyzed = lastAnalyzed(payload.get("la"));
        Frame frame = DataframeReader.read(payload.get("df"));
        if (frame.length() == 0) {
            LOG.debug("Received Empty Dataframe for {}", series);
            return Optional.empty();
        }
        if (removeEntryExitSignals) {
            frame = FrameColumns.withoutSignals(frame);
        }
        LOG.debug("Received {} candle(s) for {}", frame.length(), series);
        ProducerData.Merge merge = data.add(producer, series, frame, lastAnalyzed);
        if (merge.appended()) {
            return Optional.empty();
        }
        // One candle of overlap, in case the producer's last candle changed; past the threshold ask for all.
        int missing = merge.missing() + 1;
        int limit = missing < ProducerData.FULL_DATAFRAME_THRESHOLD ? missing : ProducerData.MAX_CANDLES;
        LOG.warn("Holes in data or no existing df, requesting {} candles for {} from `{}`", limit,
                List.of(series.pair(), series.timeframe(), series.candleType()), producer);
        return Optional.of(analyzedDfRequest(limit, series.pair()));
    }

    private static Instant lastAnalyzed(JsonNode la) {
        if (la == null || !la.isTextual()) {
            throw new IllegalArgumentException("analyzed_df la is not a datetime");
        }
        try {
            return OffsetDateTime.parse(la.textValue()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(la.textValue()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("analyzed_df la \"" + la.textValue() + "\" is not an ISO datetime");
            }
        }
    }

    private static String analyzedDfRequest(int limit, String pair) {
        ObjectNode request = JSON.createObjectNode().put("type", "analyzed_df");
        request.putObject("data").put("limit", limit).put("pair", pair);
        return request.toString();
    }
}
