package dev.hertz.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.api.http.Body;
import dev.hertz.api.http.ValidationException;

import java.util.List;

/**
 * {@code POST /pairlists/evaluate}: a trial chain ({@code [{"method": ..., params}]}), a blacklist and
 * the stake currency. FreqUI may add {@code exchange}, {@code trading_mode} and {@code margin_mode};
 * the configured exchange is used.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PairlistsPayload(List<JsonNode> pairlists, List<String> blacklist, String stakeCurrency) {

    public static PairlistsPayload from(Body body) {
        body.requireObject();
        PairlistsPayload p = new PairlistsPayload(body.objects("pairlists", true), body.stringList("blacklist", true),
                body.string("stake_currency", true));
        body.validate();
        for (int i = 0; i < p.pairlists().size(); i++) {
            if (!p.pairlists().get(i).path("method").isTextual()) {
                throw new ValidationException(ValidationException.Error.of("missing",
                        List.of("body", "pairlists", i, "method"), "Field required", null));
            }
        }
        return p;
    }
}
