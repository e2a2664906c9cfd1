package dev.hertz.core.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One entry of {@code pairlists}: the handler {@code method} and its own parameters, kept raw for
 * the handler to read.
 */
public record PairlistConfig(String method, ObjectNode params) {

    public PairlistConfig {
        params = params.deepCopy();
        params.remove("method");
    }

    /** A copy of the handler's parameters (every key but {@code method}). */
    @Override
    public ObjectNode params() {
        return params.deepCopy();
    }
}
