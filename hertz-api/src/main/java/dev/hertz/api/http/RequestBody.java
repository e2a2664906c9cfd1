package dev.hertz.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes a JSON request body as FastAPI does: with a JSON content type (or none), an empty body
 * means "no body" and malformed JSON is a 422 {@code json_invalid} naming the offset and the
 * parser's complaint, even before authentication. Other content types are refused after it.
 */
final class RequestBody {
    private RequestBody() {
    }

    /** The parsed body (JSON null when empty); throws the 422 for malformed JSON. */
    static JsonNode decode(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            return null;
        }
        if (!isJson(ctx.contentType())) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            long offset = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getCharOffset());
            throw new ValidationException(new ValidationException.Error("json_invalid", List.of("body", offset),
                    "JSON decode error", Map.of(), Map.of("error", e.getOriginalMessage())));
        }
    }

    /** Refuses a non-empty body of another content type; runs after authentication, as in FastAPI. */
    static void checkContentType(Context ctx) {
        if (!ctx.body().isBlank() && !isJson(ctx.contentType())) {
            throw new ValidationException(ValidationException.Error.of("model_attributes_type", List.of("body"),
                    "Input should be a valid dictionary or object to extract fields from", ctx.body()));
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String mime = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mime.equals("application/json") || (mime.startsWith("application/") && mime.endsWith("+json"));
    }
}
