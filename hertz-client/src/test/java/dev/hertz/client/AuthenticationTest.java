package dev.hertz.client;

import dev.hertz.client.model.Version;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Basic credentials go with every request; in JWT mode the client logs in once, renews a
 * rejected access token with the refresh token (or a new login) and repeats the request once.
 */
class AuthenticationTest {
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("freqtrader:secret".getBytes(StandardCharsets.UTF_8));
    private static final String VERSION = "{\"version\":\"2024.10\"}";
    private static final String UNAUTHORIZED = "{\"detail\":\"Could not validate credentials\"}";

    /** A token server: issues access{n} / refresh{n}, accepts only the newest access token. */
    private static final class Tokens {
        final AtomicInteger issued = new AtomicInteger();
        final AtomicReference<String> valid = new AtomicReference<>();
        final AtomicReference<String> validRefresh = new AtomicReference<>();

        StubServer.Reply answer(StubServer.Request r) {
            String auth = r.header("Authorization");
            if (r.target().equals("/api/v1/token/login")) {
                if (!BASIC.equals(auth)) {
                    return new StubServer.Reply(401, "{\"detail\":\"Incorrect username or password\"}");
                }
                int n = issued.incrementAndGet();
                valid.set("access" + n);
                validRefresh.set("refresh" + n);
                return new StubServer.Reply(200, "{\"access_token\":\"access" + n + "\",\"refresh_token\":\"refresh" + n
                        + "\"}");
            }
            if (r.target().equals("/api/v1/token/refresh")) {
                if (!("Bearer " + validRefresh.get()).equals(auth)) {
                    return new StubServer.Reply(401, UNAUTHORIZED);
                }
                valid.set("access" + issued.incrementAndGet());
                return new StubServer.Reply(200, "{\"access_token\":\"" + valid.get() + "\"}");
            }
            return ("Bearer " + valid.get()).equals(auth) ? new StubServer.Reply(200, VERSION)
                    : new StubServer.Reply(401, UNAUTHORIZED);
        }
    }

    @Test
    void basicCredentialsGoWithEveryRequest() {
        try (StubServer server = new StubServer(r -> new StubServer.Reply(200, VERSION));
             HertzClient client = HertzClient.create(server.url(), "freqtrader", "secret")) {
            client.version();
            client.version();
            assertThat(server.requests).hasSize(2).allSatisfy(r -> {
                assertThat(r.header("Authorization")).isEqualTo(BASIC);
                assertThat(r.header("Accept")).isEqualTo("application/json");
            });
        }
    }

    @Test
    void aRefusedBasicLoginIsNotRepeated() {
        try (StubServer server = new StubServer(r -> new StubServer.Reply(401, "{\"detail\":\"Unauthorized\"}"));
             HertzClient client = HertzClient.create(server.url(), "freqtrader", "wrong")) {
            HertzClientException e = catchThrowableOfType(HertzClientException.class, client::version);
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.detail()).isEqualTo("Unauthorized");
            assertThat(server.requests).hasSize(1);
        }
    }

    @Test
    void jwtModeLogsInOnceAndUsesTheAccessToken() {
        Tokens tokens = new Tokens();
        try (StubServer server = new StubServer(tokens::answer);
             HertzClient client = HertzClient.builder(server.url()).jwtAuth("freqtrader", "secret").build()) {
            assertThat(client.version()).isEqualTo(new Version("2024.10"));
            client.version();
            assertThat(server.to("/api/v1/token/login")).hasSize(1);
            assertThat(server.to("/api/v1/version")).hasSize(2)
                    .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer access1"));
        }
    }

    @Test
    void aRejectedAccessTokenIsRefreshedAndTheRequestRepeated() {
        Tokens tokens = new Tokens();
        try (StubServer server = new StubServer(tokens::answer);
             HertzClient client = HertzClient.builder(server.url()).jwtAuth("freqtrader", "secret").build()) {
            client.version();
            tokens.valid.set("expired-for-everyone");
            assertThat(client.version().version()).isEqualTo("2024.10");
            assertThat(server.to("/api/v1/token/refresh")).hasSize(1)
                    .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer refresh1"));
            assertThat(server.to("/api/v1/token/login")).hasSize(1);
            assertThat(server.to("/api/v1/version")).extracting(r -> r.header("Authorization"))
                    .containsExactly("Bearer access1", "Bearer access1", "Bearer access2");
        }
    }

    @Test
    void aRejectedRefreshTokenLeadsToANewLogin() {
        Tokens tokens = new Tokens();
        try (StubServer server = new StubServer(tokens::answer);
             HertzClient client = HertzClient.builder(server.url()).jwtAuth("freqtrader", "secret").build()) {
            client.version();
            tokens.valid.set("expired-for-everyone");
            tokens.validRefresh.set("rotated-secret");
            assertThat(client.version().version()).isEqualTo("2024.10");
            assertThat(server.to("/api/v1/token/login")).hasSize(2);
            assertThat(server.to("/api/v1/version").get(2).header("Authorization")).isEqualTo("Bearer access2");
        }
    }

    @Test
    void aWrongPasswordInJwtModeNamesTheLogin() {
        try (StubServer server = new StubServer(new Tokens()::answer);
             HertzClient client = HertzClient.builder(server.url()).jwtAuth("freqtrader", "wrong").build()) {
            HertzClientException e = catchThrowableOfType(HertzClientException.class, client::version);
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.detail()).isEqualTo("Incorrect username or password");
            assertThat(e.request()).isEqualTo("POST /api/v1/token/login");
            assertThat(server.to("/api/v1/version")).isEmpty();
        }
    }

    @Test
    void accessTokensForTheWebSocketAreIssuedAnew() {
        Tokens tokens = new Tokens();
        try (StubServer server = new StubServer(tokens::answer);
             HertzClient basic = HertzClient.create(server.url(), "freqtrader", "secret");
             HertzClient jwt = HertzClient.builder(server.url()).jwtAuth("freqtrader", "secret").build()) {
            assertThat(basic.accessToken()).isEqualTo("access1");
            assertThat(basic.accessToken()).isEqualTo("access2");
            jwt.version();
            assertThat(jwt.accessToken()).isEqualTo("access4");
            assertThat(server.to("/api/v1/token/refresh")).hasSize(1);
        }
    }
}
