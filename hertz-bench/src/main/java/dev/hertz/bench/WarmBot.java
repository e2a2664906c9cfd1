package dev.hertz.bench;

import dev.hertz.core.persistence.Trade;
import dev.hertz.core.persistence.TradeRepository;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A benchmark's bot (SampleStrategy, {@value #MAX_OPEN_TRADES} max open trades) in a fresh temp
 * directory per trial. Setup runs the loop over {@code warmUpCandles} candles first, so measured
 * iterations meet a bot in its steady state: open trades to check for exits, closed ones in the
 * database, every pair's 500 candles cached and analysed.
 */
@State(Scope.Benchmark)
public class WarmBot {
    public static final int MAX_OPEN_TRADES = 10;

    /** Pairs on the whitelist. */
    @Param("100")
    public int pairs = 100;

    /** Candles the loop runs through (unmeasured) before measurement starts. */
    @Param("60")
    public int warmUpCandles = 60;

    private Path dir;
    private BenchBot bot;

    @Setup(Level.Trial)
    public void start() throws IOException {
        dir = Files.createTempDirectory("hertz-bench");
        bot = BenchBot.start(dir, pairs, MAX_OPEN_TRADES);
        bot.process();
        for (int i = 0; i < warmUpCandles; i++) {
            bot.nextCandle();
            bot.process();
        }
        // on a line of its own: JMH has already printed the start of the first iteration's line
        System.out.println(System.lineSeparator() + "[hertz-bench] after " + warmUpCandles + " warm-up candles: " + summary());
    }

    @TearDown(Level.Trial)
    public void stop() {
        System.out.println(System.lineSeparator() + "[hertz-bench] at the end: " + summary());
        bot.close();
        deleteRecursively(dir);
    }

    public BenchBot bot() {
        return bot;
    }

    /** Open trades (and how many wait for an order), all trades, at which market time. */
    public String summary() {
        TradeRepository trades = bot.bot().context().trades();
        List<Trade> open = trades.openTrades();
        long waiting = open.stream().filter(Trade::hasOpenOrders).count();
        return open.size() + " open trades (" + waiting + " with an open order), " + trades.count(null)
                + " trades in total, market time " + bot.bot().context().clock().instant();
    }

    static void deleteRecursively(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + root, e);
        }
    }
}
