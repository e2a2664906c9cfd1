package dev.hertz.api.http;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * Request validation failed: answered with 422 and pydantic's error list
 * ({@code {"detail": [{"type", "loc", "msg", "input", "ctx"?}]}}) so clients that parse FastAPI's
 * errors understand ours.
 */
public final class ValidationException extends RuntimeException {
    private final List<Error> errors;

    public ValidationException(List<Error> errors) {
        super(errors.isEmpty() ? "invalid request" : errors.get(0).msg(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public ValidationException(Error error) {
        this(List.of(error));
    }

    public List<Error> errors() {
        return errors;
    }

    /** One pydantic error item; {@code ctx} is omitted when null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String type, List<Object> loc, String msg, @JsonInclude(JsonInclude.Include.ALWAYS) Object input,
                        Map<String, Object> ctx) {
        public static Error missing(String where, String name) {
            return new Error("missing", List.of(where, name), "Field required", null, null);
        }

        public static Error of(String type, List<Object> loc, String msg, Object input) {
            return new Error(type, loc, msg, input, null);
        }
    }
}
