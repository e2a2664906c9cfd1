package dev.hertz.optimize.backtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.PrecisionMode;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.ResolvedStrategy;
import dev.hertz.core.strategy.StrategyResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * freqtrade's 54 hand-made candle scenarios ({@code tests/optimize/test_backtest_detail.py},
 * reference §11.3), read from the reference table: each must give exactly the listed trades
 * (reason, open and close candle, side, tag) and profit sum.
 */
public class BacktestDetailTest {
    static final Instant START = Instant.parse("2018-10-03T00:00:00Z");
    private static final long HOUR = 3_600_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Scenario> scenarios() throws IOException {
        List<Scenario> all = Scenario.parseTable(Files.readString(SharedFiles.require("reference/bot-core.md")));
        assertThat(all).hasSize(54);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioGivesFreqtradesTrades(Scenario scenario) throws IOException {
        SimulationResult result = run(scenario);

        List<Trade> trades = result.trades();
        assertThat(trades).as("trades").hasSize(scenario.trades().size());
        for (int i = 0; i < trades.size(); i++) {
            Trade t = trades.get(i);
            Scenario.Expected e = scenario.trades().get(i);
            assertThat(t.exitReason()).as("exit reason of trade %d", i).isEqualTo(e.reason());
            assertThat(t.openDate()).as("open date of trade %d", i).isEqualTo(tick(e.openTick()));
            assertThat(t.closeDate()).as("close date of trade %d", i).isEqualTo(tick(e.closeTick()));
            assertThat(t.isShort()).as("side of trade %d", i).isEqualTo(e.isShort());
            assertThat(t.enterTag()).as("enter tag of trade %d", i).isEqualTo(e.enterTag());
        }
        double sum = trades.stream().mapToDouble(Trade::closeProfit).sum();
        assertThat(Math.round(sum * 1000) / 1000.0).as("sum of profit ratios").isEqualTo(scenario.profitSum());
    }

    static SimulationResult run(Scenario scenario) throws IOException {
        return run(scenario, null, Map.of(), false);
    }

    /** The scenario with {@code --timeframe-detail} candles and/or {@code --eps}. */
    static SimulationResult run(Scenario scenario, Timeframe detail, Map<String, Candles> detailCandles,
                                boolean positionStacking) throws IOException {
        Scenario.Settings s = scenario.settings();
        int timeout = s.timeout() == null ? -1 : s.timeout();
        ObjectNode config = (ObjectNode) JSON.readTree("""
                {"strategy": "ScenarioStrategy", "stake_currency": "BTC", "stake_amount": 0.001,
                 "max_open_trades": 10, "dry_run": true, "dry_run_wallet": 1000, "fee": 0,
                 "trading_mode": "margin", "margin_mode": "isolated",
                 "unfilledtimeout": {"entry": %d, "exit": %d},
                 "exchange": {"name": "binance", "pair_whitelist": ["UNITTEST/BTC"]},
                 "pairlists": [{"method": "StaticPairList"}],
                 "entry_pricing": {}, "exit_pricing": {}}
                """.formatted(timeout < 0 ? 10 : timeout, timeout < 0 ? 30 : timeout));
        ScenarioStrategy strategy = new ScenarioStrategy(s);
        ResolvedStrategy resolved = StrategyResolver.resolve(strategy, config, RunMode.BACKTEST);
        HertzConfig cfg = HertzConfig.from(resolved.config());
        BacktestSetup setup = BacktestSetup.of(cfg, strategy, markets(), 0.0, 10, positionStacking, false, detail);
        PairSignals rows = PairSignals.of("UNITTEST/BTC", frameOf(scenario), 0, TimeRange.ALL, true);
        long last = tick(scenario.candles().size() - 1).toEpochMilli();
        return new Backtester(setup).run(List.of(rows), START.toEpochMilli(), last, detailCandles,
                BacktestProgress.NONE, () -> false);
    }

    static Instant tick(int n) {
        return START.plusMillis(n * HOUR);
    }

    static Frame frameOf(Scenario scenario) {
        List<Scenario.Candle> candles = scenario.candles();
        int n = candles.size();
        long[] date = new long[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        double[] enterLong = new double[n];
        double[] exitLong = new double[n];
        double[] enterShort = new double[n];
        double[] exitShort = new double[n];
        String[] enterTag = new String[n];
        for (int i = 0; i < n; i++) {
            Scenario.Candle c = candles.get(i);
            date[i] = tick(i).toEpochMilli();
            open[i] = c.open();
            high[i] = c.high();
            low[i] = c.low();
            close[i] = c.close();
            volume[i] = 6172;
            enterLong[i] = c.enterLong() ? 1 : 0;
            exitLong[i] = c.exitLong() ? 1 : 0;
            enterShort[i] = c.enterShort() ? 1 : 0;
            exitShort[i] = c.exitShort() ? 1 : 0;
            enterTag[i] = c.enterTag();
        }
        return Frame.of(date, open, high, low, close, volume)
                .set(Frame.ENTER_LONG, enterLong).set(Frame.EXIT_LONG, exitLong)
                .set(Frame.ENTER_SHORT, enterShort).set(Frame.EXIT_SHORT, exitShort)
                .setStrings(Frame.ENTER_TAG, enterTag);
    }

    /** UNITTEST/BTC without precision; a 0.00001 BTC minimum, no maximum; leverage up to 100. */
    public static BacktestMarkets markets() {
        Market market = new Market("UNITTEST/BTC", "UNITTEST", "BTC", true, true, true, false,
                PrecisionMode.TICK_SIZE, null, null,
                new Market.Limits(Market.MinMax.NONE, new Market.MinMax(0.00001, null), Market.MinMax.NONE),
                0.0, 0.0, null);
        return new BacktestMarkets() {
            @Override
            public Market market(String pair) {
                return market;
            }

            @Override
            public double maxLeverage(String pair, double stake) {
                return 100.0;
            }
        };
    }
}
