package dev.hertz.notify.webhook;

import dev.hertz.core.config.WebhookConfig.Format;
import dev.hertz.notify.delivery.OutageLog;
import dev.hertz.notify.delivery.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * POSTs a rendered payload as freqtrade's webhook does: the body in the configured format, each
 * attempt bounded by the timeout, failed attempts (no answer, or an HTTP status of 400 and up)
 * repeated {@code retries} times after {@code retry_delay}. It blocks the calling thread, which
 * is the handler's own delivery thread (see {@code RpcManager}), never the bot's.
 */
public final class WebhookSender {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

    private final URI url;
    private final Format format;
    private final Duration timeout;
    private final Retry retry;
    private final OutageLog outage;
    private final HttpClient client;

    /**
     * @param destination how the log names the receiver ("Webhook", "Discord")
     * @param retries     extra attempts after a failed one
     * @param retryDelay  the wait before each extra attempt
     */
    public WebhookSender(String destination, URI url, Format format, int retries, Duration retryDelay,
                         Duration timeout) {
        this.url = url;
        this.format = format;
        this.timeout = timeout;
        this.retry = new Retry(retries + 1, retryDelay, retryDelay);
        this.outage = new OutageLog(LOG, destination);
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                // requests, which freqtrade posts with, follows redirects
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Sends {@code payload} (for {@code raw}, its {@code data} value alone); returns whether an
     * attempt succeeded. A final failure is logged once per outage, not thrown.
     *
     * @throws IllegalArgumentException when the format is {@code raw} and there is no {@code data}
     */
    public boolean send(Map<String, ?> payload) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", contentType())
                .POST(HttpRequest.BodyPublishers.ofString(body(payload), StandardCharsets.UTF_8))
                .build();
        return retry.run("POST of a " + format.value() + " payload", outage, () -> {
            // only the status matters; not waiting for the body keeps a receiver that stalls after
            // its headers from holding this thread beyond the timeout
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            if (response.statusCode() >= 400) {
                throw new IOException("HTTP status " + response.statusCode() + " for url: " + url.getHost());
            }
        });
    }

    private String contentType() {
        return switch (format) {
            case FORM -> "application/x-www-form-urlencoded";
            case JSON -> "application/json";
            case RAW -> "text/plain";
        };
    }

    private String body(Map<String, ?> payload) {
        return switch (format) {
            case FORM -> payload.entrySet().stream()
                    .map(e -> formEncode(e.getKey()) + "=" + formEncode(PythonText.str(e.getValue())))
                    .collect(Collectors.joining("&"));
            case JSON -> PythonJson.dumps(payload);
            case RAW -> {
                if (!payload.containsKey("data")) {
                    throw new IllegalArgumentException("a raw webhook payload needs the key 'data'");
                }
                yield PythonText.str(payload.get("data"));
            }
        };
    }

    /** Python's {@code quote_plus}, which differs from {@link URLEncoder} only in {@code *} and {@code ~}. */
    private static String formEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("*", "%2A").replace("%7E", "~");
    }

    /** A config value in seconds ({@code timeout}, {@code retry_delay}) as a duration. */
    public static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    /** Stops the HTTP client's threads; a request in flight is abandoned. */
    public void close() {
        client.shutdownNow();
    }
}
