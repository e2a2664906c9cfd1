package dev.hertz.optimize.hyperopt.sampler;

import java.util.List;
import java.util.Locale;

/** The hyperopt samplers by name, as {@code --hyperopt-sampler} (or the runner) names them. */
public final class Samplers {
    private static final List<String> NAMES = List.of("tpe", "random", "cmaes", "nsga2");

    private Samplers() {
    }

    /** "tpe" (default), "random", "cmaes", "nsga2"; IllegalArgumentException listing the valid names otherwise. */
    public static Sampler create(String name, List<Dimension> space, long seed) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (!NAMES.contains(key)) {
            throw new IllegalArgumentException("unknown sampler '" + name + "', valid samplers are "
                    + String.join(", ", NAMES));
        }
        SearchSpace searchSpace = new SearchSpace(space);
        return switch (key) {
            case "random" -> new RandomSampler(searchSpace, seed);
            case "cmaes" -> new CmaEsSampler(searchSpace, seed);
            case "nsga2" -> new Nsga2Sampler(searchSpace, seed);
            default -> new TpeSampler(searchSpace, seed);
        };
    }

    /** The valid names, the default ("tpe") first. */
    public static List<String> names() {
        return NAMES;
    }
}
