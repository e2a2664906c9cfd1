package dev.hertz.core.config;

import java.util.List;

/**
 * The {@code api_server} section (REST API, WebSocket, FreqUI). Defaults apply when the section or a
 * key is absent. {@link #toString()} hides the secrets.
 *
 * @param enabled {@code enabled} (default false)
 * @param listenIpAddress {@code listen_ip_address} (default 127.0.0.1)
 * @param listenPort {@code listen_port} (1024..65535, default 8080)
 * @param username {@code username} (default "")
 * @param password {@code password} (default "")
 * @param jwtSecretKey {@code jwt_secret_key} (default {@code super-secret}, freqtrade's)
 * @param wsTokens {@code ws_token}: one token or a list of accepted WebSocket tokens
 * @param corsOrigins {@code CORS_origins}
 * @param enableOpenapi {@code enable_openapi} (default false)
 * @param verbosity {@code verbosity}: {@code error} (default) or {@code info}
 */
public record ApiServerConfig(
        boolean enabled,
        String listenIpAddress,
        int listenPort,
        String username,
        String password,
        String jwtSecretKey,
        List<String> wsTokens,
        List<String> corsOrigins,
        boolean enableOpenapi,
        String verbosity) {

    /** freqtrade's fallback JWT key; a server using it should warn. */
    public static final String DEFAULT_JWT_SECRET = "super-secret";

    public ApiServerConfig {
        wsTokens = List.copyOf(wsTokens);
        corsOrigins = List.copyOf(corsOrigins);
    }

    static ApiServerConfig from(NodeReader section) {
        return new ApiServerConfig(
                section.bool("enabled", false),
                section.text("listen_ip_address", "127.0.0.1"),
                section.integer("listen_port", 8080),
                section.text("username", ""),
                section.text("password", ""),
                section.text("jwt_secret_key", DEFAULT_JWT_SECRET),
                section.textList("ws_token"),
                section.textList("CORS_origins"),
                section.bool("enable_openapi", false),
                section.text("verbosity", "error"));
    }

    @Override
    public String toString() {
        return "ApiServerConfig[enabled=" + enabled + ", listenIpAddress=" + listenIpAddress
                + ", listenPort=" + listenPort + ", username=" + username + ", password=" + Secrets.mask(password)
                + ", jwtSecretKey=" + Secrets.mask(jwtSecretKey) + ", wsTokens=" + wsTokens.stream().map(Secrets::mask).toList()
                + ", corsOrigins=" + corsOrigins + ", enableOpenapi=" + enableOpenapi + ", verbosity=" + verbosity + "]";
    }
}
