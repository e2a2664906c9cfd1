package dev.hertz.bench.backtest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.optimize.backtest.BacktestMarkets;
import dev.hertz.optimize.hyperopt.Hyperopt;
import dev.hertz.optimize.hyperopt.HyperoptOptions;
import dev.hertz.optimize.hyperopt.results.Epoch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The hyperopt benchmark: epochs per second and peak heap of {@code hyperopt} with SampleStrategy
 * (spaces buy, roi, stoploss; SharpeHyperOptLoss; TPE with a fixed random state) on 1 and on 20
 * pair-years of 5m candles, with one and with two workers. Epochs per second count only the epoch
 * loop (from the first epoch's start to the last one's end), not loading the data and computing
 * the indicators once.
 *
 * <pre>
 * java -Xmx8g --add-opens=java.base/java.nio=ALL-UNNAMED -cp hertz-bench/target/benchmarks.jar \
 *     dev.hertz.bench.backtest.HyperoptBench --data /tmp/btdata/y20 [--epochs 20]
 * </pre>
 */
public final class HyperoptBench {
    private static final String USAGE = "options: --data DIR (required; 20 pairs × 366 days generated there once) "
            + "--epochs N (20)";

    private HyperoptBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = null;
        int epochs = 20;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> dir = Path.of(args[i + 1]);
                case "--epochs" -> epochs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; " + USAGE);
            }
        }
        if (dir == null || args.length % 2 != 0) {
            throw new IllegalArgumentException(USAGE);
        }
        BacktestData all = BacktestData.of(dir, 20, 366);
        if (all.ensure()) {
            System.out.println("generated " + all.pairs().size() + " pairs in " + dir);
        }
        System.out.println("| pairs | -j | epochs | epoch loop (s) | epochs/s | peak heap (MB) | best loss |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (int pairs : List.of(1, 20)) {
            for (int jobs : List.of(1, 2)) {
                System.out.println(run(all.firstPairs(pairs), jobs, epochs));
            }
        }
    }

    private static String run(BacktestData data, int jobs, int epochs) throws IOException {
        Path userData = Files.createTempDirectory("hyperopt-bench");
        ObjectNode config = HertzBacktest.config(data, "SampleStrategy").put("user_data_dir", userData.toString());
        HyperoptOptions options = new HyperoptOptions(epochs, jobs, List.of("buy", "roi", "stoploss"),
                "SharpeHyperOptLoss", "random", 1L, 1, 0, false, true);
        long[] loop = new long[2];
        Hyperopt.Listener timing = new Hyperopt.Listener() {
            @Override
            public void started(int total, Path resultFile) {
                loop[0] = System.nanoTime();
            }

            @Override
            public void epoch(Epoch epoch, Epoch best) {
                loop[1] = System.nanoTime();
            }
        };
        Hyperopt.Result result;
        long peak;
        try (RunMonitor monitor = RunMonitor.start()) {
            result = new Hyperopt(config, data.dir(), BacktestMarkets.of(data.exchange()), options)
                    .run(timing, () -> false);
            peak = monitor.peakHeap();
        }
        double seconds = (loop[1] - loop[0]) / 1e9;
        return String.format(Locale.ROOT, "| %d | %d | %d | %.1f | %.2f | %d | %s |", data.pairs().size(), jobs,
                result.epochs(), seconds, result.epochs() / seconds, peak >> 20,
                result.best() == null ? "none" : String.format(Locale.ROOT, "%.5f", result.best().loss()));
    }
}
