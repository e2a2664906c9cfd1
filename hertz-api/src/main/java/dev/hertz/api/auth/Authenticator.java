package dev.hertz.api.auth;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.api.http.ApiException;
import dev.hertz.core.config.ApiServerConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * freqtrade's three credential checks with its exact 401 bodies and headers: private routes
 * (Bearer access token, else Basic), {@code /token/login} (Basic only) and {@code /token/refresh}
 * (Bearer refresh token only). Passwords are compared in constant time, and repeated Basic
 * failures from one address are throttled.
 */
public final class Authenticator {
    private static final String UNAUTHORIZED = "Unauthorized";
    private static final String BAD_TOKEN = "Could not validate credentials";
    private static final String BAD_BASIC = "Invalid authentication credentials";
    private static final Map<String, String> BEARER = Map.of("WWW-Authenticate", "Bearer");
    private static final Map<String, String> BASIC = Map.of("WWW-Authenticate", "Basic");

    private final byte[] username;
    private final byte[] password;
    private final JwtTokens tokens;
    private final LoginThrottle throttle;

    public Authenticator(ApiServerConfig config, JwtTokens tokens, LoginThrottle throttle) {
        this.username = config.username().getBytes(StandardCharsets.UTF_8);
        this.password = config.password().getBytes(StandardCharsets.UTF_8);
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    /** An access token and a refresh token, as {@code /token/login} answers. */
    public record TokenPair(String accessToken, String refreshToken) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    /** A new access token, as {@code /token/refresh} answers. */
    public record AccessToken(String accessToken) {
    }

    /** Checks a private route's credentials; returns the user name or throws a 401. */
    public String user(String authorization, String address) {
        if (authorization != null) {
            String[] parts = authorization.trim().split("\\s+", 2);
            String scheme = parts[0].toLowerCase(Locale.ROOT);
            String value = parts.length > 1 ? parts[1] : "";
            if (scheme.equals("bearer")) {
                return tokens.verify(value, JwtTokens.Type.ACCESS)
                        .orElseThrow(() -> new ApiException(401, BAD_TOKEN, BEARER));
            }
            if (scheme.equals("basic")) {
                String[] credentials = decodeBasic(value);
                if (credentials == null) {
                    throw new ApiException(401, BAD_BASIC, BASIC);
                }
                if (checkPassword(credentials, address)) {
                    return credentials[0];
                }
            }
        }
        throw new ApiException(401, UNAUTHORIZED);
    }

    /** {@code /token/login}: Basic credentials only. */
    public TokenPair login(String authorization, String address) {
        if (authorization == null) {
            throw new ApiException(401, "Not authenticated", BASIC);
        }
        String[] parts = authorization.trim().split("\\s+", 2);
        String[] credentials = parts[0].equalsIgnoreCase("basic") && parts.length > 1 ? decodeBasic(parts[1]) : null;
        if (credentials == null) {
            throw new ApiException(401, BAD_BASIC, BASIC);
        }
        if (!checkPassword(credentials, address)) {
            throw new ApiException(401, "Incorrect username or password");
        }
        return new TokenPair(tokens.issue(credentials[0], JwtTokens.Type.ACCESS),
                tokens.issue(credentials[0], JwtTokens.Type.REFRESH));
    }

    /** {@code /token/refresh}: a valid refresh token gives a new access token for the same user. */
    public AccessToken refresh(String authorization) {
        String[] parts = authorization == null ? new String[0] : authorization.trim().split("\\s+", 2);
        if (parts.length < 2 || !parts[0].equalsIgnoreCase("bearer")) {
            throw new ApiException(401, BAD_TOKEN, BEARER);
        }
        String user = tokens.verify(parts[1], JwtTokens.Type.REFRESH)
                .orElseThrow(() -> new ApiException(401, BAD_TOKEN, BEARER));
        return new AccessToken(tokens.issue(user, JwtTokens.Type.ACCESS));
    }

    /** Whether {@code token} is a valid access token (the WebSocket handshake accepts one). */
    public boolean isAccessToken(String token) {
        return tokens.verify(token, JwtTokens.Type.ACCESS).isPresent();
    }

    private boolean checkPassword(String[] credentials, String address) {
        Optional<Duration> wait = throttle.retryAfter(address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw new ApiException(429, "Too many failed login attempts. Try again in " + seconds + " seconds.",
                    Map.of("Retry-After", Long.toString(seconds)));
        }
        // Both comparisons always run, so the time taken does not tell which part was wrong.
        boolean userOk = MessageDigest.isEqual(username, credentials[0].getBytes(StandardCharsets.UTF_8));
        boolean passOk = MessageDigest.isEqual(password, credentials[1].getBytes(StandardCharsets.UTF_8));
        if (userOk & passOk) {
            throttle.succeeded(address);
            return true;
        }
        throttle.failed(address);
        return false;
    }

    /** {@code user:password} from a Basic value; null when not Base64, not ASCII or without a colon. */
    private static String[] decodeBasic(String value) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (byte b : raw) {
            if (b < 0) {
                return null;
            }
        }
        String text = new String(raw, StandardCharsets.US_ASCII);
        int colon = text.indexOf(':');
        return colon < 0 ? null : new String[] {text.substring(0, colon), text.substring(colon + 1)};
    }
}
