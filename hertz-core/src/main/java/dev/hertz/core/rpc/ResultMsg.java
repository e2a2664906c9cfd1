package dev.hertz.core.rpc;

/** {@code {"result": ...}}: the reply of force exit. */
public record ResultMsg(String result) {
}
