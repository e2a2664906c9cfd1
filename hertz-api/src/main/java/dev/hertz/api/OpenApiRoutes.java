package dev.hertz.api;

import dev.hertz.api.http.Json;
import dev.hertz.api.http.Responses;
import dev.hertz.api.http.Route;
import dev.hertz.api.openapi.OpenApiDocument;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * {@code /openapi.json} and the Swagger UI at {@code /docs}, served only when
 * {@code api_server.enable_openapi} is true. The UI's files come from the swagger-ui webjar on
 * the classpath, so the docs work offline.
 */
final class OpenApiRoutes {
    /** Kept in step with the webjar version in hertz-api's pom. */
    private static final String SWAGGER_DIR = "META-INF/resources/webjars/swagger-ui/5.34.1/";
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui-bundle.js", "application/javascript",
            "swagger-ui.css", "text/css",
            "swagger-ui-standalone-preset.js", "application/javascript");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Hertz API - Swagger UI</title>
            <link rel="stylesheet" href="/docs/swagger-ui.css"></head>
            <body><div id="swagger-ui"></div>
            <script src="/docs/swagger-ui-bundle.js"></script>
            <script>window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui"});</script>
            </body></html>
            """;

    private final List<Route> routes;
    private final String version;

    OpenApiRoutes(List<Route> routes, String version) {
        this.routes = routes;
        this.version = version;
    }

    void register(Javalin app, boolean enabled) {
        if (!enabled) {
            return;
        }
        String document = OpenApiDocument.of(routes, version, Json.MAPPER).toPrettyString();
        app.get("/openapi.json", ctx -> ctx.contentType(Responses.JSON).result(document));
        app.get("/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(PAGE));
        app.get("/docs/{asset}", this::asset);
    }

    private void asset(Context ctx) throws IOException {
        String name = ctx.pathParam("asset");
        String type = ASSETS.get(name);
        InputStream in = type == null ? null : OpenApiRoutes.class.getClassLoader().getResourceAsStream(SWAGGER_DIR + name);
        if (in == null) {
            Responses.detail(ctx, 404, "Not Found");
            return;
        }
        try (in) {
            ctx.contentType(type).result(in.readAllBytes());
        }
    }
}
