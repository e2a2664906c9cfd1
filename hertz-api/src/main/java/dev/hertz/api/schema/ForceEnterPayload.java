package dev.hertz.api.schema;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.api.http.Body;

/** {@code POST /forceenter} (and {@code /forcebuy}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ForceEnterPayload(String pair, String side, Double price, String ordertype, Double stakeamount,
                                String entryTag, Double leverage) {

    /** Reads and validates the body (422 listing every bad field). */
    public static ForceEnterPayload from(Body body) {
        body.requireObject();
        ForceEnterPayload p = new ForceEnterPayload(body.string("pair", true), body.oneOf("side", false, "long", "short"),
                body.number("price", false), body.oneOf("ordertype", false, "limit", "market"),
                body.number("stakeamount", false), body.string("entry_tag", false), body.number("leverage", false));
        body.validate();
        return p;
    }
}
