package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.core.pairlist.PairListManager;

import java.util.LinkedHashMap;
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
        errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** Appends each entry not yet listed (checked as a wildcard) to the in-memory blacklist; then the result. */
    static BlacklistResult adding(PairListManager pairlists, List<String> add) {
        Map<String, Error> errors = new LinkedHashMap<>();
        for (String pair : add) {
            if (pairlists.blacklist().contains(pair)) {
                errors.put(pair, new Error("Pair " + pair + " already in pairlist."));
                continue;
            }
            try {
                pairlists.addToBlacklist(pair);
            } catch (IllegalArgumentException e) {
                errors.put(pair, new Error("Pair " + pair + " is not a valid wildcard."));
            }
        }
        return of(pairlists, errors);
    }

    /** Removes the listed entries from the in-memory blacklist; then the result. */
    static BlacklistResult deleting(PairListManager pairlists, List<String> delete) {
        Map<String, Error> errors = new LinkedHashMap<>();
        for (String pair : delete) {
            if (!pairlists.removeFromBlacklist(pair)) {
                errors.put(pair, new Error("Pair " + pair + " is not in the current blacklist."));
            }
        }
        return of(pairlists, errors);
    }

    private static BlacklistResult of(PairListManager pairlists, Map<String, Error> errors) {
        List<String> list = pairlists.blacklist();
        return new BlacklistResult(pairlists.nameList(), list.size(), list, pairlists.expandedBlacklist(), errors);
    }

    /** Why one entry was not added or removed. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Error(String errorMsg) {
    }
}
