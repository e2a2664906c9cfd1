package dev.hertz.app.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.app.AppContext;
import dev.hertz.app.CommandException;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.strategy.StrategyLoadException;
import dev.hertz.core.strategy.StrategyResolver;
import dev.hertz.optimize.hyperopt.results.Epoch;
import dev.hertz.optimize.hyperopt.results.EpochDetails;
import dev.hertz.optimize.hyperopt.results.EpochFilter;
import dev.hertz.optimize.hyperopt.results.ParameterExport;
import dev.hertz.optimize.results.BacktestReport;
import dev.hertz.optimize.results.BacktestStats;
import dev.hertz.optimize.results.ResultFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code hyperopt-show}: one epoch of a stored hyperopt run (the last by default): its backtest
 * report, then its parameters; its parameters are also written to the strategy's parameter file
 * {@code <Strategy>.json}, as freqtrade does, unless {@code --disable-param-export}.
 */
@Command(name = "hyperopt-show", description = "Show details of Hyperopt results", mixinStandardHelpOptions = true)
public final class HyperoptShowCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(HyperoptShowCommand.class);

    private final AppContext ctx;

    @Mixin
    private CommonOptions common = new CommonOptions();
    @Option(names = "--best", description = "Select only best epochs.")
    private boolean best;
    @Option(names = "--profitable", description = "Select only profitable epochs.")
    private boolean profitable;
    @Option(names = {"-n", "--index"}, paramLabel = "INT", description = "Specify the index of the epoch to print "
            + "details for.")
    private int index = -1;
    @Option(names = "--print-json", description = "Print output in JSON format.")
    private boolean printJson;
    @Option(names = "--hyperopt-filename", paramLabel = "FILENAME", description = "Hyperopt result filename. "
            + "Example: `--hyperopt-filename=hyperopt_results_2020-09-27_16-20-48.pickle`")
    private String hyperoptFilename;
    @Option(names = "--no-header", description = "Do not print epoch details header.")
    private boolean noHeader;
    @Option(names = "--disable-param-export", description = "Disable automatic hyperopt parameter export.")
    private boolean disableParamExport;
    @Option(names = "--breakdown", arity = "1..*", paramLabel = "{day,week,month}",
            description = "Show backtesting breakdown per [day, week, month].")
    private List<String> breakdown = new ArrayList<>();

    public HyperoptShowCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (index == 0) {
            throw new CommandException("-n/--index: 0 is not a non-zero integer");
        }
        for (String period : breakdown) {
            if (!List.of("day", "week", "month").contains(period)) {
                throw new CommandException("--breakdown: invalid choice: '" + period + "' (choose from 'day', 'week', 'month')");
            }
        }
        LoadedConfig loaded = ConfigSupport.load(ctx, common.toArgs().runMode(RunMode.UTIL_NO_EXCHANGE)
                .requireConfigFile(false).build());
        ObjectNode config = loaded.config();
        EpochFilter filter = new EpochFilter(best, profitable, 0, 0, null, null, null, null, null, null, null, null);
        StoredEpochs stored = StoredEpochs.load(ctx, config, hyperoptFilename, filter);
        int filtered = stored.epochs().size();
        if (index > filtered) {
            throw new CommandException("The index of the epoch to show should be less than " + (filtered + 1) + ".");
        }
        if (index < -filtered) {
            throw new CommandException("The index of the epoch to show should be greater than " + (-filtered - 1) + ".");
        }
        Epoch epoch = stored.epochs().get(index > 0 ? index - 1 : filtered + index);
        JsonNode strategyName = epoch.resultsMetrics().get("strategy_name");
        if (strategyName != null && strategyName.isTextual()) {
            ctx.out().print(BacktestReport.render(backtestResult(strategyName.asText(), epoch.resultsMetrics()), breakdown));
            boolean exportDisabled = disableParamExport || config.path("disableparamexport").asBoolean(false);
            if (epoch.fthyptFileversion() >= 2 && !exportDisabled) {
                exportParameters(config, strategyName.asText(), epoch);
            }
        }
        ctx.out().print(EpochDetails.render(epoch, stored.totalEpochs(), printJson, noHeader, "Epoch details"));
        return 0;
    }

    /** The result object {@link BacktestReport} prints: the epoch's statistics as the only strategy. */
    private static ObjectNode backtestResult(String strategyName, ObjectNode metrics) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ObjectNode strategies = result.putObject("strategy");
        strategies.set(strategyName, metrics);
        JsonNode perPair = metrics.get("results_per_pair");
        // the summary line is the TOTAL row of the pair table; statistics without one print no summary
        result.set("strategy_comparison", perPair != null && perPair.isArray() && !perPair.isEmpty()
                ? BacktestStats.strategyComparison(strategies) : JsonNodeFactory.instance.arrayNode());
        return result;
    }

    private void exportParameters(ObjectNode config, String strategyName, Epoch epoch) {
        Path file;
        try {
            file = new StrategyResolver(ctx.cwd()).parameterFile(strategyName, config);
        } catch (StrategyLoadException e) {
            LOG.warn("Strategy not found, not exporting parameter file.");
            return;
        }
        try {
            ParameterExport.write(file, epoch, strategyName, Instant.now());
        } catch (ResultFileException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
