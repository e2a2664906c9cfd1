package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.strategy.BooleanParameter;
import dev.hertz.core.strategy.CategoricalParameter;
import dev.hertz.core.strategy.DecimalParameter;
import dev.hertz.core.strategy.HyperParameter;
import dev.hertz.core.strategy.HyperParameters;
import dev.hertz.core.strategy.IntParameter;
import dev.hertz.core.strategy.RealParameter;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.StrategyTemplates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A loaded strategy as {@code /strategy/{name}} and {@code /plot_config} show it. */
final class StrategyJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SPACE_ORDER = List.of("buy", "sell", "protection");

    private StrategyJson() {
    }

    static StrategyInfo info(Strategy strategy) {
        List<StrategyInfo.Parameter> params = new ArrayList<>();
        HyperParameters.detect(strategy).stream()
                .sorted(Comparator.comparing((HyperParameters.Detected d) -> SPACE_ORDER.indexOf(d.space()))
                        .thenComparing(HyperParameters.Detected::name))
                .forEach(d -> params.add(parameter(d)));
        return new StrategyInfo(strategy.name(), code(strategy), timeframe(strategy), params);
    }

    /**
     * The strategy's {@code plot_config}: {@code {}} when it has none, {@code subplots} added as
     * {@code {}} when it has a plot config without them.
     */
    static ObjectNode plotConfig(Strategy strategy) {
        ObjectNode config;
        try {
            config = JSON.valueToTree(strategy.plotConfig());
        } catch (RuntimeException | LinkageError e) {
            throw new RpcException(RpcException.Kind.LOAD_FAILED,
                    "Strategy " + strategy.name() + " failed in plotConfig: " + e, e);
        }
        if (config == null) {
            return JSON.createObjectNode();
        }
        if (!config.isEmpty() && !config.has("subplots")) {
            config.putObject("subplots");
        }
        return config;
    }

    private static StrategyInfo.Parameter parameter(HyperParameters.Detected d) {
        HyperParameter<?> p = d.parameter();
        String type = p.getClass().getSimpleName();
        return switch (p) {
            case IntParameter i -> new StrategyInfo.Parameter(type, d.name(), d.space(), p.isLoad(), p.isOptimize(),
                    i.value(), i.low(), i.high(), null, null);
            case RealParameter r -> new StrategyInfo.Parameter(type, d.name(), d.space(), p.isLoad(),
                    p.isOptimize(), r.value(), r.low(), r.high(), null, null);
            case DecimalParameter m -> new StrategyInfo.Parameter(type, d.name(), d.space(), p.isLoad(),
                    p.isOptimize(), m.value(), m.low(), m.high(), m.decimals(), null);
            case BooleanParameter b -> new StrategyInfo.Parameter(type, d.name(), d.space(), p.isLoad(),
                    p.isOptimize(), b.value(), null, null, null, List.of(true, false));
            case CategoricalParameter<?> c -> new StrategyInfo.Parameter(type, d.name(), d.space(), p.isLoad(),
                    p.isOptimize(), c.value(), null, null, null, List.copyOf(c.categories()));
        };
    }

    private static String timeframe(Strategy strategy) {
        try {
            return strategy.timeframe();
        } catch (IllegalStateException none) {
            return null;
        }
    }

    /** The source text: the strategy's {@code .java} file, the sample strategy's bundled source, or a note. */
    private static String code(Strategy strategy) {
        Path file = strategy.sourceFile().orElse(null);
        if (file == null) {
            return StrategyTemplates.SAMPLE_FILE.equals(strategy.name() + ".java") ? StrategyTemplates.sampleStrategy()
                    : "// " + strategy.name() + " is built into Hertz (" + strategy.getClass().getName()
                    + "); its source is not bundled.\n";
        }
        if (!file.getFileName().toString().endsWith(".java")) {
            return "// " + strategy.name() + " was loaded compiled from " + file.getFileName()
                    + "; its source is not available.\n";
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new RpcException(RpcException.Kind.LOAD_FAILED, "Could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
