package dev.hertz.client.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the server's message out of an error response. freqtrade's API answers errors in three
 * forms: {@code {"detail": "text"}}, FastAPI's validation list {@code {"detail": [{"loc": [...],
 * "msg": "..."}]}} (422) and the bot's {@code {"error": "text"}} (502).
 */
public final class ErrorBodies {
    /** Enough of a non-JSON body (a proxy's HTML page) to recognise it, not the whole page. */
    private static final int MAX_TEXT = 300;

    private ErrorBodies() {
    }

    /** The message to show for a response with {@code status} and {@code body}. */
    public static String detail(int status, String body) {
        JsonNode json = Json.tryParse(body);
        if (json != null && json.isObject()) {
            JsonNode detail = json.get("detail");
            if (detail != null && detail.isTextual()) {
                return detail.asText();
            }
            if (detail != null && detail.isArray()) {
                return validation(detail);
            }
            JsonNode error = json.get("error");
            if (error != null && error.isTextual()) {
                return error.asText();
            }
        }
        if (body == null || body.isBlank()) {
            return "HTTP " + status + " without a body";
        }
        String text = body.strip();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text;
    }

    /** {@code body.pair: Field required; query.limit: Input should be a valid integer, ...}. */
    private static String validation(JsonNode errors) {
        List<String> parts = new ArrayList<>();
        for (JsonNode error : errors) {
            List<String> loc = new ArrayList<>();
            error.path("loc").forEach(l -> loc.add(l.asText()));
            String msg = error.path("msg").asText("invalid");
            parts.add(loc.isEmpty() ? msg : String.join(".", loc) + ": " + msg);
        }
        return parts.isEmpty() ? "Validation error" : String.join("; ", parts);
    }
}
