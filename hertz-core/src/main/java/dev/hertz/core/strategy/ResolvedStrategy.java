package dev.hertz.core.strategy;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A loaded strategy and the configuration it was merged with.
 *
 * @param strategy the strategy, its attributes final
 * @param config   the configuration after the merge and the final validation
 * @param warnings what the validation wants the user to know
 */
public record ResolvedStrategy(Strategy strategy, ObjectNode config, List<String> warnings) {

    public ResolvedStrategy {
        config = config.deepCopy();
        warnings = List.copyOf(warnings);
    }

    /** A copy of the final configuration tree. */
    @Override
    public ObjectNode config() {
        return config.deepCopy();
    }
}
