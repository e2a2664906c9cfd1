package dev.hertz.app.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.app.AppContext;
import dev.hertz.app.CommandException;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.exchange.Exchanges;
import dev.hertz.optimize.backtest.BacktestMarkets;
import dev.hertz.optimize.hyperopt.Hyperopt;
import dev.hertz.optimize.hyperopt.HyperoptOptions;
import dev.hertz.optimize.hyperopt.results.Epoch;
import dev.hertz.optimize.hyperopt.sampler.Samplers;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code hyperopt}: searches the strategy's parameter spaces with backtests, keeping every epoch in
 * a {@code .fthypt} file and writing the best parameters beside the strategy.
 */
@Command(name = "hyperopt", description = "Hyperopt module.", mixinStandardHelpOptions = true)
public final class HyperoptCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Mixin
    private CommonOptions common;
    @Mixin
    private StrategyOptions strategy;
    @Mixin
    private OptimizeOptions optimize;
    @Option(names = {"-e", "--epochs"}, paramLabel = "INT", description = "Specify number of epochs (default: 100).")
    private int epochs = 100;
    @Option(names = "--spaces", paramLabel = "SPACES", arity = "1..*", description = "Specify which parameters to hyperopt. "
            + "Space-separated list. (all, buy, sell, roi, stoploss, trailing, protection, trades, default)")
    private List<String> spaces = List.of("default");
    @Option(names = {"-j", "--job-workers"}, paramLabel = "JOBS", description = "The number of concurrently running jobs "
            + "for hyperoptimization. If -1 (default), all CPUs are used, for -2, all CPUs but one are used, etc.")
    private int jobs = -1;
    @Option(names = "--random-state", paramLabel = "INT", description = "Set random state to some positive integer for reproducible hyperopt results.")
    private Long randomState;
    @Option(names = "--min-trades", paramLabel = "INT", description = "Set minimal desired number of trades for evaluations in the hyperopt optimization path (default: 1).")
    private int minTrades = 1;
    @Option(names = "--hyperopt-loss", paramLabel = "NAME", description = "Specify the class name of the hyperopt loss function class (IHyperOptLoss).")
    private String loss;
    @Option(names = "--hyperopt-sampler", paramLabel = "NAME", description = "Search algorithm: tpe (default), random, cmaes, nsga2.")
    private String sampler = "tpe";
    @Option(names = "--early-stop", paramLabel = "INT", description = "Stop after this many epochs without a better result (default: 0 = never).")
    private int earlyStop;
    @Option(names = "--ignore-missing-spaces", description = "Suppress errors for any requested Hyperopt spaces that do not contain any parameters.")
    private boolean ignoreMissingSpaces;
    @Option(names = "--disable-param-export", description = "Disable automatic hyperopt parameter export.")
    private boolean disableParamExport;

    public HyperoptCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (loss == null || loss.isBlank()) {
            throw new CommandException("No Hyperopt loss set. Please use `--hyperopt-loss` to specify the Hyperopt-Loss "
                    + "class you want to use.");
        }
        if (!Samplers.names().contains(sampler.toLowerCase(Locale.ROOT))) {
            throw new CommandException("--hyperopt-sampler: unknown sampler '" + sampler + "'; choose from "
                    + String.join(", ", Samplers.names()));
        }
        HyperoptOptions options;
        try {
            options = new HyperoptOptions(epochs, jobs, spaces, loss, sampler.toLowerCase(Locale.ROOT), randomState,
                    minTrades, earlyStop, ignoreMissingSpaces, disableParamExport);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        LoadedConfig loaded = ConfigSupport.load(ctx, optimize.apply(strategy.apply(common.toArgs())
                .runMode(RunMode.HYPEROPT)).build());
        ObjectNode config = optimize.applyTo(loaded.config());
        var exchange = Exchanges.create(loaded.typed().exchange().name(), loaded.typed().exchange().sim(),
                Clock.systemUTC());
        Hyperopt.Result result;
        try (EpochBar bar = new EpochBar()) {
            result = new Hyperopt(config, ctx.cwd(), BacktestMarkets.of(exchange), options).run(bar, () -> false);
        }
        if (result.best() == null) {
            ctx.out().println("No epochs evaluated yet, no best result.");
        } else {
            Epoch best = result.best();
            ctx.out().println();
            ctx.out().println("Best result:");
            ctx.out().println();
            ctx.out().println("    " + best.currentEpoch() + "/" + result.epochs() + ": " + best.resultsExplanation()
                    + " Objective: " + String.format(Locale.ROOT, "%.5f", best.loss()));
            ctx.out().println();
            ctx.out().println(best.paramsDetails().toPrettyString());
        }
        ctx.out().println("Epochs saved to '" + result.resultFile() + "'.");
        if (result.paramFile() != null) {
            ctx.out().println("Parameters written to '" + result.paramFile() + "'.");
        }
        return 0;
    }

    /** The epochs as a progress bar with the best result so far. */
    private final class EpochBar implements Hyperopt.Listener, AutoCloseable {
        private ProgressBar bar;

        @Override
        public void started(int total, Path resultFile) {
            bar = Progress.bar(ctx.out(), "Epochs", total);
        }

        @Override
        public void epoch(Epoch epoch, Epoch best) {
            bar.stepTo(epoch.currentEpoch());
            if (best != null) {
                bar.setExtraMessage("best " + best.currentEpoch() + ": "
                        + String.format(Locale.ROOT, "%.5f", best.loss()));
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
