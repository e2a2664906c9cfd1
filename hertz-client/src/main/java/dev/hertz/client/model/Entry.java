package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One entry tag of {@code /entries}: the closed trades' profit per {@code enter_tag}.
 *
 * @param enterTag {@code "Other"} for trades without a tag
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Entry(String enterTag, double profitRatio, double profitPct, double profitAbs, int count) {
}
