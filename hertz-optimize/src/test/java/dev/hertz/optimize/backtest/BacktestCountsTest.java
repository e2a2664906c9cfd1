package dev.hertz.optimize.backtest;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.data.history.CandleCleaner;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.data.history.DataFormat;
import dev.hertz.core.data.history.HistoryStore;
import dev.hertz.core.data.history.SeriesKey;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Metadata;
import dev.hertz.core.strategy.SignalDirection;
import dev.hertz.core.strategy.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The count-based backtest checks of freqtrade's test suite (reference §11.4). */
class BacktestCountsTest {
    /** freqtrade's test {@code default_conf} leaves exit signals on; case A's config turns them off. */
    private static final String SIGNAL_EXITS = "{\"timeframe\": \"1m\", \"use_exit_signal\": true}";

    @Test
    void unfillableEntriesTimeOutOnTheNextCandle() throws Exception {
        // 12 candles, 11 after the shift; an entry on each but the last, each cancelled one candle later
        Candles candles = EngineRun.testdata("5m", "1517227800-1517231100");
        SimulationResult result = EngineRun.simulate(new UnfillableEntries(),
                EngineRun.config("{\"max_open_trades\": 1, \"unfilledtimeout\": {\"entry\": 4}}"), candles, 0, false);

        assertThat(result.counters().timedoutEntryOrders()).isEqualTo(10);
        assertThat(result.trades()).isEmpty();
    }

    @Test
    void oneMinuteTimeframeMakesOneTrade() throws Exception {
        Candles candles = EngineRun.testdata("1m", "1510688220-1510700340");
        SimulationResult result = EngineRun.simulate(new StrategyTestV3(), EngineRun.config(
                "{\"max_open_trades\": 1, \"timeframe\": \"1m\"}"), candles, 20, false);

        assertThat(result.trades()).hasSize(1);
    }

    @ParameterizedTest(name = "{0} without protections: {1} trades, with CooldownPeriod: {2}")
    @CsvSource({"sine, 35, 9", "raise, 19, 10", "lower, 0, 0"})
    void priceContoursGiveFreqtradesTradeCounts(String contour, int trades, int withCooldown) throws Exception {
        Candles candles = contour(contour);
        String config = "{\"max_open_trades\": 1, \"timeframe\": \"1m\", \"use_exit_signal\": true}";
        assertThat(EngineRun.simulate(new StrategyTestV3(), EngineRun.config(config), candles, 20, false).trades())
                .hasSize(trades);
        // repeated runs give the same count, and the cooldown protection thins them out
        assertThat(EngineRun.simulate(new StrategyTestV3(), EngineRun.config(config), candles, 20, false).trades())
                .hasSize(trades);
        assertThat(EngineRun.simulate(new CooledStrategyTestV3(), EngineRun.config(config), candles, 20, true)
                .trades()).hasSize(withCooldown);
    }

    @Test
    void alternatingSignalsTradeEveryOtherCandle() throws Exception {
        Candles all = EngineRun.testdata("1m", "");
        Candles candles = all.tail(201);
        SimulationResult result = EngineRun.simulate(new Alternating(i -> i % 2 == 0, i -> i % 2 == 1),
                EngineRun.config(SIGNAL_EXITS), candles, 0, false);

        assertThat(result.trades()).hasSize(100);
        assertThat(result.trades()).noneMatch(Trade::isOpen);
    }

    @Test
    void entryAndExitOnTheSameCandleNeverTrade() throws Exception {
        Candles candles = EngineRun.testdata("1m", "").tail(201);
        Random random = new Random(7);
        boolean[] both = new boolean[candles.size()];
        for (int i = 0; i < both.length; i++) {
            both[i] = random.nextBoolean();
        }
        assertThat(EngineRun.simulate(new Alternating(i -> both[i], i -> both[i]),
                EngineRun.config(SIGNAL_EXITS), candles, 0, false).trades()).isEmpty();
        assertThat(EngineRun.simulate(new Alternating(i -> false, i -> both[i]),
                EngineRun.config(SIGNAL_EXITS), candles, 0, false).trades()).isEmpty();
    }

