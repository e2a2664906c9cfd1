package dev.hertz.bench.backtest;

import dev.hertz.core.strategy.builtin.SampleStrategy;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The backtest benchmark: Hertz's backtester on {@code --pairs} × {@code --days} of 5m candles
 * with SampleStrategy ({@code sample}) and with {@link RsiBandsStrategy} ({@code hertz}); the same
 * RsiBandsStrategy in ta4j's backtest engine ({@code ta4j}, {@link Ta4jBacktest}) and in a
 * hand-written loop ({@code floor}, {@link FloorBacktest}); a check that those three made the same
 * trades; one table. The engines run in this JVM one after the other, after a warm-up of each on
 * the first {@code --warmup-pairs} pairs.
 *
 * <pre>
 * java -Xmx8g --add-opens=java.base/java.nio=ALL-UNNAMED -cp hertz-bench/target/benchmarks.jar \
 *     dev.hertz.bench.backtest.BacktestBench --data /tmp/btdata/y100 [--pairs 100] [--days 366] \
 *     [--warmup-pairs 5] [--engines sample,hertz,ta4j,floor]
 * </pre>
 */
public final class BacktestBench {
    private static final Set<String> ENGINES = Set.of("sample", "hertz", "ta4j", "floor");
    private static final String USAGE = "options: --data DIR (required; generated there once, then reused) "
            + "--pairs N (100) --days N (366) --warmup-pairs N (5; 0 = none) --engines sample,hertz,ta4j,floor (all)";

    private BacktestBench() {
    }

    public static void main(String[] args) {
        Path dir = null;
        int pairs = 100;
        int days = 366;
        int warmupPairs = 5;
        List<String> engines = List.of("sample", "hertz", "ta4j", "floor");
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 == args.length) {
                throw new IllegalArgumentException("Option " + args[i] + " needs a value; " + USAGE);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--data" -> dir = Path.of(value);
                case "--pairs" -> pairs = whole(args[i], value);
                case "--days" -> days = whole(args[i], value);
                case "--warmup-pairs" -> warmupPairs = whole(args[i], value);
                case "--engines" -> engines = engines(value);
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; " + USAGE);
            }
        }
        if (dir == null) {
            throw new IllegalArgumentException("--data is required; " + USAGE);
        }
        BacktestData data = BacktestData.of(dir, pairs, days);
        long t0 = System.nanoTime();
        boolean generated = data.ensure();
        System.out.printf(Locale.ROOT, "data: %d pairs x %d days of %s candles in %s (%s in %.1f s)%n", pairs, days,
                BacktestData.TIMEFRAME, dir, generated ? "generated" : "reused", (System.nanoTime() - t0) / 1e9);
        System.out.println("jvm: " + Runtime.version() + ", flags " + ManagementFactory.getRuntimeMXBean()
                .getInputArguments() + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, "
                + Runtime.getRuntime().availableProcessors() + " cpus");
        if (warmupPairs > 0) {
            run(data.firstPairs(warmupPairs), engines);
            System.out.println("warm-up on " + Math.min(warmupPairs, pairs) + " pairs done");
        }
        Map<String, Measurement> runs = run(data, engines);
        System.out.print(table(runs.values()));
        report(runs);
    }

    /** Each engine in turn, printing one line as each ends. */
    static Map<String, Measurement> run(BacktestData data, List<String> engines) {
        Map<String, Measurement> runs = new LinkedHashMap<>();
        for (String engine : engines) {
            Measurement m = switch (engine) {
                case "sample" -> HertzBacktest.backtesting(data, SampleStrategy.class.getSimpleName());
                case "hertz" -> HertzBacktest.rsiBands(data);
                case "ta4j" -> Ta4jBacktest.run(data);
                case "floor" -> FloorBacktest.run(data);
                default -> throw new IllegalArgumentException("Unknown engine " + engine + "; known: " + ENGINES);
            };
            System.out.printf(Locale.ROOT, "%s %s on %d pairs: %.2f s%n", m.engine(), m.strategy(),
                    data.pairs().size(), m.totalMs() / 1000);
            runs.put(engine, m);
        }
        return runs;
    }

    private static void report(Map<String, Measurement> runs) {
        runs.values().stream().filter(m -> !m.exitReasons().isEmpty()).forEach(m ->
                System.out.println("exit reasons, " + m.engine() + " " + m.strategy() + ": " + m.exitReasons()));
        Measurement hertz = runs.get("hertz");
        for (String peer : List.of("ta4j", "floor")) {
            Measurement other = runs.get(peer);
            if (hertz != null && other != null) {
                System.out.println(TradeComparison.of("hertz", hertz.trades(), peer, other.trades()).describe());
                System.out.printf(Locale.ROOT, "RsiBandsStrategy wall time, hertz / %s: %.2f%n", peer,
                        hertz.totalMs() / other.totalMs());
            }
        }
        System.out.println("parallel analysis: the SampleStrategy row (Backtesting.run) analyses the pairs on every CPU; "
                + "the RsiBandsStrategy row analyses them one after the other, as ta4j and the floor do");
    }

    static String table(Iterable<Measurement> runs) {
        StringBuilder s = new StringBuilder(
                "| engine | strategy | load (s) | analyse (s) | simulate (s) | total (s) | candles | candles/s "
                        + "| peak heap (MB) | trades | JVM CPU (s) | JVM CPU (cores) | other CPU (cores) |\n"
                        + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Measurement m : runs) {
            s.append(String.format(Locale.ROOT,
                    "| %s | %s | %s | %s | %.2f | %.2f | %,d | %,.0f | %,d | %,d | %.1f | %.2f | %.2f |%n",
                    m.engine(), m.strategy(), seconds(m.loadMs()), seconds(m.analyseMs()), m.simulateMs() / 1000,
                    m.totalMs() / 1000, m.candles(), m.candlesPerSecond(), m.peakHeap() / (1 << 20),
                    m.trades().size(), m.ownCores() * m.totalMs() / 1000, m.ownCores(), m.otherCores()));
        }
        return s.toString();
    }

    private static List<String> engines(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            String engine = part.strip();
            if (!ENGINES.contains(engine)) {
                throw new IllegalArgumentException("Unknown engine \"" + engine + "\" in --engines; known: " + ENGINES);
            }
            out.add(engine);
        }
        return out;
    }

    private static String seconds(double ms) {
        return ms < 0 ? "—" : String.format(Locale.ROOT, "%.2f", ms / 1000);
    }

    private static int whole(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option " + option + " needs a whole number, got \"" + value + "\"", e);
        }
    }
}
