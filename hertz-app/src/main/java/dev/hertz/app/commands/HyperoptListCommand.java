package dev.hertz.app.commands;

import dev.hertz.app.AppContext;
import dev.hertz.app.CommandException;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.optimize.hyperopt.results.Epoch;
import dev.hertz.optimize.hyperopt.results.EpochCsv;
import dev.hertz.optimize.hyperopt.results.EpochDetails;
import dev.hertz.optimize.hyperopt.results.EpochFilter;
import dev.hertz.optimize.hyperopt.results.EpochTable;
import dev.hertz.optimize.results.ResultFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Comparator;
import java.util.concurrent.Callable;

/**
 * {@code hyperopt-list}: the epochs of a stored hyperopt run (the latest by default) that pass
 * the filters (reference bot-core §8.5), as freqtrade's {@code Hyperopt results} table, then the
 * details of the best of them; with {@code --export-csv} a CSV file instead of the table.
 */
@Command(name = "hyperopt-list", description = "List Hyperopt results", mixinStandardHelpOptions = true)
public final class HyperoptListCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(HyperoptListCommand.class);

    private final AppContext ctx;

    @Mixin
    private CommonOptions common = new CommonOptions();
    @Option(names = "--best", description = "Select only best epochs.")
    private boolean best;
    @Option(names = "--profitable", description = "Select only profitable epochs.")
    private boolean profitable;
    @Option(names = "--min-trades", paramLabel = "INT", description = "Select epochs with more than INT trades.")
    private Integer minTrades;
    @Option(names = "--max-trades", paramLabel = "INT", description = "Select epochs with less than INT trades.")
    private Integer maxTrades;
    @Option(names = "--min-avg-time", paramLabel = "FLOAT", description = "Select epochs above average time.")
    private Double minAvgTime;
    @Option(names = "--max-avg-time", paramLabel = "FLOAT", description = "Select epochs below average time.")
    private Double maxAvgTime;
    @Option(names = "--min-avg-profit", paramLabel = "FLOAT", description = "Select epochs above average profit.")
    private Double minAvgProfit;
    @Option(names = "--max-avg-profit", paramLabel = "FLOAT", description = "Select epochs below average profit.")
    private Double maxAvgProfit;
    @Option(names = "--min-total-profit", paramLabel = "FLOAT", description = "Select epochs above total profit.")
    private Double minTotalProfit;
    @Option(names = "--max-total-profit", paramLabel = "FLOAT", description = "Select epochs below total profit.")
    private Double maxTotalProfit;
    @Option(names = "--min-objective", paramLabel = "FLOAT", description = "Select epochs above objective.")
    private Double minObjective;
    @Option(names = "--max-objective", paramLabel = "FLOAT", description = "Select epochs below objective.")
    private Double maxObjective;
    @Option(names = "--no-color", description = "Disable colorization of hyperopt results (Hertz prints tables "
            + "without colour).")
    private boolean noColor;
    @Option(names = "--print-json", description = "Print output in JSON format.")
    private boolean printJson;
    @Option(names = "--no-details", description = "Do not print best epoch details.")
    private boolean noDetails;
    @Option(names = "--hyperopt-filename", paramLabel = "FILENAME", description = "Hyperopt result filename. "
            + "Example: `--hyperopt-filename=hyperopt_results_2020-09-27_16-20-48.pickle`")
    private String hyperoptFilename;
    @Option(names = "--export-csv", paramLabel = "FILE", description = "Export to CSV-File. This will disable table "
            + "print. Example: --export-csv hyperopt.csv")
    private String exportCsv;

    public HyperoptListCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        checkPositive("--min-trades", minTrades);
        checkPositive("--max-trades", maxTrades);
        LoadedConfig loaded = ConfigSupport.load(ctx, common.toArgs().runMode(RunMode.UTIL_NO_EXCHANGE)
                .requireConfigFile(false).build());
        EpochFilter filter = new EpochFilter(best, profitable, minTrades == null ? 0 : minTrades,
                maxTrades == null ? 0 : maxTrades, minAvgTime, maxAvgTime, minAvgProfit, maxAvgProfit, minTotalProfit,
                maxTotalProfit, minObjective, maxObjective);
        StoredEpochs stored = StoredEpochs.load(ctx, loaded.config(), hyperoptFilename, filter);
        if (exportCsv == null) {
            ctx.out().print(EpochTable.render(stored.epochs(), stored.totalEpochs(), stored.stakeCurrency()));
        }
        if (!stored.epochs().isEmpty() && !noDetails) {
            Epoch bestEpoch = stored.epochs().stream().min(Comparator.comparingDouble(Epoch::loss)).orElseThrow();
            ctx.out().print(EpochDetails.render(bestEpoch, stored.totalEpochs(), printJson, false, "Best result"));
        }
        if (!stored.epochs().isEmpty() && exportCsv != null) {
            var csv = ctx.cwd().resolve(exportCsv);
            try {
                EpochCsv.write(csv, stored.epochs(), stored.stakeCurrency());
            } catch (ResultFileException e) {
                throw new CommandException(e.getMessage(), e);
            }
            LOG.info("CSV file created: {}", csv);
        }
        return 0;
    }

    private static void checkPositive(String option, Integer value) {
        if (value != null && value <= 0) {
            throw new CommandException(option + ": " + value + " is not a positive integer");
        }
    }
}
