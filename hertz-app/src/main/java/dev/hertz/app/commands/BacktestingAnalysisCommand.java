package dev.hertz.app.commands;

import dev.hertz.app.AppContext;
import dev.hertz.app.CommandException;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.data.TimeRange;
import dev.hertz.optimize.results.BacktestAnalysis;
import dev.hertz.optimize.results.BacktestResultFiles;
import dev.hertz.optimize.results.ResultFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code backtesting-analysis}: freqtrade's entry/exit group tables over the trades of a stored
 * result (the latest by default). Indicator columns are the trades' own columns: Hertz's result
 * files hold no signal candles.
 */
@Command(name = "backtesting-analysis", description = "Backtest Analysis module.", mixinStandardHelpOptions = true)
public final class BacktestingAnalysisCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Mixin
    private CommonOptions common;
    @Option(names = {"--export-filename", "--backtest-filename"}, paramLabel = "PATH",
            description = "Use this filename for backtest results. Assumes either `user_data/backtest_results/` "
                    + "or `--export-filename` as base directory.")
    private String exportFilename;
    @Option(names = "--analysis-groups", arity = "1..*", paramLabel = "{0,1,2,3,4,5}",
            description = "grouping output - 0: simple wins/losses by enter tag, 1: by enter_tag, 2: by enter_tag and "
                    + "exit_tag, 3: by pair and enter_tag, 4: by pair, enter_ and exit_tag (this can get quite large), "
                    + "5: by exit_tag")
    private List<String> groups = new ArrayList<>();
    @Option(names = "--enter-reason-list", arity = "1..*", paramLabel = "ENTER_REASON_LIST",
            description = "Space separated list of entry signals to analyse. Default: all. e.g. 'entry_tag_a entry_tag_b'")
    private List<String> enterReasons = new ArrayList<>(List.of("all"));
    @Option(names = "--exit-reason-list", arity = "1..*", paramLabel = "EXIT_REASON_LIST",
            description = "Space separated list of exit signals to analyse. Default: all. e.g. 'exit_tag_a roi stop_loss "
                    + "trailing_stop_loss'")
    private List<String> exitReasons = new ArrayList<>(List.of("all"));
    @Option(names = "--indicator-list", arity = "1..*", paramLabel = "INDICATOR_LIST",
            description = "Space separated list of indicators to analyse. e.g. 'close rsi bb_lowerband profit_abs'")
    private List<String> indicators = new ArrayList<>();
    @Option(names = "--timerange", paramLabel = "TIMERANGE", description = "Specify what timerange of data to use.")
    private String timerange;
    @Option(names = "--analysis-to-csv", description = "Save selected analysis tables to individual CSVs")
    private boolean toCsv;
    @Option(names = "--analysis-csv-path", paramLabel = "ANALYSIS_CSV_PATH",
            description = "Specify a path to save the analysis CSVs if --analysis-to-csv is enabled. "
                    + "Default: user_data/backtesting_results/")
    private String csvPath;

    public BacktestingAnalysisCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        BacktestAnalysis.Options options;
        TimeRange range = TimeRange.parse(timerange);
        try {
            options = new BacktestAnalysis.Options(groups, enterReasons, exitReasons, indicators, range.startDate(),
                    range.stopDate());
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        LoadedConfig loaded = ConfigSupport.load(ctx, common.toArgs().runMode(RunMode.UTIL_NO_EXCHANGE)
                .requireConfigFile(false).exportFilename(exportFilename).build());
        Path file = Path.of(loaded.config().path("exportfilename").asText());
        Path csvDirectory = csvPath != null ? ctx.cwd().resolve(csvPath) : file;
        if (toCsv && !Files.isDirectory(csvDirectory)) {
            throw new CommandException("Specified directory " + csvDirectory + " does not exist.");
        }
        try {
            var result = BacktestResultFiles.load(file);
            ctx.out().print(toCsv ? BacktestAnalysis.writeCsv(result, options, csvDirectory)
                    : BacktestAnalysis.render(result, options));
        } catch (ResultFileException e) {
            throw new CommandException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandException("Could not write the analysis CSVs to " + csvDirectory + ": " + e.getMessage(), e);
        }
        return 0;
    }
}