    /**
     * freqtrade's {@code load_data_test}: the stored 1m candles (gaps not filled) with prices
     * replaced by a contour of the row index, then gaps filled and the last candle dropped.
     */
    private static Candles contour(String what) {
        Candles data = new HistoryStore(SharedFiles.require("testdata/UNITTEST_BTC-1m.feather").getParent(),
                DataFormat.FEATHER).load(new SeriesKey("UNITTEST/BTC", "1m", CandleType.SPOT),
                TimeRange.parse("1510694220-1510700340"), false);
        int n = data.size();
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        for (int i = 0; i < n; i++) {
            double price = switch (what) {
                case "raise" -> i * 0.001;
                case "lower" -> 1 - i * 0.001;
                default -> Math.sin(i * 0.1) / 1000 + 0.001;
            };
            open[i] = price;
            high[i] = price + 0.0001;
            low[i] = price - 0.0001;
        }
        Candles priced = Candles.of(data.dates(), open, high, low, open.clone(), data.volumes());
        Candles filled = CandleCleaner.fillMissing(priced, Timeframe.parse("1m"), "UNITTEST/BTC");
        return filled.slice(0, filled.size() - 1);
    }

    /** StrategyTestV3 with freqtrade's test protection: a 3-minute cooldown after each exit. */
    public static final class CooledStrategyTestV3 extends Strategy {
        private final StrategyTestV3 logic = new StrategyTestV3();

        public CooledStrategyTestV3() {
            minimalRoi = Map.of(40, 0.0, 30, 0.01, 20, 0.02, 0, 0.04);
            stoploss = -0.10;
            timeframe = "1m";
            startupCandleCount = 20;
        }

        @Override
        public List<Map<String, Object>> protections() {
            return List.of(Map.of("method", "CooldownPeriod", "stop_duration", 3));
        }

        @Override
        public Frame populateIndicators(Frame df, Metadata metadata) {
            return logic.populateIndicators(df, metadata);
        }

        @Override
        public Frame populateEntryTrend(Frame df, Metadata metadata) {
            return logic.populateEntryTrend(df, metadata);
        }

        @Override
        public Frame populateExitTrend(Frame df, Metadata metadata) {
            return logic.populateExitTrend(df, metadata);
        }
    }

    /** freqtrade's {@code StrategyTestV3CustomEntryPrice}: enters on every candle at a price no candle reaches. */
    public static final class UnfillableEntries extends Strategy {
        public UnfillableEntries() {
            minimalRoi = Map.of(0, 0.04);
            stoploss = -0.10;
            timeframe = "5m";
        }

        @Override
        public Frame populateIndicators(Frame df, Metadata metadata) {
            return df;
        }

        @Override
        public Frame populateEntryTrend(Frame df, Metadata metadata) {
            double[] volume = df.volume();
            return df.signal(Frame.ENTER_LONG, i -> volume[i] > 0);
        }

        @Override
        public Frame populateExitTrend(Frame df, Metadata metadata) {
            return df;
        }

        @Override
        public double customEntryPrice(String pair, Trade trade, Instant currentTime, double proposedRate,
                                       String entryTag, SignalDirection side) {
            return 0.001;
        }
    }

    /** Entry and exit signals by row index. */
    public static final class Alternating extends Strategy {
        private final IntPredicate enter;
        private final IntPredicate exit;

        Alternating(IntPredicate enter, IntPredicate exit) {
            this.enter = enter;
            this.exit = exit;
            minimalRoi = Map.of(40, 0.0, 30, 0.01, 20, 0.02, 0, 0.04);
            stoploss = -0.10;
            timeframe = "1m";
        }

        @Override
        public Frame populateIndicators(Frame df, Metadata metadata) {
            return df;
        }

        @Override
        public Frame populateEntryTrend(Frame df, Metadata metadata) {
            return df.signal(Frame.ENTER_LONG, enter);
        }

        @Override
        public Frame populateExitTrend(Frame df, Metadata metadata) {
            return df.signal(Frame.EXIT_LONG, exit);
        }
    }
}
