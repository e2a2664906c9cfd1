package dev.hertz.api.schema;

import dev.hertz.api.http.Body;

import java.util.List;

/** {@code POST /blacklist}: pairs or wildcards to add. */
public record BlacklistPayload(List<String> blacklist) {

    public static BlacklistPayload from(Body body) {
        body.requireObject();
        BlacklistPayload p = new BlacklistPayload(body.stringList("blacklist", true));
        body.validate();
        return p;
    }
}
