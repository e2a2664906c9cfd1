package dev.hertz.api;

import dev.hertz.api.auth.JwtTokens;
import dev.hertz.api.http.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the server's whole route table: every private route refuses missing, wrong, expired,
 * tampered and refresh-type credentials with 401, so a new route cannot slip through unprotected.
 */
class RouteAuthTest {
    private static final String SECRET = "a-long-test-secret-of-thirty-two-bytes!";
    @TempDir
    static Path ui;
    private static TestServer s;

    @BeforeAll
    static void start() {
        s = new TestServer(ui, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static List<Route> privateRoutes() {
        return s.server.routes().stream().filter(r -> r.access() == Route.Access.USER).toList();
    }

    private static Http.Response call(Route r, String... headers) {
        String path = r.fullPath().replaceAll("\\{[^}]+}", "1");
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return s.http.send(r.method().name(), path, r.method() == Route.Method.HEAD ? null : "null", all);
    }

    @Test
    void theTableHasEveryFreqtradeRouteAndOnlyPingLoginRefreshArePublic() {
        assertThat(s.server.routes()).filteredOn(r -> r.access() != Route.Access.USER)
                .extracting(Route::path).containsExactlyInAnyOrder("/ping", "/ping", "/token/login", "/token/refresh");
        assertThat(privateRoutes()).hasSizeGreaterThan(50);
    }

    @Test
    void withoutCredentialsEveryPrivateRouteAnswers401() {
        for (Route r : privateRoutes()) {
            Http.Response res = call(r);
            assertThat(res.status()).as(r.method() + " " + r.path()).isEqualTo(401);
            assertThat(res.json().get("detail").asText()).as(r.path()).isEqualTo("Unauthorized");
            assertThat(res.header("WWW-Authenticate")).as(r.path()).isNull();
        }
    }

    @Test
    void wrongPasswordOnEveryPrivateRouteAnswers401() {
        for (Route r : privateRoutes()) {
            Http.Response res = call(r, "Authorization", Http.basic(TestServer.USER, "wrong"));
            assertThat(res.status()).as(r.method() + " " + r.path()).isEqualTo(401);
            assertThat(res.json().get("detail").asText()).isEqualTo("Unauthorized");
            // a correct login clears the failure count, so the throttle does not step in during the walk
            assertThat(s.http.get("/api/v1/version", "Authorization", s.basic()).status()).isEqualTo(200);
        }
    }

    @Test
    void expiredTamperedAndRefreshTokensAnswer401() {
        Instant past = Instant.now().minus(Duration.ofMinutes(16));
        String expired = new JwtTokens(SECRET, Clock.fixed(past, ZoneOffset.UTC)).issue("hertz", JwtTokens.Type.ACCESS);
        JwtTokens now = new JwtTokens(SECRET, Clock.systemUTC());
        String refresh = now.issue("hertz", JwtTokens.Type.REFRESH);
        String access = now.issue("hertz", JwtTokens.Type.ACCESS);
        String tampered = access.substring(0, access.length() - 2) + (access.endsWith("A") ? "BB" : "AA");
        String foreign = new JwtTokens("another-secret-another-secret-xx", Clock.systemUTC()).issue("hertz",
                JwtTokens.Type.ACCESS);
        for (Route r : privateRoutes()) {
            for (String token : List.of(expired, refresh, tampered, foreign, "garbage")) {
                Http.Response res = call(r, "Authorization", "Bearer " + token);
                assertThat(res.status()).as(r.method() + " " + r.path()).isEqualTo(401);
                assertThat(res.json().get("detail").asText()).isEqualTo("Could not validate credentials");
                assertThat(res.header("WWW-Authenticate")).isEqualTo("Bearer");
            }
        }
    }

    @Test
    void withCredentialsNoRouteAnswers500EvenWithoutABot() {
        for (Route r : privateRoutes()) {
            Http.Response res = call(r, "Authorization", s.basic());
            assertThat(res.status()).as(r.method() + " " + r.path() + " -> " + res.body()).isNotEqualTo(500)
                    .isNotEqualTo(401);
            if (r.method() != Route.Method.HEAD) {
                assertThat(res.header("Content-Type")).as(r.path()).isEqualTo("application/json");
            }
        }
    }
}
