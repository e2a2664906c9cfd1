package dev.hertz.api.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class JwtTokensTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JwtTokens at(Instant now, String secret) {
        return new JwtTokens(secret, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void accessTokenCarriesFreqtradesClaimsAndLifetime() throws Exception {
        String token = at(NOW, "super-secret").issue("hertz", JwtTokens.Type.ACCESS);
        String[] parts = token.split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.get("alg").asText()).isEqualTo("HS256");
        assertThat(header.get("typ").asText()).isEqualTo("JWT");
        assertThat(claims.get("identity").get("u").asText()).isEqualTo("hertz");
        assertThat(claims.get("type").asText()).isEqualTo("access");
        assertThat(claims.get("iat").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.get("exp").asLong()).isEqualTo(NOW.plus(Duration.ofMinutes(15)).getEpochSecond());
        assertThat(claims.has("sub")).isFalse();
    }

    @Test
    void signatureIsPlainHmacSha256OfTheShortDefaultKey() throws Exception {
        String token = at(NOW, "super-secret").issue("u", JwtTokens.Type.REFRESH);
        int dot = token.lastIndexOf('.');
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("super-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal(token.substring(0, dot).getBytes(StandardCharsets.US_ASCII));
        assertThat(token.substring(dot + 1)).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(expected));
    }

    @Test
    void verifiesOnlyTheRequestedTypeBeforeExpiry() {
        JwtTokens tokens = at(NOW, "k");
        String access = tokens.issue("hertz", JwtTokens.Type.ACCESS);
        String refresh = tokens.issue("hertz", JwtTokens.Type.REFRESH);
        assertThat(tokens.verify(access, JwtTokens.Type.ACCESS)).contains("hertz");
        assertThat(tokens.verify(access, JwtTokens.Type.REFRESH)).isEmpty();
        assertThat(tokens.verify(refresh, JwtTokens.Type.ACCESS)).isEmpty();
        assertThat(tokens.verify(refresh, JwtTokens.Type.REFRESH)).contains("hertz");

        Instant expiry = NOW.plus(Duration.ofMinutes(15));
        assertThat(at(expiry.minusSeconds(1), "k").verify(access, JwtTokens.Type.ACCESS)).isPresent();
        assertThat(at(expiry, "k").verify(access, JwtTokens.Type.ACCESS)).isEmpty();
        assertThat(at(NOW.plus(Duration.ofDays(30)).minusSeconds(1), "k").verify(refresh, JwtTokens.Type.REFRESH))
                .isPresent();
        assertThat(at(NOW.plus(Duration.ofDays(30)), "k").verify(refresh, JwtTokens.Type.REFRESH)).isEmpty();
    }

    @Test
    void refusesTamperedForeignAndGarbageTokens() {
        JwtTokens tokens = at(NOW, "k");
        String access = tokens.issue("hertz", JwtTokens.Type.ACCESS);
        String[] parts = access.split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"identity\":{\"u\":\"admin\"},\"exp\":" + NOW.plusSeconds(600).getEpochSecond()
                        + ",\"iat\":0,\"type\":\"access\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(tokens.verify(parts[0] + "." + forgedClaims + "." + parts[2], JwtTokens.Type.ACCESS)).isEmpty();
        assertThat(at(NOW, "other").verify(access, JwtTokens.Type.ACCESS)).isEmpty();
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(tokens.verify(none + "." + parts[1] + ".", JwtTokens.Type.ACCESS)).isEmpty();
        assertThat(tokens.verify("not-a-token", JwtTokens.Type.ACCESS)).isEmpty();
        assertThat(tokens.verify("", JwtTokens.Type.ACCESS)).isEmpty();
    }
}
