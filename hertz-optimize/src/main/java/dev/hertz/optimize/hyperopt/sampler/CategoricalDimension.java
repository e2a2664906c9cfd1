package dev.hertz.optimize.hyperopt.sampler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One of a list of choices (freqtrade's {@code Categorical} / {@code CategoricalParameter} /
 * {@code BooleanParameter}): strings, booleans, integers or doubles. A single choice is allowed,
 * as freqtrade's trailing space fixes {@code trailing_stop} to {@code [True]}.
 */
public record CategoricalDimension(String name, List<Object> choices) implements Dimension {
    public CategoricalDimension {
        SearchSpace.requireName(name);
        if (choices == null || choices.isEmpty()) {
            throw new IllegalArgumentException("dimension " + name + ": choices must not be empty");
        }
        Set<Object> seen = new HashSet<>();
        for (Object choice : choices) {
            if (choice == null) {
                throw new IllegalArgumentException("dimension " + name + ": choices must not contain null");
            }
            // a repeated choice would make a told value ambiguous
            if (!seen.add(choice)) {
                throw new IllegalArgumentException("dimension " + name + ": choice " + choice + " is listed twice");
            }
        }
        choices = List.copyOf(new ArrayList<>(choices));
    }
}
