package dev.hertz.api.schema;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.api.http.Body;

/** {@code POST /forceexit} (and {@code /forcesell}): {@code tradeid} is an id or {@code "all"}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ForceExitPayload(String tradeid, String ordertype, Double amount, Double price) {

    public static ForceExitPayload from(Body body) {
        body.requireObject();
        ForceExitPayload p = new ForceExitPayload(body.stringOrInt("tradeid", true),
                body.oneOf("ordertype", false, "limit", "market"), body.number("amount", false),
                body.number("price", false));
        body.validate();
        return p;
    }
}
