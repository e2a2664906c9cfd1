package dev.hertz.client.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One request to the API: method, path under {@code /api/v1}, query parameters and an optional
 * JSON body. Query values are form-encoded; a parameter whose value is null is left out.
 */
public final class ApiCall {
    /** Where freqtrade's API lives on a server. */
    static final String PREFIX = "/api/v1";

    private final String method;
    private final String path;
    private final List<String> query = new ArrayList<>();
    private Object body;
    private boolean hasBody;

    private ApiCall(String method, String path) {
        this.method = method;
        this.path = path;
    }

    /** A GET of {@code path} ({@code /status}). */
    public static ApiCall get(String path) {
        return new ApiCall("GET", path);
    }

    /** A POST of {@code path}; without {@link #body} it sends {@code {}}. */
    public static ApiCall post(String path) {
        return new ApiCall("POST", path).body(Map.of());
    }

    /** A DELETE of {@code path}. */
    public static ApiCall delete(String path) {
        return new ApiCall("DELETE", path);
    }

    /** Adds {@code name=value} unless {@code value} is null. */
    public ApiCall query(String name, Object value) {
        if (value != null) {
            query.add(encode(name) + "=" + encode(String.valueOf(value)));
        }
        return this;
    }

    /** Adds {@code name=v} once per value (freqtrade's list parameters repeat the key). */
    public ApiCall queryEach(String name, Collection<String> values) {
        values.forEach(v -> query(name, v));
        return this;
    }

    /** Sends {@code body} as JSON. */
    public ApiCall body(Object body) {
        this.body = body;
        this.hasBody = true;
        return this;
    }

    /** A path segment made safe for a URL ({@code /strategy/My Strategy} → {@code My%20Strategy}). */
    public static String segment(String value) {
        return encode(value).replace("+", "%20");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** {@code GET}, {@code POST} or {@code DELETE}. */
    public String method() {
        return method;
    }

    /** The path under {@code /api/v1} with its query string. */
    public String target() {
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    /** {@code GET /api/v1/trade/42}, as errors name a request. */
    public String describe() {
        return method + " " + PREFIX + target();
    }

    /** Whether a JSON body goes with the request. */
    public boolean hasBody() {
        return hasBody;
    }

    /** The object sent as the JSON body; null is sent as {@code null}. */
    public Object body() {
        return body;
    }
}
