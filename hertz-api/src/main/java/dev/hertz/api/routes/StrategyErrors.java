package dev.hertz.api.routes;

import dev.hertz.api.http.ApiException;
import dev.hertz.core.rpc.RpcException;

import java.util.function.Supplier;

/**
 * Endpoints that load a strategy answer with {@code {"detail": ...}} rather than the RPC error
 * body: 404 when it does not exist (or is not the running one), 502 when it fails to load.
 */
final class StrategyErrors {
    private StrategyErrors() {
    }

    static <T> T detailed(Supplier<T> call) {
        try {
            return call.get();
        } catch (RpcException e) {
            throw new ApiException(e.kind() == RpcException.Kind.NOT_FOUND ? 404 : 502, e.getMessage());
        }
    }

    /** freqtrade refuses names with {@code :} (its base64 strategy syntax); 400 rather than its 500. */
    static void refuseEncoded(String name) {
        if (name != null && name.contains(":")) {
            throw ApiException.badRequest("base64 encoded strategies are not allowed.");
        }
    }
}
