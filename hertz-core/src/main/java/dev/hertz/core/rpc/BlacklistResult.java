package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.Map;

/**
 * {@code /blacklist}: the configured entries (wildcards included), their expansion against the
 * exchange's markets, and per rejected entry why.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BlacklistResult(List<String> method, int length, List<String> blacklist,
                              List<String> blacklistExpanded, Map<String, Error> errors) {
    public BlacklistResult {
        method = List.copyOf(method);
        blacklist = List.copyOf(blacklist);
        blacklistExpanded = List.copyOf(blacklistExpanded);
        errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    /** Why one entry was not added or removed. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Error(String errorMsg) {
    }
}
