package dev.hertz.optimize.hyperopt;

import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.strategy.BooleanParameter;
import dev.hertz.core.strategy.CategoricalParameter;
import dev.hertz.core.strategy.DecimalParameter;
import dev.hertz.core.strategy.HyperParameter;
import dev.hertz.core.strategy.HyperParameters;
import dev.hertz.core.strategy.IntParameter;
import dev.hertz.core.strategy.RealParameter;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.optimize.hyperopt.sampler.CategoricalDimension;
import dev.hertz.optimize.hyperopt.sampler.DecimalDimension;
import dev.hertz.optimize.hyperopt.sampler.Dimension;
import dev.hertz.optimize.hyperopt.sampler.IntDimension;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search space of a hyperopt run (reference §8.1): the selected spaces' dimensions in
 * freqtrade's order — strategy parameters of buy, sell and protection, then the generated ROI
 * table, stoploss, trailing stop and {@code max_open_trades} — and which space each belongs to.
 */
public final class HyperoptSpace {
    /** The spaces in dimension order. */
    public static final List<String> SPACES = List.of("buy", "sell", "protection", "roi", "stoploss", "trailing",
            "trades");
    private static final List<String> DEFAULT = List.of("buy", "sell", "roi", "stoploss");
    /** A continuous {@code RealParameter} is searched on a grid this fine. */
    private static final int REAL_DECIMALS = 6;

    private final Set<String> spaces;
    private final List<Dimension> dimensions = new ArrayList<>();
    private final Map<String, String> spaceOf = new LinkedHashMap<>();

    private HyperoptSpace(Set<String> spaces) {
        this.spaces = spaces;
    }

    /**
     * @param requested       {@code --spaces} values ({@code default} and {@code all} included)
     * @param strategy        the strategy whose parameters fill buy, sell and protection
     * @param timeframeMinutes the strategy timeframe, which scales the ROI space
     * @param ignoreMissing   {@code --ignore-missing-spaces}: a parameter space without parameters is skipped
     * @throws ConfigurationError for an unknown space, or a parameter space without optimisable parameters
     */
    public static HyperoptSpace of(List<String> requested, Strategy strategy, long timeframeMinutes,
                                   boolean ignoreMissing) {
        HyperoptSpace space = new HyperoptSpace(select(requested));
        for (String name : List.of("buy", "sell", "protection")) {
            if (space.spaces.contains(name)) {
                space.addParameters(strategy, name, ignoreMissing);
            }
        }
        if (space.spaces.contains("roi")) {
            RoiSpace.dimensions(timeframeMinutes).forEach(d -> space.add("roi", d));
        }
        if (space.spaces.contains("stoploss")) {
            space.add("stoploss", new DecimalDimension("stoploss", -0.35, -0.02, 3));
        }
        if (space.spaces.contains("trailing")) {
            space.add("trailing", new CategoricalDimension("trailing_stop", List.of(true)));
            space.add("trailing", new DecimalDimension("trailing_stop_positive", 0.01, 0.35, 3));
            space.add("trailing", new DecimalDimension("trailing_stop_positive_offset_p1", 0.001, 0.1, 3));
            space.add("trailing", new CategoricalDimension("trailing_only_offset_is_reached", List.of(true, false)));
        }
        if (space.spaces.contains("trades")) {
            space.add("trades", new IntDimension("max_open_trades", -1, 10));
        }
        if (space.dimensions.isEmpty()) {
            throw new ConfigurationError("The selected spaces " + space.spaces + " have nothing to optimize.");
        }
        return space;
    }

    /** {@code default} → buy, sell, roi, stoploss; {@code all} → every space. */
    static Set<String> select(List<String> requested) {
        Set<String> selected = new LinkedHashSet<>();
        for (String name : requested.isEmpty() ? List.of("default") : requested) {
            switch (name) {
                case "default" -> selected.addAll(DEFAULT);
                case "all" -> selected.addAll(SPACES);
                default -> {
                    if (!SPACES.contains(name)) {
                        throw new ConfigurationError("Unknown hyperopt space '" + name + "'. Valid spaces: "
                                + String.join(", ", SPACES) + ", default, all.");
                    }
                    selected.add(name);
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        SPACES.stream().filter(selected::contains).forEach(ordered::add);
        return ordered;
    }

    private void addParameters(Strategy strategy, String space, boolean ignoreMissing) {
        List<HyperParameters.Detected> found = HyperParameters.detect(strategy, space).stream()
                .filter(d -> d.parameter().isOptimize()).toList();
        if (found.isEmpty()) {
            if (ignoreMissing) {
                return;
            }
            throw new ConfigurationError("The '" + space + "' space is included into the hyperoptimization but no "
                    + "parameter for this space was found in your Strategy. Please make sure to have parameters for "
                    + "this space enabled for optimization or remove the '" + space + "' space from hyperoptimization.");
        }
        for (HyperParameters.Detected d : found) {
            add(space, dimension(d.name(), d.parameter()));
        }
    }

    private static Dimension dimension(String name, HyperParameter<?> p) {
        return switch (p) {
            case IntParameter i -> new IntDimension(name, i.low(), i.high());
            case DecimalParameter d -> new DecimalDimension(name, d.low(), d.high(), d.decimals());
            case RealParameter r -> new DecimalDimension(name, r.low(), r.high(), REAL_DECIMALS);
            case CategoricalParameter<?> c -> new CategoricalDimension(name, List.copyOf(c.categories()));
            case BooleanParameter b -> new CategoricalDimension(name, List.of(true, false));
        };
    }

    private void add(String space, Dimension d) {
        dimensions.add(d);
        spaceOf.put(d.name(), space);
    }

    public List<Dimension> dimensions() {
        return List.copyOf(dimensions);
    }

    public boolean has(String space) {
        return spaces.contains(space);
    }

    /** The space of a dimension. */
    String spaceOf(String dimension) {
        return spaceOf.get(dimension);
    }

    /** The selected spaces in dimension order. */
    public List<String> spaces() {
        return List.copyOf(spaces);
    }
}
