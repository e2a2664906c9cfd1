package dev.hertz.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hertz.client.HertzClientException;
import dev.hertz.client.model.AccessAndRefreshToken;
import dev.hertz.client.model.AccessToken;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How requests authenticate: not at all, with HTTP Basic on every request (what freqtrade-client
 * does), or with JWTs. In JWT mode the first request logs in ({@code /token/login}); when the
 * server rejects the access token (it lives 15 minutes) the refresh token gets a new one
 * ({@code /token/refresh}), and when that is rejected too the client logs in again. The request
 * is then repeated once: a 401 means the server did nothing, so repeating is safe.
 */
public final class Authorization {
    private enum Mode { NONE, BASIC, JWT }

    private final Mode mode;
    private final String basicHeader;
    /** Guards the tokens; held across the login request so concurrent callers log in once. */
    private final ReentrantLock lock = new ReentrantLock();
    private String accessToken;
    private String refreshToken;

    private Authorization(Mode mode, String username, String password) {
        this.mode = mode;
        this.basicHeader = mode == Mode.NONE ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** No credentials: only public endpoints ({@code /ping}) will answer. */
    public static Authorization none() {
        return new Authorization(Mode.NONE, null, null);
    }

    /** HTTP Basic credentials on every request. */
    public static Authorization basic(String username, String password) {
        return new Authorization(Mode.BASIC, username, password);
    }

    /** JWT login with these credentials, tokens renewed as needed. */
    public static Authorization jwt(String username, String password) {
        return new Authorization(Mode.JWT, username, password);
    }

    /** The {@code Authorization} header for the next request; null without credentials. */
    String header(Transport transport) {
        if (mode != Mode.JWT) {
            return basicHeader;
        }
        lock.lock();
        try {
            if (accessToken == null) {
                login(transport);
            }
            return "Bearer " + accessToken;
        } finally {
            lock.unlock();
        }
    }

    /**
     * After a 401 for {@code rejected}: whether the request is worth repeating with a new header.
     * Only JWT mode can do anything about it.
     */
    boolean renew(Transport transport, String rejected) {
        if (mode != Mode.JWT) {
            return false;
        }
        lock.lock();
        try {
            if (!rejected.equals("Bearer " + accessToken)) {
                return true;
            }
            if (refreshToken != null && refresh(transport)) {
                return true;
            }
            login(transport);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A newly issued access token for these credentials (for the WebSocket, which checks it only
     * when connecting): refreshed in JWT mode, logged in for otherwise.
     */
    public String newAccessToken(Transport transport) {
        if (mode == Mode.NONE) {
            throw new IllegalStateException("An access token needs a username and password");
        }
        lock.lock();
        try {
            if (mode == Mode.JWT && refreshToken != null && refresh(transport)) {
                return accessToken;
            }
            AccessAndRefreshToken tokens = login(transport);
            return tokens.accessToken();
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@code POST /token/login} with the Basic credentials; in JWT mode the tokens are kept.
     *
     * @throws HertzClientException when the server refuses (401 {@code Incorrect username or password})
     */
    public AccessAndRefreshToken login(Transport transport) {
        if (mode == Mode.NONE) {
            throw new IllegalStateException("Logging in needs a username and password");
        }
        ApiCall call = ApiCall.post("/token/login");
        AccessAndRefreshToken tokens = read(call, transport.successBody(call, transport.exchange(call, basicHeader)),
                AccessAndRefreshToken.class);
        if (mode == Mode.JWT) {
            lock.lock();
            try {
                accessToken = tokens.accessToken();
                refreshToken = tokens.refreshToken();
            } finally {
                lock.unlock();
            }
        }
        return tokens;
    }

    /** {@code POST /token/refresh}; false (and the refresh token forgotten) when the server rejects it. */
    private boolean refresh(Transport transport) {
        ApiCall call = ApiCall.post("/token/refresh");
        HttpResponse<String> response = transport.exchange(call, "Bearer " + refreshToken);
        if (response.statusCode() == 401) {
            refreshToken = null;
            return false;
        }
        accessToken = read(call, transport.successBody(call, response), AccessToken.class).accessToken();
        return true;
    }

    private static <T> T read(ApiCall call, String body, Class<T> type) {
        try {
            return Json.MAPPER.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw Transport.unexpected(call, body, e);
        }
    }
}
