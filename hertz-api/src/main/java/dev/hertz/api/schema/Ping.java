package dev.hertz.api.schema;

/** {@code /ping}. */
public record Ping(String status) {
    public static final Ping PONG = new Ping("pong");
}
