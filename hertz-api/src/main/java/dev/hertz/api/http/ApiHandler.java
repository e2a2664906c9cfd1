package dev.hertz.api.http;

/** One endpoint: reads the request, returns the object written as the JSON response body. */
@FunctionalInterface
public interface ApiHandler {
    Object handle(ApiRequest request) throws Exception;
}
