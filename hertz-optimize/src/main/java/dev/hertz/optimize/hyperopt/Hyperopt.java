package dev.hertz.optimize.hyperopt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.bot.StrategyExits;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Metadata;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.optimize.backtest.BacktestAbortedException;
import dev.hertz.optimize.backtest.BacktestMarkets;
import dev.hertz.optimize.backtest.BacktestProgress;
import dev.hertz.optimize.backtest.Backtesting;
import dev.hertz.optimize.hyperopt.loss.HyperOptLoss;
import dev.hertz.optimize.hyperopt.loss.HyperOptLosses;
import dev.hertz.optimize.hyperopt.results.Epoch;
import dev.hertz.optimize.hyperopt.results.HyperoptResultFile;
import dev.hertz.optimize.hyperopt.results.ParameterExport;
import dev.hertz.optimize.hyperopt.sampler.Point;
import dev.hertz.optimize.hyperopt.sampler.Sampler;
import dev.hertz.optimize.hyperopt.sampler.Samplers;
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
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * freqtrade's hyperopt run (reference §8.2): candles loaded and indicators computed once, shared
 * read-only by every worker; the sampler proposes one point per worker, the workers backtest them
 * in parallel, the losses go back to the sampler in proposal order, so a run with the same
 * {@code --random-state} and worker count gives the same epochs. Every epoch is appended to the
 * {@code .fthypt} file as it is reported; the best epoch's parameters are exported at the end.
 */
public final class Hyperopt {
    private static final Logger LOG = LoggerFactory.getLogger(Hyperopt.class);
    /** freqtrade's running best starts here: an epoch with a larger loss is never "best". */
    private static final double BEST_START = 100;
    /** Epochs the optimiser samples at random before its model is used (reported as initial points). */
    private static final int INITIAL_POINTS = 30;

    /** Told about every reported epoch, for a progress bar or an API status. */
    public interface Listener {
        void started(int epochs, Path resultFile);

        void epoch(Epoch epoch, Epoch best);
    }

    /**
     * The outcome of a run.
     *
     * @param best       the best epoch, or null when no epoch scored below 100
     * @param epochs     epochs evaluated
     * @param resultFile the {@code .fthypt} file
     * @param paramFile  the exported parameter file, or null
     */
    public record Result(Epoch best, int epochs, Path resultFile, Path paramFile) {
    }

    private final ObjectNode config;
    private final Path cwd;
    private final BacktestMarkets markets;
    private final HyperoptOptions options;

    public Hyperopt(ObjectNode config, Path cwd, BacktestMarkets markets, HyperoptOptions options) {
        this.config = config.deepCopy();
        this.cwd = cwd;
        this.markets = markets;
        this.options = options;
    }

