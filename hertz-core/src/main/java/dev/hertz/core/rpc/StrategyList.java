package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** {@code /strategies}: class names, sorted. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StrategyList(List<String> strategies) {
    public StrategyList {
        strategies = List.copyOf(strategies);
    }
}
