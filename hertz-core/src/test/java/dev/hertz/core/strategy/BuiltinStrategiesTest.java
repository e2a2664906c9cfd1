package dev.hertz.core.strategy;

import dev.hertz.core.data.Candles;
import dev.hertz.core.strategy.builtin.DemoStrategy;
import dev.hertz.core.strategy.builtin.SampleStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The shipped strategies on freqtrade's own test candles ({@code UNITTEST_BTC-1m.json}). */
class BuiltinStrategiesTest {

    private static final String PAIR = "UNITTEST/BTC";

    @TempDir
    Path dir;

    private static Frame analyse(Strategy strategy, Candles candles) {
        StrategyFixture.attach(strategy, StrategyAnalyzerTest.SPOT);
        InstantSource now = InstantSource.fixed(Instant.ofEpochMilli(candles.lastDate()).plusSeconds(60));
        return new StrategyAnalyzer(strategy, now).analyze(PAIR, candles).orElseThrow();
    }

    private static int count(Frame f, String signal) {
        int n = 0;
        for (double v : f.col(signal)) {
            n += v == 1.0 ? 1 : 0;
        }
        return n;
    }

    @Test
    void sampleStrategyEntersAndExitsExactlyWhereItsConditionsHold() {
        Candles candles = StrategyFixture.unittestBtc1m();
        Frame f = analyse(new SampleStrategy(), candles);

        assertThat(f.length()).isEqualTo(candles.size());
        assertThat(count(f, Frame.ENTER_LONG)).isPositive();
        assertThat(count(f, Frame.EXIT_LONG)).isPositive();
        double[] rsi = f.col("rsi");
        double[] tema = f.col("tema");
        double[] mid = f.col("bb_middleband");
        double[] volume = f.volume();
        for (int i = 1; i < f.length(); i++) {
            boolean enter = rsi[i] > 30 && rsi[i - 1] <= 30 && tema[i] <= mid[i] && tema[i] > tema[i - 1] && volume[i] > 0;
            boolean exit = rsi[i] > 70 && rsi[i - 1] <= 70 && tema[i] > mid[i] && tema[i] < tema[i - 1] && volume[i] > 0;
            assertThat(f.col(Frame.ENTER_LONG)[i] == 1.0).as("enter_long row %d", i).isEqualTo(enter);
            assertThat(f.col(Frame.EXIT_LONG)[i] == 1.0).as("exit_long row %d", i).isEqualTo(exit);
        }
        assertThat(f.columnNames()).contains("adx", "fastd", "fastk", "macd", "macdsignal", "macdhist", "mfi",
                "bb_lowerband", "bb_upperband", "bb_percent", "bb_width", "sar", "htsine", "htleadsine",
                Frame.ENTER_TAG, Frame.EXIT_TAG);
    }

    @Test
    void theDeployedSampleSourceBehavesExactlyLikeTheBuiltIn() {
        Candles candles = StrategyFixture.unittestBtc1m();
        StrategyFixture fx = new StrategyFixture(dir);
        fx.strategyFile(StrategyTemplates.SAMPLE_FILE, StrategyTemplates.sampleStrategy());
        Strategy compiled = fx.load("SampleStrategy").strategy();
        assertThat(compiled).isNotInstanceOf(SampleStrategy.class);
        SampleStrategy builtin = new SampleStrategy();

        Frame fromSource = analyse(compiled, candles);
        Frame fromBuiltin = analyse(builtin, candles);

        assertThat(fromSource.columnNames()).isEqualTo(fromBuiltin.columnNames());
        for (String signal : new String[] {Frame.ENTER_LONG, Frame.EXIT_LONG, Frame.ENTER_SHORT, Frame.EXIT_SHORT,
                "rsi", "tema", "bb_middleband"}) {
            assertThat(fromSource.col(signal)).as(signal).containsExactly(fromBuiltin.col(signal));
        }
        assertThat(compiled.minimalRoi()).isEqualTo(builtin.minimalRoi());
        assertThat(compiled.orderTypes()).isEqualTo(builtin.orderTypes());
        assertThat(compiled.plotConfig()).isEqualTo(builtin.plotConfig());
        assertThat(HyperParameters.detect(compiled)).extracting(HyperParameters.Detected::name, HyperParameters.Detected::space)
                .isEqualTo(HyperParameters.detect(builtin).stream().map(d -> tuple(d.name(), d.space())).toList());
    }

    @Test
    void demoStrategyTradesOftenOnOneMinuteCandles() {
        Candles candles = StrategyFixture.unittestBtc1m();
        DemoStrategy demo = new DemoStrategy();
        Frame f = analyse(demo, candles);

        assertThat(demo.timeframe()).isEqualTo("1m");
        assertThat(demo.minimalRoi().lastEntry().getValue()).isZero();
        // at least one entry and one exit signal per hour of data on average
        int hours = candles.size() / 60;
        assertThat(count(f, Frame.ENTER_LONG)).isGreaterThan(hours);
        assertThat(count(f, Frame.EXIT_LONG)).isGreaterThan(hours);
        assertThat(f.strings(Frame.ENTER_TAG)).contains("ema_cross", "rsi_dip");
    }
}
