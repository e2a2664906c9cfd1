package dev.hertz.app.commands;

import dev.hertz.app.AppContext;
import dev.hertz.app.CommandException;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.optimize.results.BacktestReport;
import dev.hertz.optimize.results.BacktestResultFiles;
import dev.hertz.optimize.results.ResultFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code backtesting-show}: the report of a stored backtest result, the latest one by default. */
@Command(name = "backtesting-show", description = "Show past Backtest results", mixinStandardHelpOptions = true)
public final class BacktestingShowCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Mixin
    private CommonOptions common;
    @Option(names = {"--export-filename", "--backtest-filename"}, paramLabel = "PATH",
            description = "Use this filename for backtest results. Example: `--backtest-filename="
                    + "backtest_results_2020-09-27_16-20-48.json`. Assumes either `user_data/backtest_results/` "
                    + "or `--export-filename` as base directory.")
    private String exportFilename;
    @Option(names = "--show-pair-list", description = "Show backtesting pairlist sorted by profit.")
    private boolean showPairList;
    @Option(names = "--breakdown", arity = "1..*", paramLabel = "{day,week,month}",
            description = "Show backtesting breakdown per [day, week, month].")
    private List<String> breakdown = new ArrayList<>();

    public BacktestingShowCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        for (String period : breakdown) {
            if (!List.of("day", "week", "month").contains(period)) {
                throw new CommandException("--breakdown: invalid choice: '" + period + "' (choose from 'day', 'week', 'month')");
            }
        }
        LoadedConfig loaded = ConfigSupport.load(ctx, common.toArgs().runMode(RunMode.UTIL_NO_EXCHANGE)
                .requireConfigFile(false).exportFilename(exportFilename).build());
        Path file = Path.of(loaded.config().path("exportfilename").asText());
        try {
            var result = BacktestResultFiles.load(file);
            ctx.out().print(BacktestReport.render(result, breakdown));
            if (showPairList) {
                ctx.out().print(BacktestReport.sortedPairList(result));
            }
        } catch (ResultFileException e) {
            throw new CommandException(e.getMessage(), e);
        }
        return 0;
    }
}
