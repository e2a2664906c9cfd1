package dev.hertz.core.rpc;

/** {@code {"status": ...}}: the reply of start, stop, stopentry and reload_config. */
public record StatusMsg(String status) {
}
