package dev.hertz.client;

/**
 * A request failed: the server answered with an error status, or no answer came (connection
 * refused, time-out). {@link #detail()} is the server's own message, whichever form it used:
 * {@code {"detail": "..."}}, a validation list ({@code 422}, rendered as
 * {@code body.pair: Field required}) or the bot's {@code {"error": "..."}} ({@code 502}).
 */
public final class HertzClientException extends RuntimeException {
    /** {@link #status()} when no HTTP response was received. */
    public static final int NO_RESPONSE = 0;

    private final int status;
    private final String detail;
    private final String request;
    private final String body;

    /**
     * @param status  the HTTP status, or {@link #NO_RESPONSE}
     * @param detail  the server's message, or what went wrong when there was no response
     * @param request the request, e.g. {@code GET /api/v1/status}
     * @param body    the raw response body; null without a response
     */
    public HertzClientException(int status, String detail, String request, String body, Throwable cause) {
        super(message(status, detail, request), cause);
        this.status = status;
        this.detail = detail;
        this.request = request;
        this.body = body;
    }

    private static String message(int status, String detail, String request) {
        return status == NO_RESPONSE ? detail + " (" + request + ")"
                : "HTTP " + status + " from " + request + ": " + detail;
    }

    /** The HTTP status code (401, 404, 422, 502, ...), or {@link #NO_RESPONSE} (0) when none was received. */
    public int status() {
        return status;
    }

    /** The server's message ({@code detail} or {@code error}), or the cause when no response was received. */
    public String detail() {
        return detail;
    }

    /** The failed request, e.g. {@code GET /api/v1/trade/42}. */
    public String request() {
        return request;
    }

    /** The response body as received; null when there was no response. */
    public String body() {
        return body;
    }
}
