package dev.hertz.api.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.api.http.Route;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The OpenAPI 3.1 document of the route table. */
public final class OpenApiDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]+)}");

    private OpenApiDocument() {
    }

    public static ObjectNode of(List<Route> routes, String version, ObjectMapper mapper) {
        SchemaGenerator schemas = new SchemaGenerator(mapper);
        ObjectNode doc = NODES.objectNode();
        doc.put("openapi", "3.1.0");
        doc.putObject("info").put("title", "Hertz API")
                .put("description", "freqtrade-compatible REST API of a Hertz bot")
                .put("version", version);
        ObjectNode paths = doc.putObject("paths");
        for (Route route : routes) {
            ObjectNode path = paths.has(route.fullPath()) ? (ObjectNode) paths.get(route.fullPath())
                    : paths.putObject(route.fullPath());
            path.set(route.method().name().toLowerCase(Locale.ROOT), operation(route, schemas));
        }
        ObjectNode components = doc.putObject("components");
        ObjectNode schemaNodes = components.putObject("schemas");
        schemas.components().forEach(schemaNodes::set);
        ObjectNode security = components.putObject("securitySchemes");
        security.putObject("basic").put("type", "http").put("scheme", "basic");
        security.putObject("bearer").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
        return doc;
    }

    private static ObjectNode operation(Route route, SchemaGenerator schemas) {
        ObjectNode op = NODES.objectNode();
        op.put("summary", route.summary());
        op.put("operationId", route.method().name().toLowerCase(Locale.ROOT)
                + route.path().replaceAll("[^A-Za-z0-9]+", "_"));
        op.putArray("tags").add(switch (route.mode()) {
            case TRADE -> "trading bot";
            case WEBSERVER -> "webserver mode";
            case ANY -> "info";
        });
        switch (route.access()) {
            case USER -> {
                ArrayNode sec = op.putArray("security");
                sec.addObject().putArray("basic");
                sec.addObject().putArray("bearer");
            }
            case LOGIN -> op.putArray("security").addObject().putArray("basic");
            case REFRESH -> op.putArray("security").addObject().putArray("bearer");
            case PUBLIC -> op.putArray("security");
        }
        Matcher m = PATH_PARAM.matcher(route.path());
        ArrayNode params = null;
        while (m.find()) {
            params = params == null ? op.putArray("parameters") : params;
            params.addObject().put("name", m.group(1)).put("in", "path").put("required", true)
                    .putObject("schema").put("type", "string");
        }
        if (route.body()) {
            op.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
                    .putObject("schema").put("type", "object");
        }
        ObjectNode responses = op.putObject("responses");
        responses.putObject("200").put("description", "Successful Response").putObject("content")
                .putObject("application/json").set("schema", schemas.schema(route.response()));
        if (route.access() != Route.Access.PUBLIC) {
            responses.putObject("401").put("description", "Missing or wrong credentials");
        }
        responses.putObject("422").put("description", "Invalid parameters or body");
        if (route.mode() == Route.Mode.TRADE) {
            responses.putObject("502").put("description", "The bot refused the request (error names the reason)");
        }
        return op;
    }
}
