package dev.hertz.core.rpc;

/** {@code /version}. */
public record Version(String version) {
}
