package dev.hertz.app.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.app.AppContext;
import dev.hertz.app.CommandException;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.exchange.Exchanges;
import dev.hertz.optimize.BacktestSession;
import dev.hertz.optimize.backtest.BacktestMarkets;
import dev.hertz.optimize.results.BacktestReport;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code backtesting}: simulates the strategy (or {@code --strategy-list}) over stored candles,
 * prints freqtrade's report and writes the result files. Each option lands in the config key
 * freqtrade uses for it, so a config file can set them as well.
 */
@Command(name = "backtesting", description = "Backtesting module.", mixinStandardHelpOptions = true)
public final class BacktestingCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Mixin
    private CommonOptions common;
    @Mixin
    private StrategyOptions strategy;
    @Mixin
    private OptimizeOptions optimize;
    @Option(names = "--strategy-list", paramLabel = "STRATEGY_LIST", arity = "1..*", description = "Provide a space-separated list of strategies to backtest.")
    private List<String> strategyList;
    @Option(names = "--export", paramLabel = "{none,trades,signals}", description = "Export backtest results (default: trades).")
    private String export;
    @Option(names = {"--export-filename", "--backtest-filename"}, paramLabel = "PATH", description = "Use this filename for backtest results. "
            + "Requires `--export` to be set as well.")
    private String exportFilename;
    @Option(names = "--breakdown", paramLabel = "{day,week,month}", arity = "1..*", description = "Show backtesting breakdown per [day, week, month].")
    private List<String> breakdown = List.of();
    @Option(names = "--cache", paramLabel = "{none,day,week,month}", description = "Load a cached backtest result no older than specified age (default: day).")
    private String cache;

    public BacktestingCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        checkChoices();
        LoadedConfig loaded = ConfigSupport.load(ctx, optimize.apply(strategy.apply(common.toArgs())
                .runMode(RunMode.BACKTEST)).exportFilename(exportFilename).build());
        ObjectNode config = options(loaded.config());
        var exchange = Exchanges.create(loaded.typed().exchange().name(), loaded.typed().exchange().sim(),
                Clock.systemUTC());
        BacktestSession session;
        try (BarProgress progress = new BarProgress()) {
            session = BacktestSession.run(config, ctx.cwd(), BacktestMarkets.of(exchange), progress, () -> false);
        }
        ctx.out().print(BacktestReport.render(session.result(), breakdown));
        if (session.file() != null) {
            ctx.out().println("Backtest result saved to " + session.file());
        }
        return 0;
    }

    private void checkChoices() {
        if (export != null && !List.of("none", "trades", "signals").contains(export)) {
            throw new CommandException("--export: invalid choice '" + export + "' (choose from none, trades, signals)");
        }
        if (cache != null && !List.of("none", "day", "week", "month").contains(cache)) {
            throw new CommandException("--cache: invalid choice '" + cache + "' (choose from none, day, week, month)");
        }
        for (String b : breakdown) {
            if (!List.of("day", "week", "month").contains(b)) {
                throw new CommandException("--breakdown: invalid choice '" + b + "' (choose from day, week, month)");
            }
        }
    }

    /** The options freqtrade keeps as config keys. */
    private ObjectNode options(ObjectNode loaded) {
        ObjectNode config = optimize.applyTo(loaded);
        if (strategyList != null) {
            var list = config.putArray("strategy_list");
            strategyList.forEach(list::add);
        }
        if (export != null) {
            config.put("export", export);
        }
        if (cache != null) {
            config.put("backtest_cache", cache);
        }
        return config;
    }

    /** The simulation step as a progress bar on standard output, as freqtrade's rich bar. */
    private final class BarProgress implements dev.hertz.optimize.backtest.BacktestProgress, AutoCloseable {
        private ProgressBar bar;

        @Override
        public void step(String step, long total) {
            close();
            if (step.equals("backtest")) {
                bar = Progress.bar(ctx.out(), "Backtesting", total);
            }
        }

        @Override
        public void progress(long done) {
            if (bar != null) {
                bar.stepTo(done);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
