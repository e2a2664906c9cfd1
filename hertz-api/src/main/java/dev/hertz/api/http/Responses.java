package dev.hertz.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hertz.core.rpc.RpcException;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Writes results and freqtrade's error envelopes: {@code {"detail": text}} for HTTP errors,
 * {@code {"detail": [errors]}} for 422, {@code {"error": "Error querying <path>: ..."}} (502) for
 * refusals of the bot. Anything unexpected is logged and answered 500 without internals.
 */
public final class Responses {
    private static final Logger LOG = LoggerFactory.getLogger(Responses.class);
    /** freqtrade answers exactly {@code application/json}, without a charset parameter. */
    public static final String JSON = "application/json";

    private Responses() {
    }

    public static void json(Context ctx, int status, Object body) {
        String text;
        try {
            text = Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            LOG.error("Cannot serialise the response of {} {}", ctx.method(), ctx.path(), e);
            internalError(ctx);
            return;
        }
        ctx.status(status);
        ctx.result(text);
        ctx.contentType(JSON);
    }

    public static void detail(Context ctx, int status, String detail) {
        json(ctx, status, Map.of("detail", detail));
    }

    /** Maps an exception thrown by a handler (or the checks before it) to its response. */
    public static void failure(Context ctx, Exception e) {
        switch (e) {
            case ApiException api -> {
                api.headers().forEach(ctx::header);
                detail(ctx, api.status(), api.detail());
            }
            case ValidationException invalid -> json(ctx, 422, Map.of("detail", invalid.errors()));
            case RpcException rpc -> rpcError(ctx, rpc.getMessage());
            default -> {
                LOG.error("Unexpected error answering {} {}", ctx.method(), ctx.path(), e);
                internalError(ctx);
            }
        }
    }

    /** freqtrade's 502 for a refusal of the bot: {@code {"error": "Error querying /api/v1/x: message"}}. */
    public static void rpcError(Context ctx, String message) {
        json(ctx, 502, Map.of("error", "Error querying " + ctx.path() + ": " + message));
    }

    private static void internalError(Context ctx) {
        ctx.status(500).contentType("text/plain; charset=utf-8").result("Internal Server Error");
    }
}
