package dev.hertz.api.http;

/**
 * One row of the route table: everything the server, the auth check, the mode check and the
 * OpenAPI document need to know about an endpoint, declared once.
 *
 * @param method   HTTP method
 * @param path     path under {@code /api/v1}, with {@code {name}} path parameters
 * @param access   who may call it
 * @param mode     which bot mode serves it
 * @param body     whether a JSON body is decoded (before authentication, as freqtrade does)
 * @param response the type of the returned object, for the OpenAPI document
 * @param summary  one line for the OpenAPI document
 * @param handler  the endpoint
 */
public record Route(Method method, String path, Access access, Mode mode, boolean body, Class<?> response,
                    String summary, ApiHandler handler) {

    public enum Method { GET, POST, DELETE, PATCH, HEAD }

    /** {@code none}, {@code user} (Basic or access JWT), {@code login} (Basic only), {@code refresh} (refresh JWT). */
    public enum Access { PUBLIC, USER, LOGIN, REFRESH }

    /** A: both modes; T: needs the trading bot; W: webserver mode only. */
    public enum Mode { ANY, TRADE, WEBSERVER }

    public String fullPath() {
        return ApiPaths.PREFIX + path;
    }
}
