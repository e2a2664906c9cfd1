package dev.hertz.api.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Set;

/**
 * HS256 signing and verification for nimbus-jose-jwt that accepts keys shorter than 256 bits.
 * Nimbus refuses them, but freqtrade (PyJWT) signs with whatever {@code jwt_secret_key} holds —
 * its default is the 12-byte {@code super-secret} — and existing configs must keep working; the
 * server warns about weak keys at start-up instead.
 */
final class HmacSha256 implements JWSSigner, JWSVerifier {
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final JCAContext jca = new JCAContext();

    HmacSha256(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        // An empty HMAC key is legal in the algorithm but not in SecretKeySpec; one zero byte gives the same MAC.
        this.key = new SecretKeySpec(bytes.length == 0 ? new byte[1] : bytes, ALGORITHM);
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
        return Base64URL.encode(mac(signingInput));
    }

    @Override
    public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) throws JOSEException {
        if (!JWSAlgorithm.HS256.equals(header.getAlgorithm())) {
            return false;
        }
        return MessageDigest.isEqual(mac(signingInput), signature.decode());
    }

    private byte[] mac(byte[] input) throws JOSEException {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new JOSEException("HMAC-SHA256 unavailable: " + e.getMessage(), e);
        }
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return Set.of(JWSAlgorithm.HS256);
    }

    @Override
    public JCAContext getJCAContext() {
        return jca;
    }
}
