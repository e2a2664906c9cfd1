package dev.hertz.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.hertz.api.http.Body;
import dev.hertz.api.http.Json;
import dev.hertz.api.http.Route;
import dev.hertz.api.http.ValidationException;
import dev.hertz.api.openapi.OpenApiDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented request body of every route is the set of fields its payload actually reads, so
 * the OpenAPI document cannot drift from the parsing.
 */
class RequestSchemaTest {
    @TempDir
    Path ui;

    @Test
    void documentedRequestFieldsAreTheFieldsRead() throws Exception {
        try (TestServer s = new TestServer(ui, Clock.systemUTC())) {
            List<Route> routes = s.server.routes();
            JsonNode doc = OpenApiDocument.of(routes, "test", Json.MAPPER);
            int checked = 0;
            for (Route route : routes) {
                if (route.request() == null || route.request().isArray()) {
                    continue;
                }
                Body body = Body.of(JsonNodeFactory.instance.objectNode());
                try {
                    route.request().getMethod("from", Body.class).invoke(null, body);
                } catch (InvocationTargetException e) {
                    assertThat(e.getCause()).isInstanceOf(ValidationException.class);
                }
                Set<String> documented = new HashSet<>();
                doc.get("components").get("schemas").get(route.request().getSimpleName()).get("properties")
                        .fieldNames().forEachRemaining(documented::add);
                assertThat(body.fieldsRead()).as(route.path()).isEqualTo(documented);
                checked++;
            }
            assertThat(checked).isGreaterThanOrEqualTo(9);
        }
    }
}
