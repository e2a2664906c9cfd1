package dev.hertz.api;

import dev.hertz.core.config.ApiServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/** Loud start-up warnings about settings that leave the bot open to others. */
final class SecurityWarnings {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityWarnings.class);
    /** HS256 keys shorter than the hash (32 bytes) are guessable offline from any captured token. */
    private static final int MIN_SECRET_BYTES = 32;

    private SecurityWarnings() {
    }

    static void log(ApiServerConfig config) {
        if (!isLoopback(config.listenIpAddress())) {
            LOG.warn("SECURITY WARNING - The API server listens on {}, reachable from other machines. "
                    + "Use a strong password and jwt_secret_key, and put TLS in front of it.", config.listenIpAddress());
        }
        if (config.password().isEmpty()) {
            LOG.warn("SECURITY WARNING - No password for the API server set. Anyone who can reach it controls the bot.");
        }
        if (config.username().isEmpty()) {
            LOG.warn("SECURITY WARNING - No username for the API server set.");
        }
        if (config.jwtSecretKey().equals(ApiServerConfig.DEFAULT_JWT_SECRET) || config.jwtSecretKey().isEmpty()) {
            LOG.warn("SECURITY WARNING - `jwt_secret_key` is the default or empty: anyone can forge login tokens. "
                    + "Set a long random value.");
        } else if (config.jwtSecretKey().getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            LOG.warn("SECURITY WARNING - `jwt_secret_key` is shorter than {} bytes; use a longer random value.",
                    MIN_SECRET_BYTES);
        }
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
