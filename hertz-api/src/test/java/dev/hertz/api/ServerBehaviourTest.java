package dev.hertz.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Login, refresh, throttling, CORS, routing fallbacks and error envelopes, over real HTTP. */
class ServerBehaviourTest {
    @TempDir
    Path ui;
    private TestServer s;
    private Http http;

    @BeforeEach
    void start() {
        s = new TestServer(ui, Clock.systemUTC());
        http = s.http;
    }

    @AfterEach
    void stop() {
        s.close();
    }

    @Test
    void pingIsPublicAndIgnoresAnExpiredBearer() {
        Http.Response res = http.get("/api/v1/ping", "Authorization", "Bearer expired.token.here");
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body()).isEqualTo("{\"status\":\"pong\"}");
        assertThat(res.header("Content-Type")).isEqualTo("application/json");
        assertThat(http.send("HEAD", "/api/v1/ping", null).status()).isEqualTo(200);
    }

    @Test
    void loginGivesTokensThatWorkAndRefreshGivesANewAccessToken() {
        Http.Response login = http.send("POST", "/api/v1/token/login", "{}", "Authorization", s.basic(),
                "Content-Type", "application/json");
        assertThat(login.status()).isEqualTo(200);
        String access = login.json().get("access_token").asText();
        String refresh = login.json().get("refresh_token").asText();
        assertThat(http.get("/api/v1/version", "Authorization", "Bearer " + access).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/version", "Authorization", "bearer " + access).status()).isEqualTo(200);

        Http.Response refreshed = http.send("POST", "/api/v1/token/refresh", "{}", "Authorization", "Bearer " + refresh);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().fieldNames()).toIterable().containsExactly("access_token");
        String newAccess = refreshed.json().get("access_token").asText();
        assertThat(http.get("/api/v1/version", "Authorization", "Bearer " + newAccess).status()).isEqualTo(200);

        Http.Response accessAsRefresh = http.send("POST", "/api/v1/token/refresh", "{}", "Authorization",
                "Bearer " + access);
        assertThat(accessAsRefresh.status()).isEqualTo(401);
        assertThat(accessAsRefresh.json().get("detail").asText()).isEqualTo("Could not validate credentials");
        assertThat(accessAsRefresh.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(http.send("POST", "/api/v1/token/refresh", "{}", "Authorization", s.basic()).status())
                .isEqualTo(401);
    }

    @Test
    void loginErrorsAreFreqtradesExactAnswers() {
        Http.Response none = http.send("POST", "/api/v1/token/login", "{}");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("detail").asText()).isEqualTo("Not authenticated");
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Basic");

        Http.Response bearer = http.send("POST", "/api/v1/token/login", "{}", "Authorization", "Bearer x");
        assertThat(bearer.json().get("detail").asText()).isEqualTo("Invalid authentication credentials");
        Http.Response garbled = http.send("POST", "/api/v1/token/login", "{}", "Authorization", "Basic %%%");
        assertThat(garbled.json().get("detail").asText()).isEqualTo("Invalid authentication credentials");

        Http.Response wrong = http.send("POST", "/api/v1/token/login", "{}", "Authorization",
                Http.basic(TestServer.USER, "nope"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("detail").asText()).isEqualTo("Incorrect username or password");
        assertThat(wrong.header("WWW-Authenticate")).isNull();
    }

    @Test
    void repeatedWrongPasswordsAreThrottledEvenForTheRightOneAfterwards() {
        for (int i = 0; i < 5; i++) {
            assertThat(http.send("POST", "/api/v1/token/login", "{}", "Authorization",
                    Http.basic(TestServer.USER, "guess" + i)).status()).isEqualTo(401);
        }
        Http.Response blocked = http.send("POST", "/api/v1/token/login", "{}", "Authorization", s.basic());
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(Integer.parseInt(blocked.header("Retry-After"))).isBetween(1, 60);
        assertThat(blocked.json().get("detail").asText()).startsWith("Too many failed login attempts");
        assertThat(http.get("/api/v1/version", "Authorization", s.basic()).status()).isEqualTo(429);
    }

    @Test
    void corsHeadersForAllowedOriginsOnSuccessAndErrors() {
        Http.Response ok = http.get("/api/v1/ping", "Origin", TestServer.ORIGIN);
        assertThat(ok.header("Access-Control-Allow-Origin")).isEqualTo(TestServer.ORIGIN);
        assertThat(ok.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        Http.Response denied = http.get("/api/v1/status", "Origin", TestServer.ORIGIN);
        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.header("Access-Control-Allow-Origin")).isEqualTo(TestServer.ORIGIN);
        Http.Response foreign = http.get("/api/v1/ping", "Origin", "http://evil.example");
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
        assertThat(http.get("/api/v1/ping").header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void preflightIsAnsweredBeforeAuthentication() {
        Http.Response ok = http.send("OPTIONS", "/api/v1/status", null, "Origin", TestServer.ORIGIN,
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("OK");
        assertThat(ok.header("Access-Control-Allow-Origin")).isEqualTo(TestServer.ORIGIN);
        assertThat(ok.header("Access-Control-Allow-Headers")).isEqualTo("authorization");
        assertThat(ok.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(ok.header("Access-Control-Max-Age")).isEqualTo("600");
        Http.Response bad = http.send("OPTIONS", "/api/v1/status", null, "Origin", "http://evil.example",
                "Access-Control-Request-Method", "GET");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo("Disallowed CORS origin");
        assertThat(http.send("OPTIONS", "/api/v1/status", null).status()).isEqualTo(405);
    }

    @Test
    void unknownPathsAndWrongMethodsGetFastApisAnswers() {
        Http.Response unknown = http.get("/api/v1/nothing-here", "Authorization", s.basic());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"detail\":\"Not Found\"}");
        assertThat(http.get("/api/v1/version/", "Authorization", s.basic()).status()).isEqualTo(404);
        assertThat(http.get("/.env").status()).isEqualTo(404);

        Http.Response postPing = http.send("POST", "/api/v1/ping", "{}");
        assertThat(postPing.status()).isEqualTo(405);
        assertThat(postPing.header("Allow")).isEqualTo("GET");
        assertThat(postPing.json().get("detail").asText()).isEqualTo("Method Not Allowed");
        assertThat(http.send("DELETE", "/api/v1/forceexit", null).header("Allow")).isEqualTo("POST");
        assertThat(http.send("PUT", "/somewhere", "x").header("Allow")).isEqualTo("GET");
    }

    @Test
    void malformedJsonIs422EvenWithoutCredentials() {
        Http.Response res = http.send("POST", "/api/v1/forceenter", "{\"pair\": ", "Content-Type", "application/json");
        assertThat(res.status()).isEqualTo(422);
        JsonNode error = res.json().get("detail").get(0);
        assertThat(error.get("type").asText()).isEqualTo("json_invalid");
        assertThat(error.get("msg").asText()).isEqualTo("JSON decode error");
        assertThat(error.get("loc").get(0).asText()).isEqualTo("body");
        assertThat(error.get("loc").get(1).isNumber()).isTrue();
        assertThat(error.get("ctx").get("error").asText()).isNotBlank();
    }

    @Test
    void badParametersAfterAuthenticationAre422WithTheLocation() {
        Http.Response res = http.get("/api/v1/trade/abc", "Authorization", s.basic());
        assertThat(res.status()).isEqualTo(422);
        JsonNode error = res.json().get("detail").get(0);
        assertThat(error.get("type").asText()).isEqualTo("int_parsing");
        assertThat(error.get("loc").toString()).isEqualTo("[\"path\",\"tradeid\"]");
        assertThat(error.get("input").asText()).isEqualTo("abc");
        assertThat(http.get("/api/v1/trade/abc").status()).as("auth comes first").isEqualTo(401);
    }

    @Test
    void tradeRoutesWithoutABotAnswer502AndWebserverRoutes503() {
        Http.Response status = http.get("/api/v1/status", "Authorization", s.basic());
        assertThat(status.status()).isEqualTo(502);
        assertThat(status.body()).isEqualTo("{\"error\":\"Error querying /api/v1/status: Bot is not in the correct state\"}");
        Http.Response jobs = http.get("/api/v1/background", "Authorization", s.basic());
        assertThat(jobs.status()).isEqualTo(503);
        assertThat(jobs.body()).isEqualTo("{\"detail\":\"Bot is not in the correct state.\"}");
    }

    @Test
    void openApiDocumentDescribesEveryRouteWithItsResponseSchema() {
        JsonNode doc = http.get("/openapi.json").json();
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        for (var route : s.server.routes()) {
            JsonNode op = doc.get("paths").get(route.fullPath()).get(route.method().name().toLowerCase());
            assertThat(op).as(route.method() + " " + route.path()).isNotNull();
            assertThat(op.get("responses").get("200")).isNotNull();
        }
        JsonNode balance = doc.get("components").get("schemas").get("BalanceResult").get("properties");
        assertThat(balance.has("starting_capital_ratio")).isTrue();
        JsonNode openTrade = doc.get("components").get("schemas").get("OpenTradeJson").get("properties");
        assertThat(openTrade.has("current_rate")).isTrue();
        assertThat(openTrade.has("pair")).as("unwrapped trade fields are inlined").isTrue();
        Http.Response docs = http.get("/docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("swagger-ui");
        assertThat(http.get("/docs/swagger-ui-bundle.js").status()).isEqualTo(200);
    }
}
