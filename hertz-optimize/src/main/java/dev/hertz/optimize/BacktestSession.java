package dev.hertz.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.optimize.backtest.BacktestMarkets;
import dev.hertz.optimize.backtest.BacktestProgress;
import dev.hertz.optimize.backtest.Backtesting;
import dev.hertz.optimize.backtest.StrategyRun;
import dev.hertz.optimize.results.BacktestCache;
import dev.hertz.optimize.results.BacktestResultFiles;
import dev.hertz.optimize.results.BacktestStats;
import dev.hertz.optimize.results.MarketChange;
import dev.hertz.optimize.results.RunId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One backtest as the {@code backtesting} command and the API's {@code POST /backtest} run it:
 * strategies whose previous result is still valid come from the result cache ({@code --cache}),
 * the others are simulated; then the statistics, and with {@code export} trades or signals the
 * result files in {@code exportfilename}.
 *
 * @param result the result tree {@code {"metadata", "strategy", "strategy_comparison"}}
 * @param file   the statistics file written, or null (nothing new, or {@code --export none})
 * @param runs   the strategies simulated in this session (cached ones are not)
 */
public record BacktestSession(ObjectNode result, Path file, List<StrategyRun> runs) {
    private static final Logger LOG = LoggerFactory.getLogger(BacktestSession.class);

    /**
     * @param config  a loaded configuration with the backtest options as freqtrade's keys
     * @param cwd     what relative strategy paths are relative to
     * @param markets the exchange's markets
     */
    public static BacktestSession run(ObjectNode config, Path cwd, BacktestMarkets markets, BacktestProgress progress,
                                      BooleanSupplier aborted) {
        Backtesting backtesting = new Backtesting(config, cwd, markets);
        Map<String, String> runIds = new LinkedHashMap<>();
        for (Backtesting.Resolved s : backtesting.strategies()) {
            runIds.put(s.name(), RunId.of(s.tree(), s.strategy()));
        }
        Path exportFilename = Path.of(config.path("exportfilename").asText("user_data/backtest_results"));
        // a name ending in .json is a file name stem; anything else is the results directory
        boolean namesFile = exportFilename.getFileName().toString().endsWith(".json");
        Path resultDir = namesFile ? exportFilename.toAbsolutePath().getParent() : exportFilename;
        try {
            Files.createDirectories(resultDir);
        } catch (IOException e) {
            throw new ConfigurationError("exportfilename: cannot create " + resultDir + ": " + e.getMessage());
        }
        TimeRange range = backtesting.timerange();
        ObjectNode cached = cache(config).lookup(new BacktestResultFiles(resultDir), runIds,
                range.hasStop() ? range.stopDate() : null, Instant.now());

        List<Backtesting.Resolved> toRun = new ArrayList<>();
        for (Backtesting.Resolved s : backtesting.strategies()) {
            if (cached.path("strategy").has(s.name())) {
                LOG.info("Reusing result of previous backtest for {}", s.name());
            } else {
                toRun.add(s);
            }
        }
        List<StrategyRun> runs = toRun.isEmpty() ? List.of() : backtesting.run(toRun, progress, aborted);
        ObjectNode result = BacktestStats.result(runs, runIds);
        Path file = null;
        if (!runs.isEmpty() && exports(config)) {
            StrategyRun first = runs.get(0);
            MarketChange change = MarketChange.series(first.data(), first.pairs(), first.minDate(), first.maxDate());
            file = BacktestResultFiles.write(exportFilename, result, change, LocalDateTime.now());
        }
        return new BacktestSession(merge(cached, result, backtesting.strategies()), file, runs);
    }

    private static BacktestCache cache(ObjectNode config) {
        try {
            return BacktestCache.of(config.hasNonNull("backtest_cache") ? config.get("backtest_cache").asText() : null);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError(e.getMessage());
        }
    }

    private static boolean exports(ObjectNode config) {
        String export = config.path("export").asText("trades");
        if (export.equals("signals")) {
            // freqtrade's signal export is a set of pandas pickles, which only Python reads
            LOG.warn("export signals: the signal candle files (_signals.pkl, _rejected.pkl, _exited.pkl) are "
                    + "pandas pickles and are not written by Hertz; the trades are exported.");
        }
        return export.equals("trades") || export.equals("signals");
    }

    /** Cached and new results together, in the order the strategies were asked for. */
    private static ObjectNode merge(ObjectNode cached, ObjectNode fresh, List<Backtesting.Resolved> order) {
        ObjectNode merged = fresh.objectNode();
        ObjectNode metadata = merged.putObject("metadata");
        ObjectNode strategies = merged.putObject("strategy");
        for (Backtesting.Resolved s : order) {
            ObjectNode from = fresh.path("strategy").has(s.name()) ? fresh : cached;
            JsonNode meta = from.path("metadata").get(s.name());
            if (meta != null) {
                metadata.set(s.name(), meta);
            }
            strategies.set(s.name(), from.path("strategy").get(s.name()));
        }
        merged.set("strategy_comparison", BacktestStats.strategyComparison(strategies));
        return merged;
    }
}
