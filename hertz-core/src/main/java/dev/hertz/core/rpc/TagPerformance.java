package dev.hertz.core.rpc;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.Map;

/**
 * {@code /entries}, {@code /exits} and {@code /mix_tags}: performance per enter tag, exit reason or
 * {@code "<enter_tag> <exit_reason>"} combination. {@code kind} names the JSON key of the tag
 * ({@code enter_tag}, {@code exit_reason}, {@code mix_tag}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TagPerformance(@JsonIgnore String kind, @JsonIgnore String tag, double profitRatio, double profitPct,
                             double profitAbs, int count) {

    /** Writes the tag under its kind's key. */
    @JsonAnyGetter
    public Map<String, String> tagField() {
        return Map.of(kind, tag);
    }
}
