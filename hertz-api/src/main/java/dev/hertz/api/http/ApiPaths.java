package dev.hertz.api.http;

/** Where the API lives. */
public final class ApiPaths {
    public static final String PREFIX = "/api/v1";

    private ApiPaths() {
    }
}
