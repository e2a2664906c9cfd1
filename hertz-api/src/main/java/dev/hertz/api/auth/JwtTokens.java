package dev.hertz.api.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * freqtrade's JWTs: HS256 over {@code jwt_secret_key}, claims {@code identity: {"u": user}},
 * {@code exp}, {@code iat} and {@code type} ({@code access}, 15 minutes, or {@code refresh},
 * 30 days). The type claim is the only difference, so each check names the type it accepts.
 */
public final class JwtTokens {
    public static final Duration ACCESS_LIFETIME = Duration.ofMinutes(15);
    public static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

    public enum Type {
        ACCESS("access"), REFRESH("refresh");

        final String claim;

        Type(String claim) {
            this.claim = claim;
        }
    }

    private final HmacSha256 hmac;
    private final Clock clock;

    public JwtTokens(String secret, Clock clock) {
        this.hmac = new HmacSha256(secret);
        this.clock = clock;
    }

    public String issue(String username, Type type) {
        Instant now = Instant.ofEpochSecond(clock.instant().getEpochSecond());
        Duration lifetime = type == Type.ACCESS ? ACCESS_LIFETIME : REFRESH_LIFETIME;
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("identity", Map.of("u", username))
                .expirationTime(Date.from(now.plus(lifetime)))
                .issueTime(Date.from(now))
                .claim("type", type.claim)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(hmac);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    /** The username of a valid, unexpired token of {@code type}; empty for anything else. */
    public Optional<String> verify(String token, Type type) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(hmac)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date exp = claims.getExpirationTime();
            if (exp == null || !clock.instant().isBefore(exp.toInstant())) {
                return Optional.empty();
            }
            if (!type.claim.equals(claims.getClaim("type"))) {
                return Optional.empty();
            }
            Map<String, Object> identity = claims.getJSONObjectClaim("identity");
            Object user = identity == null ? null : identity.get("u");
            return user instanceof String u ? Optional.of(u) : Optional.empty();
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
