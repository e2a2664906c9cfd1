package dev.hertz.core.strategy;

import java.util.Optional;

/**
 * One row of {@code list-strategies}.
 *
 * @param name           the strategy's class name; {@code ""} for a file that failed to load
 * @param location       the file relative to the searched folder, or {@code <builtin>}
 * @param status         whether it can be used
 * @param problem        why it failed to load
 * @param buyParameters  hyperopt parameters in the buy space
 * @param sellParameters hyperopt parameters in the sell space
 * @param parameters     hyperopt parameters in all spaces
 */
public record StrategyListing(String name, String location, Status status, Optional<String> problem,
                              int buyParameters, int sellParameters, int parameters) {

    /** The {@code Status} column. */
    public enum Status {
        /** Loads fine and its name is unique. */
        OK("OK"),
        /** Does not compile, cannot be read or cannot be constructed. */
        LOAD_FAILED("LOAD FAILED"),
        /** Loads, but another strategy found has the same name; the first one found wins. */
        DUPLICATE_NAME("DUPLICATE NAME");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** As {@code list-strategies} prints it. */
        public String label() {
            return label;
        }
    }

    /** Whether the strategy has any hyperopt parameter. */
    public boolean hyperoptable() {
        return parameters > 0;
    }
}
