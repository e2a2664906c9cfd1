package dev.hertz.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

import java.util.List;
import java.util.Locale;

/**
 * What a handler reads from a request: typed path and query parameters that fail with FastAPI's
 * 422 errors, and the decoded JSON body. Query values the official client sends as the text
 * {@code None} count as absent for optional strings.
 */
public final class ApiRequest {
    private static final String INT_MSG = "Input should be a valid integer, unable to parse string as an integer";
    private static final String BOOL_MSG = "Input should be a valid boolean, unable to interpret input";

    /** Returned by a handler that wrote its own response (files, plain text). */
    public static final Object WRITTEN = new Object();

    private final Context ctx;
    private final JsonNode body;

    public ApiRequest(Context ctx, JsonNode body) {
        this.ctx = ctx;
        this.body = body;
    }

    /** The raw Javalin context, for the few endpoints that write other than JSON. */
    public Context context() {
        return ctx;
    }

    /** The caller's address, for throttling. */
    public String clientAddress() {
        return ctx.ip();
    }

    public String header(String name) {
        return ctx.header(name);
    }

    /** The path as requested ({@code /api/v1/forcebuy}), used in RPC error messages. */
    public String path() {
        return ctx.path();
    }

    /** The body's fields, validated as they are read. */
    public Body body() {
        return new Body(body);
    }

    /** A path parameter declared as an integer. */
    public long pathLong(String name) {
        String raw = ctx.pathParam(name);
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(ValidationException.Error.of("int_parsing", List.of("path", name), INT_MSG, raw));
        }
    }

    public String pathString(String name) {
        return ctx.pathParam(name);
    }

    /** An optional integer query parameter; an empty or non-numeric value is a 422 as in FastAPI. */
    public Integer queryInt(String name, Integer fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(ValidationException.Error.of("int_parsing", List.of("query", name), INT_MSG, raw));
        }
    }

    /** An optional string query parameter; empty and {@code None} count as not given. */
    public String queryString(String name) {
        String raw = ctx.queryParam(name);
        return raw == null || raw.isEmpty() || raw.equals("None") ? null : raw;
    }

    /** A required string query parameter (an empty value is given, as in FastAPI). */
    public String requiredQuery(String name) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            throw new ValidationException(ValidationException.Error.missing("query", name));
        }
        return raw;
    }

    public List<String> queryList(String name) {
        return ctx.queryParams(name);
    }

    /** An optional boolean query parameter read as pydantic reads one ({@code true/false/1/0/yes/no/on/off}). */
    public boolean queryBool(String name, boolean fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return fallback;
        }
        Boolean value = parseBool(raw);
        if (value == null) {
            throw new ValidationException(ValidationException.Error.of("bool_parsing", List.of("query", name), BOOL_MSG, raw));
        }
        return value;
    }

    static Boolean parseBool(String raw) {
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on", "t", "y" -> Boolean.TRUE;
            case "false", "0", "no", "off", "f", "n" -> Boolean.FALSE;
            default -> null;
        };
    }
}
