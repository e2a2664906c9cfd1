package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.Map;

/** {@code /pairlists/available}: the pairlist handlers a configuration can use (webserver mode). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PairListsResponse(List<PairList> pairlists) {

    /**
     * One pairlist handler.
     *
     * @param isPairlistGenerator whether it can start a list (rather than only filter one)
     * @param params              parameter name → {@code {type, default, description, help}}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PairList(String name, String description, boolean isPairlistGenerator, Map<String, Object> params) {
    }
}
