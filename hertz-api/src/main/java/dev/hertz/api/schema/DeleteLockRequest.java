package dev.hertz.api.schema;

import dev.hertz.api.http.Body;

/** {@code POST /locks/delete}: a pair, a lock id, or both. */
public record DeleteLockRequest(String pair, Long lockid) {

    public static DeleteLockRequest from(Body body) {
        body.requireObject();
        DeleteLockRequest p = new DeleteLockRequest(body.string("pair", false), body.integer("lockid", false));
        body.validate();
        return p;
    }
}
