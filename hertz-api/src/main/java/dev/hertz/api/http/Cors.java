package dev.hertz.api.http;

import io.javalin.http.Context;

import java.util.List;
import java.util.Set;

/**
 * CORS as freqtrade's server answers it for {@code CORS_origins}: exact origins, credentials
 * allowed, every method and header. Preflights are answered before routing and authentication.
 */
public final class Cors {
    private static final String METHODS = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT";

    private final Set<String> origins;
    private final boolean any;

    public Cors(List<String> origins) {
        this.origins = Set.copyOf(origins);
        this.any = origins.contains("*");
    }

    /** Headers for an actual (non-preflight) request; errors get them too. */
    public void applyTo(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        ctx.header("Access-Control-Allow-Credentials", "true");
        if (any) {
            ctx.header("Access-Control-Allow-Origin", "*");
        } else if (origins.contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Vary", "Origin");
        }
    }

    /** Whether the request is a CORS preflight ({@code OPTIONS} with {@code Origin} and a requested method). */
    public static boolean isPreflight(Context ctx) {
        return ctx.header("Origin") != null && ctx.header("Access-Control-Request-Method") != null;
    }

    /** Answers a preflight: 200 {@code OK} for an allowed origin, 400 otherwise. */
    public void preflight(Context ctx) {
        String origin = ctx.header("Origin");
        boolean allowed = any || origins.contains(origin);
        ctx.header("Access-Control-Allow-Credentials", "true");
        ctx.header("Access-Control-Allow-Methods", METHODS);
        String requested = ctx.header("Access-Control-Request-Headers");
        if (requested != null) {
            ctx.header("Access-Control-Allow-Headers", requested);
        }
        ctx.header("Access-Control-Max-Age", "600");
        ctx.header("Vary", "Origin");
        if (allowed) {
            ctx.header("Access-Control-Allow-Origin", any ? "*" : origin);
        }
        ctx.status(allowed ? 200 : 400).contentType("text/plain; charset=utf-8")
                .result(allowed ? "OK" : "Disallowed CORS origin");
    }
}
