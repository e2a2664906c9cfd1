package dev.hertz.api.schema;

import java.time.Instant;

/**
 * One element of the {@code POST /locks} body (a JSON list): {@code pair} ({@code *} = all pairs),
 * {@code side} ({@code *}, {@code long}, {@code short}), {@code until} with a time zone, {@code reason}.
 */
public record LockRequest(String pair, String side, Instant until, String reason) {
}
