package dev.hertz.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One iteration of the trading loop ({@code TradingBot.process(true)}) of a dry-run bot with 100
 * pairs of 500 5m candles each on the simulated exchange.
 *
 * <ul>
 *   <li>{@link #newCandle}: a candle has just closed for every pair, so the iteration fetches it,
 *       re-analyses all pairs (SampleStrategy's TA-Lib indicators and signals), then manages
 *       orders, exits and entries. Moving the clock to the next candle happens in a per-invocation
 *       setup and is not measured.</li>
 *   <li>{@link #sameCandle}: the clock stands still, so no candle has closed since the last
 *       iteration and candles and analyses come from the caches; what remains is the bookkeeping
 *       (pairlist, open orders, exit checks of the open trades, entries) with its database work.
 *       A bot with the default 5 s throttle runs this path about 59 times per 5m candle.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class LoopBenchmark {

    /** A bot whose clock moves on by one candle before each measured iteration. */
    public static class NextCandle extends WarmBot {
        @Setup(Level.Invocation)
        public void closeCandle() {
            bot().nextCandle();
        }
    }

    @Benchmark
    public void newCandle(NextCandle state) {
        state.bot().process();
    }

    @Benchmark
    public void sameCandle(WarmBot state) {
        state.bot().process();
    }
}
