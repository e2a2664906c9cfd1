package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.Map;

/**
 * {@code /blacklist}: the blacklist after the request, with what went wrong per pair.
 *
 * @param blacklist         the configured entries, wildcards included ({@code BNB/.*})
 * @param blacklistExpanded the entries matched against the exchange's markets
 * @param errors            keyed by the pair that could not be added or removed
 * @param method            the pairlist handlers in use
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BlacklistResponse(List<String> blacklist, List<String> blacklistExpanded, Map<String, PairError> errors,
                                int length, List<String> method) {

    /** Why one pair of the request was refused, e.g. {@code "Pair XRP/USDT already in pairlist."}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PairError(String errorMsg) {
    }
}
