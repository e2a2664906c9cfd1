package dev.hertz.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.client.HertzClientException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Sends {@link ApiCall}s to one server and turns every failure into a
 * {@link HertzClientException}: an error status with the server's message, or no response.
 * Authentication is delegated to an {@link Authorization}, which may log in first and renew a
 * rejected token once.
 */
public final class Transport implements AutoCloseable {
    private final HttpClient http;
    private final String baseUrl;
    private final Duration timeout;
    private final Authorization authorization;

    /**
     * @param baseUrl {@code http://host:port}, without {@code /api/v1}
     * @param timeout how long one request may wait for its response
     */
    public Transport(HttpClient http, String baseUrl, Duration timeout, Authorization authorization) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.authorization = authorization;
    }

    /** The server's base URL, {@code http://host:port}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The credentials in use. */
    public Authorization authorization() {
        return authorization;
    }

    /**
     * Sends {@code call} with the client's credentials and returns the body of a 2xx response.
     *
     * @throws HertzClientException for any other status or when no response came
     */
    public String call(ApiCall call) {
        String header = authorization.header(this);
        HttpResponse<String> response = exchange(call, header);
        if (response.statusCode() == 401 && authorization.renew(this, header)) {
            response = exchange(call, authorization.header(this));
        }
        return successBody(call, response);
    }

    /** Sends {@code call} and reads the answer as {@code type}. */
    public <T> T get(ApiCall call, Class<T> type) {
        return read(call, Json.MAPPER.constructType(type));
    }

    /** Sends {@code call} and reads the answer as a list of {@code element}. */
    public <T> List<T> list(ApiCall call, Class<T> element) {
        return read(call, Json.MAPPER.getTypeFactory().constructCollectionType(List.class, element));
    }

    /** An answer already read as a tree, as {@code type}. */
    public <T> T convert(ApiCall call, JsonNode tree, Class<T> type) {
        try {
            return Json.MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw unexpected(call, tree.toString(), e);
        }
    }

    private <T> T read(ApiCall call, JavaType type) {
        String body = call(call);
        try {
            return Json.MAPPER.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw unexpected(call, body, e);
        }
    }

    /** A 2xx answer that is not what the endpoint promises (another server behind the URL?). */
    static HertzClientException unexpected(ApiCall call, String body, Exception e) {
        String why = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return new HertzClientException(200, "Unexpected answer: " + why, call.describe(), body, e);
    }

    /** The body of a 2xx {@code response}; otherwise the server's error as an exception. */
    String successBody(ApiCall call, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new HertzClientException(status, ErrorBodies.detail(status, response.body()), call.describe(),
                    response.body(), null);
        }
        return response.body();
    }

    /** Sends {@code call} with exactly the given {@code Authorization} header (null for none). */
    HttpResponse<String> exchange(ApiCall call, String authorizationHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + ApiCall.PREFIX + call.target()))
                .timeout(timeout)
                .header("Accept", "application/json");
        if (authorizationHeader != null) {
            request.header("Authorization", authorizationHeader);
        }
        if (call.hasBody()) {
            request.header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofString(Json.write(call.body()), StandardCharsets.UTF_8));
        } else {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw noResponse(call, "Connection timed out - could not connect to " + hostPort() + ".", e);
        } catch (HttpTimeoutException e) {
            throw noResponse(call, "No response from " + hostPort() + " within " + timeout.toMillis() + " ms.", e);
        } catch (ConnectException e) {
            throw noResponse(call, "Connection error - could not connect to " + hostPort() + ".", e);
        } catch (IOException e) {
            throw noResponse(call, "Connection error with " + hostPort() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw noResponse(call, "Interrupted while waiting for " + hostPort() + ".", e);
        }
    }

    private HertzClientException noResponse(ApiCall call, String detail, Exception cause) {
        return new HertzClientException(HertzClientException.NO_RESPONSE, detail, call.describe(), null, cause);
    }

    private String hostPort() {
        return URI.create(baseUrl).getAuthority();
    }

    @Override
    public void close() {
        http.close();
    }
}
