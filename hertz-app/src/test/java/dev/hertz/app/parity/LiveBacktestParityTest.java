package dev.hertz.app.parity;

import dev.hertz.core.data.Candles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live-vs-backtest parity: the same strategy on the same candles gives the same trades whether
 * the real dry-run bot trades them one candle at a time on an exchange that replays them
 * ({@link LiveReplay}, filling at the next candle's open) or the backtester simulates them
 * ({@link BacktestReplay}): same pairs, same entry and exit candles, same exit reasons.
 * See {@link RandomMarket} for which exits are compared and why.
 */
class LiveBacktestParityTest {

    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void liveBotTradesAsTheBacktesterOnRandomSignals(long seed) {
        ParityCase c = RandomMarket.generate(seed);

        List<TradeKey> backtest = BacktestReplay.run(c);
        List<TradeKey> live = LiveReplay.run(c, dir);

        assertThat(backtest).as("backtest trades of seed %d", seed).isNotEmpty();
        assertThat(live).as("live trades of seed %d (backtest on the right)", seed)
                .containsExactlyElementsOf(backtest);
    }

    /**
     * The property on one small case to read by hand: one pair, twelve 5m candles, a time exit
     * after three candles. A signal on candle <i>i</i> acts at the open of candle <i>i + 1</i>:
     * <ul>
     *   <li>entry signal on 1, exit signal on 3: in at 2, out at 4 by {@code exit_signal};</li>
     *   <li>entry signal on 5, no exit signal: in at 6, out at 9, three candles later, by {@code roi};</li>
     *   <li>entry signal on 9 (the candle the previous trade left on): in at 10, still open at the
     *       last candle, 11, where both runs close it by {@code force_exit}.</li>
     * </ul>
     */
    @Test
    void handMadeCaseGivesTheSameThreeTradesBothWays() {
        double[] opens = {100, 101, 102, 103, 102, 101, 100, 99, 100, 101, 102, 103};
        long start = RandomMarket.START.toEpochMilli();
        long tf = RandomMarket.TIMEFRAME.millis();
        Candles.Builder b = Candles.builder(opens.length);
        for (int i = 0; i < opens.length; i++) {
            double close = i + 1 < opens.length ? opens[i + 1] : opens[i];
            b.add(start + i * tf, opens[i], Math.max(opens[i], close) + 0.5, Math.min(opens[i], close) - 0.5, close, 1000);
        }
        String pair = "BTC/USDT";
        SignalPattern pattern = new SignalPattern(
                Map.of(pair, Set.of(candle(1), candle(5), candle(9))),
                Map.of(pair, Set.of(candle(3))));
        ParityCase c = new ParityCase(Map.of(pair, b.build()), pattern, RandomMarket.TIMEFRAME,
                Map.of(15, -1.0), -0.5, 1);

        List<TradeKey> expected = List.of(
                new TradeKey(pair, at(2), at(4), "exit_signal"),
                new TradeKey(pair, at(6), at(9), "roi"),
                new TradeKey(pair, at(10), at(11), "force_exit"));
        assertThat(BacktestReplay.run(c)).as("backtest").containsExactlyElementsOf(expected);
        assertThat(LiveReplay.run(c, dir)).as("live").containsExactlyElementsOf(expected);
    }

    private static long candle(int i) {
        return RandomMarket.START.toEpochMilli() + i * RandomMarket.TIMEFRAME.millis();
    }

    private static Instant at(int i) {
        return Instant.ofEpochMilli(candle(i));
    }
}
