package dev.hertz.bench;

import dev.hertz.core.bot.BotContext;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Metadata;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.StrategyAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The analysis part of a loop iteration on its own, over the candles the {@link LoopBenchmark}
 * bot holds (100 pairs × 500 candles): how much of an iteration is TA work and how much is the
 * bot's bookkeeping around it.
 *
 * <ul>
 *   <li>{@link #indicators}: SampleStrategy's {@code populateIndicators} (TA-Lib ADX, RSI, STOCHF,
 *       MACD, MFI, SAR, TEMA, HT_SINE, Bollinger bands) on a fresh frame per pair.</li>
 *   <li>{@link #analysis}: what the bot's analyser does per pair: frame, indicators, entry and
 *       exit signals, result checks.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class IndicatorBenchmark {

    /** The bot's strategy and the candles its data provider holds after its first iteration. */
    @State(Scope.Benchmark)
    public static class Market {
        private Strategy strategy;
        private Clock clock;
        private final List<String> pairs = new ArrayList<>();
        private final List<Candles> candles = new ArrayList<>();

        @Setup(Level.Trial)
        public void load() throws IOException {
            WarmBot source = new WarmBot();
            source.warmUpCandles = 0;
            source.start();
            try {
                copyFrom(source.bot());
            } finally {
                source.stop();
            }
        }

        /** Takes the strategy and the cached candles of every whitelisted pair of {@code bot}. */
        void copyFrom(BenchBot bot) {
            BotContext ctx = bot.bot().context();
            Timeframe timeframe = bot.bot().timeframe();
            strategy = ctx.strategy();
            clock = ctx.clock();
            pairs.clear();
            candles.clear();
            for (String pair : bot.pairs()) {
                pairs.add(pair);
                candles.add(ctx.data().ohlcv(pair, timeframe));
            }
        }

        List<Candles> candles() {
            return candles;
        }

        /** SampleStrategy's indicators for every pair, each on a fresh frame. */
        List<Frame> indicators() {
            List<Frame> out = new ArrayList<>(pairs.size());
            for (int i = 0; i < pairs.size(); i++) {
                Candles c = candles.get(i);
                Frame frame = Frame.of(c.dates(), c.opens(), c.highs(), c.lows(), c.closes(), c.volumes());
                out.add(strategy.populateIndicators(frame, new Metadata(pairs.get(i), strategy.timeframe())));
            }
            return out;
        }

        /** The bot's analysis of every pair, by a fresh analyser (so nothing is cached). */
        List<Optional<Frame>> analysis() {
            StrategyAnalyzer analyzer = new StrategyAnalyzer(strategy, clock);
            List<Optional<Frame>> out = new ArrayList<>(pairs.size());
            for (int i = 0; i < pairs.size(); i++) {
                out.add(analyzer.analyze(pairs.get(i), candles.get(i)));
            }
            return out;
        }
    }

    @Benchmark
    public void indicators(Market m, Blackhole bh) {
        bh.consume(m.indicators());
    }

    @Benchmark
    public void analysis(Market m, Blackhole bh) {
        bh.consume(m.analysis());
    }
}
