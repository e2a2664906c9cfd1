package dev.hertz.core.strategy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;
import java.util.Set;

/**
 * A strategy value that hyperopt may tune: freqtrade's {@code BaseParameter}. Declare parameters
 * as fields of your strategy; the field name is the parameter name:
 *
 * <pre>{@code
 * final IntParameter buyRsi = new IntParameter(10, 40, 30).space("buy");
 * final DecimalParameter sellBbWidth = new DecimalParameter(0.01, 0.2, 0.05, 2);   // space "sell" from the name
 * ...
 * crossedAbove(rsi, buyRsi.value())
 * }</pre>
 *
 * <p><b>Space.</b> A parameter belongs to the {@code buy}, {@code sell} or {@code protection}
 * space: the one given with {@link #space(String)}, else the one its field name starts with
 * ({@code buy_rsi} or {@code buyRsi} → {@code buy}). A parameter with neither is not
 * hyperoptable; a name starting with one space but declared in another is an error.
 *
 * <p><b>Value.</b> The default given to the constructor, replaced when the bot starts by the value
 * stored in the strategy's parameter file ({@code <StrategyFile>.json}) or, failing that, in
 * {@link Strategy#buyParams} / {@code sellParams} / {@code protectionParams} — unless
 * {@link #load(boolean) load(false)} was set.
 *
 * @param <P> the concrete parameter type, so that the fluent setters keep it
 */
public abstract sealed class HyperParameter<P extends HyperParameter<P>>
        permits IntParameter, DecimalParameter, RealParameter, CategoricalParameter, BooleanParameter {

    /** The spaces a parameter can belong to. */
    public static final Set<String> SPACES = Set.of("buy", "sell", "protection");

    private String space;
    private boolean optimize = true;
    private boolean load = true;
    private String name;
    private boolean inSpace;

    HyperParameter() {
    }

    /**
     * Puts the parameter into the {@code buy}, {@code sell} or {@code protection} space.
     *
     * @return this parameter, for chaining
     * @throws IllegalArgumentException for any other space
     */
    public P space(String space) {
        if (!SPACES.contains(space)) {
            throw new IllegalArgumentException("Parameter space \"" + space
                    + "\" is not one of buy, sell, protection");
        }
        this.space = space;
        return self();
    }

    /**
     * Whether hyperopt searches this parameter (default true); {@code false} keeps its value fixed.
     *
     * @return this parameter, for chaining
     */
    public P optimize(boolean optimize) {
        this.optimize = optimize;
        return self();
    }

    /**
     * Whether a stored value (parameter file, {@code buyParams}...) replaces the default (default true).
     *
     * @return this parameter, for chaining
     */
    public P load(boolean load) {
        this.load = load;
        return self();
    }

    /** The space: given explicitly or, once the strategy was started, taken from the name. */
    public Optional<String> space() {
        return Optional.ofNullable(space);
    }

    /** Whether hyperopt searches this parameter. */
    public boolean isOptimize() {
        return optimize;
    }

    /** Whether stored values replace the default. */
    public boolean isLoad() {
        return load;
    }

    /** The field name; known once the strategy was started. */
    public String name() {
        return name;
    }

    /**
     * Whether the current run is a hyperopt run searching this parameter's space; only then do
     * the {@code range()} methods return the whole search range.
     */
    public boolean inSpace() {
        return inSpace;
    }

    /** The current value, boxed (an {@code Integer}, {@code Double}, {@code Boolean} or category). */
    public abstract Object rawValue();

    /** Sets the value from a stored JSON value; throws {@link IllegalArgumentException} naming what was wrong. */
    abstract void loadValue(JsonNode value);

    /** freqtrade's {@code can_optimize()}: hyperopt is searching this parameter right now. */
    boolean searching() {
        return inSpace && optimize;
    }

    void bind(String name, String space, boolean inSpace) {
        this.name = name;
        this.space = space;
        this.inSpace = inSpace;
    }

    @SuppressWarnings("unchecked")
    private P self() {
        return (P) this;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + rawValue() + ")";
    }
}
