package dev.hertz.client.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Server addresses as users write them, checked and made uniform. */
public final class BaseUrl {
    private BaseUrl() {
    }

    /**
     * {@code url} without trailing slashes or {@code /api/v1}: {@code http://host:port}.
     *
     * @throws IllegalArgumentException when it is no http(s) URL with a host
     */
    public static String normalise(String url) {
        String u = url == null ? "" : url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        if (u.endsWith("/api/v1")) {
            u = u.substring(0, u.length() - "/api/v1".length());
        }
        URI uri = null;
        try {
            uri = URI.create(u);
        } catch (IllegalArgumentException notAUri) {
            // reported below like any other address that is no http(s) URL
        }
        if (uri == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("Not a server URL: '" + url + "'; expected http://host:port");
        }
        return u;
    }

    /** The message WebSocket of the server at {@code baseUrl}: {@code ws://host:port/api/v1/message/ws}. */
    public static URI webSocket(String baseUrl, String token) {
        String ws = baseUrl.startsWith("https:") ? "wss:" + baseUrl.substring("https:".length())
                : "ws:" + baseUrl.substring("http:".length());
        return URI.create(ws + ApiCall.PREFIX + "/message/ws?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }
}
