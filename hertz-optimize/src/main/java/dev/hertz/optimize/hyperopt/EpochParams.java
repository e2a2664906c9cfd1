package dev.hertz.optimize.hyperopt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.bot.ExitSettings;
import dev.hertz.core.bot.RoiTable;
import dev.hertz.core.config.StakeAmount;
import dev.hertz.core.strategy.BooleanParameter;
import dev.hertz.core.strategy.CategoricalParameter;
import dev.hertz.core.strategy.DecimalParameter;
import dev.hertz.core.strategy.HyperParameter;
import dev.hertz.core.strategy.HyperParameters;
import dev.hertz.core.strategy.IntParameter;
import dev.hertz.core.strategy.RealParameter;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.optimize.hyperopt.sampler.Dimension;
import dev.hertz.optimize.hyperopt.sampler.Point;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One point of the search space as settings of a run (reference §8.2 step 4): the strategy
 * parameters' values, the ROI table, stoploss, trailing stop and {@code max_open_trades} it
 * stands for, and the {@code params_*} objects of the result file.
 *
 * @param values        dimension name → value, in dimension order
 * @param exits         the exit settings to simulate with
 * @param maxOpenTrades the slots of the epoch (-1 = unlimited)
 * @param protections   whether protections run
 */
public record EpochParams(Map<String, Object> values, ExitSettings exits, int maxOpenTrades, boolean protections) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param base             the strategy's own exit settings
     * @param baseMaxOpenTrades the run's {@code max_open_trades}
     * @param baseProtections  {@code --enable-protections}
     * @param stake            {@code stake_amount}: with {@code unlimited} the trades space keeps the configured slots
     */
    static EpochParams of(HyperoptSpace space, Point point, ExitSettings base, int baseMaxOpenTrades,
                          boolean baseProtections, StakeAmount stake) {
        List<Dimension> dims = space.dimensions();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < dims.size(); i++) {
            values.put(dims.get(i).name(), point.values().get(i));
        }
        RoiTable roi = space.has("roi") ? RoiTable.of(RoiSpace.table(values)) : base.minimalRoi();
        double stoploss = space.has("stoploss") ? number(values, "stoploss") : base.stoploss();
        boolean trailing = base.trailingStop();
        double positive = base.trailingStopPositive();
        double offset = base.trailingStopPositiveOffset();
        boolean onlyOffset = base.trailingOnlyOffsetIsReached();
        if (space.has("trailing")) {
            trailing = (Boolean) values.get("trailing_stop");
            positive = number(values, "trailing_stop_positive");
            offset = positive + number(values, "trailing_stop_positive_offset_p1");
            onlyOffset = (Boolean) values.get("trailing_only_offset_is_reached");
        }
        // optimising exit parameters only makes sense when exit signals are used
        boolean useExitSignal = base.useExitSignal() || space.has("sell");
        ExitSettings exits = new ExitSettings(roi, stoploss, trailing, positive, offset, onlyOffset,
                base.useCustomStoploss(), useExitSignal, base.exitProfitOnly(), base.exitProfitOffset(),
                base.ignoreRoiIfEntrySignal(), base.botChecksStoploss());
        int maxOpenTrades = baseMaxOpenTrades;
        if (space.has("trades") && !(stake instanceof StakeAmount.Unlimited)) {
            int n = ((Number) values.get("max_open_trades")).intValue();
            maxOpenTrades = n <= 0 ? -1 : n;
        }
        return new EpochParams(values, exits, maxOpenTrades, baseProtections || space.has("protection"));
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    /** Gives the strategy's parameters of the searched spaces the point's values. */
    void applyTo(Strategy strategy, HyperoptSpace space) {
        for (HyperParameters.Detected d : HyperParameters.detect(strategy)) {
            Object value = values.get(d.name());
            if (value != null && space.has(d.space())) {
                set(d.parameter(), value);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void set(HyperParameter<?> parameter, Object value) {
        switch (parameter) {
            case IntParameter p -> p.setValue(((Number) value).intValue());
            case DecimalParameter p -> p.setValue(((Number) value).doubleValue());
            case RealParameter p -> p.setValue(((Number) value).doubleValue());
            case BooleanParameter p -> p.setValue((Boolean) value);
            case CategoricalParameter<?> p -> ((CategoricalParameter<Object>) p).setValue(value);
        }
    }

    /**
     * Writes the epoch's settings over the strategy's in its statistics ({@code stoploss},
     * {@code minimal_roi}, trailing, {@code use_exit_signal}), so {@code results_metrics} and
     * {@code hyperopt-show} describe what was simulated.
     */
    void describeIn(ObjectNode stats, HyperoptSpace space) {
        stats.put("stoploss", exits.stoploss());
        if (space.has("roi")) {
            stats.set("minimal_roi", roiJson(RoiSpace.table(values)));
        }
        stats.setAll(trailingJson(exits));
        stats.put("use_exit_signal", exits.useExitSignal());
    }

    /** {@code params_dict}: the flat values. */
    ObjectNode paramsDict() {
        return JSON.valueToTree(values);
    }

    /** {@code params_details}: the optimised values grouped per space, ROI as a table. */
    ObjectNode paramsDetails(HyperoptSpace space) {
        ObjectNode details = JSON.createObjectNode();
        for (String name : List.of("buy", "sell", "protection")) {
            if (space.has(name)) {
                ObjectNode group = details.putObject(name);
                values.forEach((k, v) -> {
                    if (name.equals(space.spaceOf(k))) {
                        group.set(k, JSON.valueToTree(v));
                    }
                });
            }
        }
        if (space.has("roi")) {
            details.set("roi", roiJson(RoiSpace.table(values)));
        }
        if (space.has("stoploss")) {
            details.putObject("stoploss").put("stoploss", exits.stoploss());
        }
        if (space.has("trailing")) {
            details.set("trailing", trailingJson(exits));
        }
        if (space.has("trades")) {
            details.putObject("max_open_trades").put("max_open_trades", maxOpenTrades);
        }
        return details;
    }

    /** {@code params_not_optimized}: the values in effect for what the run did not search. */
    ObjectNode paramsNotOptimized(HyperoptSpace space, Strategy strategy, Map<Integer, Double> baseRoi) {
        ObjectNode rest = JSON.createObjectNode();
        for (HyperParameters.Detected d : HyperParameters.detect(strategy)) {
            if (!space.has(d.space()) || !d.parameter().isOptimize()) {
                ObjectNode group = rest.has(d.space()) ? (ObjectNode) rest.get(d.space()) : rest.putObject(d.space());
                group.set(d.name(), JSON.valueToTree(d.parameter().rawValue()));
            }
        }
        if (!space.has("roi")) {
            rest.set("roi", roiJson(baseRoi));
        }
        if (!space.has("stoploss")) {
            rest.putObject("stoploss").put("stoploss", exits.stoploss());
        }
        if (!space.has("trailing")) {
            rest.set("trailing", trailingJson(exits));
        }
        if (!space.has("trades")) {
            rest.putObject("max_open_trades").put("max_open_trades", maxOpenTrades);
        }
        return rest;
    }

    private static ObjectNode roiJson(Map<Integer, Double> table) {
        ObjectNode roi = JSON.createObjectNode();
        new TreeMap<>(table).forEach((k, v) -> roi.put(Integer.toString(k), v));
        return roi;
    }

    private static ObjectNode trailingJson(ExitSettings exits) {
        ObjectNode t = JSON.createObjectNode();
        t.put("trailing_stop", exits.trailingStop());
        if (Double.isNaN(exits.trailingStopPositive())) {
            t.putNull("trailing_stop_positive");
        } else {
            t.put("trailing_stop_positive", exits.trailingStopPositive());
        }
        t.put("trailing_stop_positive_offset", exits.trailingStopPositiveOffset());
        t.put("trailing_only_offset_is_reached", exits.trailingOnlyOffsetIsReached());
        return t;
    }
}
