package dev.hertz.optimize.backtest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Metadata;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.StrategyResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * freqtrade's {@code test_backtest_multi_pair} on five pairs of 500 candles (freqtrade uses the
 * last 500 rows of five BTC pairs; here five price paths): one {@code bot_loop_start} per step,
 * and never more trades open at once than {@code max_open_trades} allows.
 */
class BacktestMultiPairTest {
    private static final long START = Instant.parse("2018-01-10T00:00:00Z").toEpochMilli();
    private static final long FIVE_MINUTES = 300_000;
    private static final List<String> PAIRS = List.of("ADA/BTC", "DASH/BTC", "ETH/BTC", "LTC/BTC", "NXT/BTC");

    /** Enters every 20th (ETH, LTC) or 18th candle and exits two candles before the next entry. */
    public static final class AlternateHold extends Strategy {
        int loopStarts;

        public AlternateHold() {
            timeframe = "5m";
            minimalRoi = Map.of(0, 10.0);
            stoploss = -0.99;
            useExitSignal = true;
        }

        @Override
        public void botLoopStart(Instant currentTime) {
            loopStarts++;
        }

        @Override
        public Frame populateIndicators(Frame df, Metadata metadata) {
            return df;
        }

        private static int every(String pair) {
            return pair.startsWith("ETH") || pair.startsWith("LTC") ? 20 : 18;
        }

        @Override
        public Frame populateEntryTrend(Frame df, Metadata metadata) {
            int n = every(metadata.pair());
            return df.signal(Frame.ENTER_LONG, i -> i % n == 0);
        }

        @Override
        public Frame populateExitTrend(Frame df, Metadata metadata) {
            int n = every(metadata.pair());
            return df.signal(Frame.EXIT_LONG, i -> (i + 2) % n == 0);
        }
    }

    @ParameterizedTest(name = "max_open_trades {0}")
    @CsvSource({"1", "3"})
    void neverMoreOpenTradesThanSlots(int maxOpenTrades) throws IOException {
        AlternateHold strategy = new AlternateHold();
        ObjectNode config = EngineRun.config("{\"max_open_trades\": " + maxOpenTrades + ", \"use_exit_signal\": true, "
                + "\"exchange\": {\"name\": \"sim\", \"pair_whitelist\": " + PAIRS.stream()
                .map(p -> "\"" + p + "\"").toList() + "}}");
        HertzConfig cfg = HertzConfig.from(StrategyResolver.resolve(strategy, config, RunMode.BACKTEST).config());
        List<PairSignals> rows = new ArrayList<>();
        for (int p = 0; p < PAIRS.size(); p++) {
            Frame analysed = StrategyAnalyzerAccess.analyse(strategy, PAIRS.get(p), candles(500, p));
            rows.add(PairSignals.of(PAIRS.get(p), analysed, 0, TimeRange.ALL, false));
        }
        BacktestSetup setup = BacktestSetup.of(cfg, strategy, BacktestDetailTest.markets(), 0.0025,
                strategy.maxOpenTrades(), false, false, null);
        SimulationResult result = new Backtester(setup).run(rows, START, START + 499 * FIVE_MINUTES, Map.of(),
                BacktestProgress.NONE, () -> false);

        assertThat(strategy.loopStarts).as("bot_loop_start once per step").isEqualTo(499);
        List<Trade> trades = result.trades();
        assertThat(trades).isNotEmpty();
        assertThat(maxOpenAtOnce(trades)).isLessThanOrEqualTo(maxOpenTrades);
        if (maxOpenTrades == 3) {
            assertThat(maxOpenAtOnce(trades)).as("the slots are used").isEqualTo(3);
            assertThat(result.counters().rejectedSignals()).isPositive();
        }
    }

    /** The most trades open at one moment (a trade counts from its open date up to, not including, its close). */
    private static int maxOpenAtOnce(List<Trade> trades) {
        int max = 0;
        for (Trade t : trades) {
            long at = t.openDate().toEpochMilli();
            int open = 0;
            for (Trade o : trades) {
                if (o.openDate().toEpochMilli() <= at && o.closeDate().toEpochMilli() > at) {
                    open++;
                }
            }
            max = Math.max(max, open);
        }
        return max;
    }

    private static Candles candles(int rows, int seed) {
        long[] date = new long[rows];
        double[] open = new double[rows];
        double[] high = new double[rows];
        double[] low = new double[rows];
        double[] close = new double[rows];
        double[] volume = new double[rows];
        for (int i = 0; i < rows; i++) {
            date[i] = START + i * FIVE_MINUTES;
            open[i] = 0.01 * (1 + 0.02 * Math.sin((i + seed * 7) / 9.0));
            close[i] = 0.01 * (1 + 0.02 * Math.sin((i + 1 + seed * 7) / 9.0));
            high[i] = Math.max(open[i], close[i]) * 1.001;
            low[i] = Math.min(open[i], close[i]) * 0.999;
            volume[i] = 100;
        }
        return Candles.of(date, open, high, low, close, volume);
    }
}