    public Result run(Listener listener, BooleanSupplier aborted) {
        Backtesting main = new Backtesting(config, cwd, markets);
        Backtesting.Resolved resolved = main.strategies().get(0);
        Strategy strategy = resolved.strategy();
        Path userData = Path.of(config.path("user_data_dir").asText("user_data"));
        HyperOptLoss loss = HyperOptLosses.byName(options.lossName(), userData);
        HyperoptSpace space = HyperoptSpace.of(options.spaces(), strategy,
                Timeframe.parse(strategy.timeframe()).minutes(), options.ignoreMissingSpaces());
        long seed = options.randomState() != null ? options.randomState() : 1 + new Random().nextInt(65535);
        LOG.info("Using optimizer random state: {}", seed);
        Sampler sampler = Samplers.create(options.sampler(), space.dimensions(), seed);

        Backtesting.Prepared prepared = main.prepare(List.of(resolved), BacktestProgress.NONE);
        strategy.ftBotStart();
        Map<String, Frame> indicators = indicators(strategy, prepared);
        int workerCount = Math.min(options.workers(), options.epochs());
        List<HyperoptWorker> workers = new ArrayList<>();
        workers.add(new HyperoptWorker(main, prepared, indicators, space, loss, options.minTrades()));
        for (int i = 1; i < workerCount; i++) {
            workers.add(new HyperoptWorker(new Backtesting(config, cwd, markets), prepared, indicators, space, loss,
                    options.minTrades()));
        }
        var base = StrategyExits.settings(strategy, resolved.config());
        int baseMaxOpenTrades = main.maxOpenTrades(strategy);
        HyperoptResultFile file = HyperoptResultFile.create(userData.resolve("hyperopt_results"),
                resolved.name(), LocalDateTime.now());
        listener.started(options.epochs(), file.path());
        LOG.info("Hyperopting {} epochs with {} worker(s) over the spaces {} ({} dimensions), loss {}",
                options.epochs(), workerCount, space.spaces(), space.dimensions().size(), options.lossName());

        Epoch best = null;
        double bestLoss = BEST_START;
        int done = 0;
        int sinceBest = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(workerCount)) {
            while (done < options.epochs() && !aborted.getAsBoolean()) {
                int batch = Math.min(workerCount, options.epochs() - done);
                List<Point> points = new ArrayList<>();
                List<Future<HyperoptWorker.Outcome>> futures = new ArrayList<>();
                for (int i = 0; i < batch; i++) {
                    Point point = sampler.ask();
                    points.add(point);
                    EpochParams params = EpochParams.of(space, point, base, baseMaxOpenTrades,
                            main.enableProtections(), resolved.config().stakeAmount().orElse(null));
                    HyperoptWorker worker = workers.get(i);
                    futures.add(pool.submit(() -> worker.evaluate(params, aborted)));
                }
                List<HyperoptWorker.Outcome> outcomes = outcomes(futures);
                if (outcomes == null) {
                    LOG.info("Hyperopt stopped on request after {} epochs.", done);
                    break;
                }
                for (int i = 0; i < batch; i++) {
                    HyperoptWorker.Outcome outcome = outcomes.get(i);
                    sampler.tell(points.get(i), outcome.loss());
                    done++;
                    boolean isBest = outcome.loss() < bestLoss;
                    Epoch epoch = new Epoch(outcome.loss(), outcome.params().paramsDict(),
                            outcome.params().paramsDetails(space), outcome.notOptimized(), outcome.stats(),
                            Epoch.explanation(outcome.stats(), resolved.config().stakeCurrency()),
                            outcome.stats().path("profit_total").asDouble(), done, done <= INITIAL_POINTS, isBest,
                            false, Epoch.FILE_VERSION);
                    file.append(epoch);
                    if (isBest) {
                        bestLoss = outcome.loss();
                        best = epoch;
                        sinceBest = 0;
                    } else {
                        sinceBest++;
                    }
                    listener.epoch(epoch, best);
                }
                if (options.earlyStop() > 0 && sinceBest >= options.earlyStop()) {
                    LOG.info("Early stop: no better epoch in the last {} epochs.", sinceBest);
                    break;
                }
            }
        }
        Path paramFile = null;
        if (best != null && !options.disableParamExport()) {
            paramFile = strategy.parameterFile()
                    .orElse(userData.resolve("strategies").resolve(resolved.name() + ".json"));
            try {
                Files.createDirectories(paramFile.getParent());
            } catch (IOException e) {
                throw new ConfigurationError("Cannot create " + paramFile.getParent() + " for the parameter file: "
                        + e.getMessage());
            }
            ParameterExport.write(paramFile, best, resolved.name(), Instant.now());
            LOG.info("Best parameters written to {}", paramFile);
        }
        return new Result(best, done, file.path(), paramFile);
    }

    /** populate_indicators once per pair, on the whole loaded frame (startup candles included). */
    private static Map<String, Frame> indicators(Strategy strategy, Backtesting.Prepared prepared) {
        Map<String, Frame> frames = new LinkedHashMap<>();
        for (Map.Entry<String, Candles> e : prepared.data().entrySet()) {
            Candles c = e.getValue();
            Frame input = Frame.of(c.dates(), c.opens(), c.highs(), c.lows(), c.closes(), c.volumes());
            Frame frame = strategy.populateIndicators(input, new Metadata(e.getKey(), strategy.timeframe()));
            if (frame == null || frame.length() != c.size()) {
                throw new ConfigurationError("populate_indicators of " + strategy.name() + " for " + e.getKey()
                        + " must return a frame with one row per candle.");
            }
            frames.put(e.getKey(), frame);
        }
        return frames;
    }

    /** The batch's outcomes in order, or null when a stop request interrupted its backtests. */
    private static List<HyperoptWorker.Outcome> outcomes(List<Future<HyperoptWorker.Outcome>> futures) {
        List<HyperoptWorker.Outcome> outcomes = new ArrayList<>();
        boolean stopped = false;
        for (Future<HyperoptWorker.Outcome> future : futures) {
            try {
                outcomes.add(outcome(future));
            } catch (BacktestAbortedException e) {
                stopped = true;
            }
        }
        return stopped ? null : outcomes;
    }

    private static HyperoptWorker.Outcome outcome(Future<HyperoptWorker.Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("hyperopt interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
