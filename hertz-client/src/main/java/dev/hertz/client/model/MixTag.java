package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One row of {@code /mix_tags}: the closed trades' profit per entry tag and exit reason.
 *
 * @param mixTag {@code "<enter_tag> <exit_reason>"}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MixTag(String mixTag, double profitRatio, double profitPct, double profitAbs, int count) {
}
