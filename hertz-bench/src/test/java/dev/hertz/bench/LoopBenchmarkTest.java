package dev.hertz.bench;

import dev.hertz.core.data.Candles;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.Frame;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs each benchmark's setup and one operation once (no measuring), on the full 100-pair bot,
 * and checks that it does the work it claims to measure.
 */
class LoopBenchmarkTest {
    private static final long FIVE_MINUTES = 300_000;

    @Test
    void benchmarksRunTheLoopAndTheAnalysisOnAHundredPairs() throws IOException {
        LoopBenchmark.NextCandle state = new LoopBenchmark.NextCandle();
        state.warmUpCandles = 8;
        state.start();
        try {
            BenchBot bot = state.bot();
            assertThat(bot.pairs()).hasSize(100).doesNotHaveDuplicates();
            Map<String, Frame> before = analysed(bot);

            state.closeCandle();
            new LoopBenchmark().newCandle(state);

            // every pair was analysed again on 500 candles that end with the candle that just closed
            Map<String, Frame> afterNewCandle = analysed(bot);
            long now = bot.bot().context().clock().millis();
            long lastClosed = Math.floorDiv(now, FIVE_MINUTES) * FIVE_MINUTES - FIVE_MINUTES;
            assertThat(afterNewCandle).hasSize(100);
            for (String pair : bot.pairs()) {
                Frame frame = afterNewCandle.get(pair);
                assertThat(frame.length()).as(pair).isEqualTo(500);
                assertThat(frame.date()[frame.lastIndex()]).as(pair).isEqualTo(lastClosed);
                assertThat(before.get(pair).date()[before.get(pair).lastIndex()]).isEqualTo(lastClosed - FIVE_MINUTES);
                assertThat(frame.has("htsine")).isTrue();
            }

            // the loop traded: trades were opened, each with its entry order
            List<Trade> trades = bot.bot().context().trades().allTrades();
            assertThat(trades).isNotEmpty();
            assertThat(trades).allSatisfy(t -> assertThat(t.orders()).isNotEmpty());

            // with no new candle the analyses are reused, not recomputed
            new LoopBenchmark().sameCandle(state);
            Map<String, Frame> afterSameCandle = analysed(bot);
            for (String pair : bot.pairs()) {
                assertThat(afterSameCandle.get(pair)).as(pair).isSameAs(afterNewCandle.get(pair));
            }

            IndicatorBenchmark.Market market = new IndicatorBenchmark.Market();
            market.copyFrom(bot);
            assertThat(market.candles()).hasSize(100).allSatisfy(c -> assertThat(c.size()).isEqualTo(500));
            assertThat(market.candles()).extracting(Candles::lastDate).containsOnly(lastClosed);
            assertThat(market.indicators()).hasSize(100)
                    .allSatisfy(f -> assertThat(f.last("htsine")).isFinite())
                    .allSatisfy(f -> assertThat(f.has(Frame.ENTER_LONG)).isFalse());
            assertThat(market.analysis()).hasSize(100)
                    .allSatisfy(f -> assertThat(f).get().satisfies(frame -> assertThat(frame.has(Frame.ENTER_LONG)).isTrue()));
        } finally {
            state.stop();
        }
    }

    private static Map<String, Frame> analysed(BenchBot bot) {
        Map<String, Frame> frames = new LinkedHashMap<>();
        for (String pair : bot.pairs()) {
            Optional<Frame> frame = bot.bot().context().analyzer().analyzedFrame(pair);
            frame.ifPresent(f -> frames.put(pair, f));
        }
        return frames;
    }
}
