package dev.hertz.app.parity;

import dev.hertz.core.data.Candles;
import dev.hertz.core.persistence.Trade;
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
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Live-vs-backtest parity: the same strategy on the same candles gives the same trades whether
 * the real dry-run bot trades them one candle at a time on an exchange that replays them
 * ({@link LiveReplay}, filling at the next candle's open) or the backtester simulates them
 * ({@link BacktestReplay}): same pairs, same entry and exit candles, same exit reasons.
 * See {@link RandomMarket} for which exits are compared and why.
 */
class LiveBacktestParityTest {
    private static final String STOP_LOSS = "stop_loss";

    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    static LongStream stopSeeds() {
        return LongStream.rangeClosed(101, 120);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void liveBotTradesAsTheBacktesterOnRandomSignals(long seed) {
        ParityCase c = RandomMarket.signalCase(seed);

        List<Trade> backtest = BacktestReplay.run(c);
        List<Trade> live = LiveReplay.run(c, dir);

        assertThat(backtest).as("backtest trades of seed %d", seed).isNotEmpty();
        assertThat(TradeKey.of(live, c.timeframe())).as("live trades of seed %d (backtest on the right)", seed)
                .containsExactlyElementsOf(TradeKey.of(backtest, c.timeframe()));
        assertFilledAtOpens("backtest", backtest, c, false);
        assertFilledAtOpens("live", live, c, true);
    }

    /**
     * Stop exits. On candles without wicks, gap-free (each open is the previous close), the
     * backtester's stop inside candle <i>k</i> (its low, the open or the close, crossed the stop)
     * and the live bot's stop at the open of <i>k + 1</i> (that same close) are the same breach
     * seen at the same instant, the end of candle <i>k</i>; the live trade is simply dated at the
     * next candle. So a stop exit is compared by reason, its live exit one candle later.
     *
     * <p>A signal of the pair on candle <i>k</i> itself would be read differently, and rightly:
     * the backtest trade is already closed (it may re-enter at <i>k + 1</i>), the live trade still
     * open (an exit signal outranks the stop; the exit's pair lock forbids the re-entry). Those
     * signals are removed from the pattern, again until the backtest's stop candles settle.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("stopSeeds")
    void stopCasesMatchUpToTheCandleTheLiveBotSeesTheBreach(long seed) {
        ParityCase c = withoutSignalsOnStopCandles(RandomMarket.stopCase(seed));
        List<TradeKey> backtest = TradeKey.of(BacktestReplay.run(c), c.timeframe());
        List<TradeKey> expectedLive = backtest.stream()
                .map(t -> STOP_LOSS.equals(t.exitReason()) ? t.exitingLater(c.timeframe()) : t).toList();

        List<Trade> live = LiveReplay.run(c, dir);

        assertThat(backtest).as("backtest exit reasons of seed %d", seed).extracting(TradeKey::exitReason)
                .contains(STOP_LOSS, "exit_signal");
        assertThat(TradeKey.of(live, c.timeframe()))
                .as("live trades of seed %d (backtest, stops a candle later, on the right)", seed)
                .containsExactlyElementsOf(expectedLive);
        assertFilledAtOpens("live", live, c, true);
    }

    /**
     * Every entry filled at the open of its entry candle and every exit at the open of its exit
     * candle, except, with {@code stopsAtOpen} false, stop exits (the backtester prices them at
     * the stop inside the candle).
     */
    private static void assertFilledAtOpens(String run, List<Trade> trades, ParityCase c, boolean stopsAtOpen) {
        for (Trade t : trades) {
            TradeKey key = TradeKey.of(t, c.timeframe());
            assertThat(t.openRate()).as("%s entry price of %s", run, key)
                    .isCloseTo(c.openAt(t.pair(), key.entryCandle()), withinPercentage(1e-9));
            if (stopsAtOpen || !STOP_LOSS.equals(t.exitReason())) {
                assertThat(t.closeRate()).as("%s exit price of %s", run, key)
                        .isCloseTo(c.openAt(t.pair(), key.exitCandle()), withinPercentage(1e-9));
            }
        }
    }

    /** The case with its pairs' signals on the backtest's stop candles removed, until there are none left. */
    private static ParityCase withoutSignalsOnStopCandles(ParityCase c) {
        while (true) {
            SignalPattern cleared = c.pattern();
            for (TradeKey t : TradeKey.of(BacktestReplay.run(c), c.timeframe())) {
                if (STOP_LOSS.equals(t.exitReason())) {
                    cleared = cleared.withoutSignalsOn(t.pair(), t.exitCandle().toEpochMilli());
                }
            }
            if (cleared.equals(c.pattern())) {
                return c;
            }
            c = c.withPattern(cleared);
        }
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
        Candles candles = fromOpens(0.5, 100, 101, 102, 103, 102, 101, 100, 99, 100, 101, 102, 103);
        String pair = "BTC/USDT";
        SignalPattern pattern = new SignalPattern(
                Map.of(pair, Set.of(candle(1), candle(5), candle(9))),
                Map.of(pair, Set.of(candle(3))));
        ParityCase c = new ParityCase(Map.of(pair, candles), pattern, RandomMarket.TIMEFRAME,
                Map.of(15, -1.0), -0.5, 1, ExitOptions.DEFAULTS);

        List<TradeKey> expected = List.of(
                new TradeKey(pair, at(2), at(4), "exit_signal"),
                new TradeKey(pair, at(6), at(9), "roi"),
                new TradeKey(pair, at(10), at(11), "force_exit"));
        assertThat(TradeKey.of(BacktestReplay.run(c), c.timeframe())).as("backtest").containsExactlyElementsOf(expected);
        assertThat(TradeKey.of(LiveReplay.run(c, dir), c.timeframe())).as("live").containsExactlyElementsOf(expected);
    }

    /**
     * A stop exit by hand: entry signal on candle 1, in at 2 at 100 with a 4 % stop (96). Candles
     * without wicks fall 100 → 99 → 97 → 95: the backtester sees candle 4's low (95) cross the stop
     * and exits on candle 4; the live bot sees 95 at the open of candle 5 and exits there.
     */
    @Test
    void handMadeStopIsSeenAtTheNextOpenLive() {
        Candles candles = fromOpens(0, 100, 100, 100, 99, 97, 95, 95, 95);
        String pair = "BTC/USDT";
        SignalPattern pattern = new SignalPattern(Map.of(pair, Set.of(candle(1))), Map.of());
        ParityCase c = new ParityCase(Map.of(pair, candles), pattern, RandomMarket.TIMEFRAME,
                Map.of(0, 100.0), -0.04, 1, ExitOptions.DEFAULTS);

        assertThat(TradeKey.of(BacktestReplay.run(c), c.timeframe())).as("backtest")
                .containsExactly(new TradeKey(pair, at(2), at(4), STOP_LOSS));
        assertThat(TradeKey.of(LiveReplay.run(c, dir), c.timeframe())).as("live")
                .containsExactly(new TradeKey(pair, at(2), at(5), STOP_LOSS));
    }

    /** Gap-free candles from their opens (each closes at the next open, the last is flat), {@code wick} beyond both ends. */
    private static Candles fromOpens(double wick, double... opens) {
        Candles.Builder b = Candles.builder(opens.length);
        for (int i = 0; i < opens.length; i++) {
            double close = i + 1 < opens.length ? opens[i + 1] : opens[i];
            b.add(candle(i), opens[i], Math.max(opens[i], close) + wick, Math.min(opens[i], close) - wick, close, 1000);
        }
        return b.build();
    }

    private static long candle(int i) {
        return RandomMarket.START.toEpochMilli() + i * RandomMarket.TIMEFRAME.millis();
    }

    private static Instant at(int i) {
        return Instant.ofEpochMilli(candle(i));
    }
}
