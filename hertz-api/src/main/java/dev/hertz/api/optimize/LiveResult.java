package dev.hertz.api.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A freshly run result as freqtrade's API serves it from memory, where its file holds text: the
 * holding durations as seconds and the trades' dates as ISO timestamps
 * ({@code 2022-02-01T04:00:00+00:00}), as FreqUI's recorded response shows.
 */
final class LiveResult {
    private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] HOLDING = {"holding_avg", "winner_holding_avg", "loser_holding_avg"};

    private LiveResult() {
    }

    static ObjectNode of(ObjectNode result) {
        for (JsonNode stats : result.path("strategy")) {
            ObjectNode s = (ObjectNode) stats;
            for (String key : HOLDING) {
                JsonNode seconds = s.get(key + "_s");
                if (seconds != null && seconds.isNumber()) {
                    s.put(key, seconds.asDouble());
                }
            }
            for (JsonNode trade : s.path("trades")) {
                isoDate((ObjectNode) trade, "open_date");
                isoDate((ObjectNode) trade, "close_date");
            }
        }
        return result;
    }

    /** {@code "2022-02-01 04:00:00+00:00"} becomes {@code "2022-02-01T04:00:00+00:00"}. */
    private static void isoDate(ObjectNode trade, String key) {
        JsonNode value = trade.get(key);
        if (value != null && value.isTextual() && value.asText().length() >= 19) {
            String text = value.asText();
            LocalDateTime date = LocalDateTime.parse(text.substring(0, 19), STORED);
            trade.put(key, date + (date.getSecond() == 0 ? ":00" : "") + text.substring(19));
        }
    }
}
