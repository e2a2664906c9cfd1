package dev.hertz.core.strategy.builtin;

import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.IntParameter;
import dev.hertz.core.strategy.Metadata;
import dev.hertz.core.strategy.Series;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.ta.Bands;
import dev.hertz.core.strategy.ta.HtSine;
import dev.hertz.core.strategy.ta.Macd;
import dev.hertz.core.strategy.ta.Qtpylib;
import dev.hertz.core.strategy.ta.Stochastic;

import java.util.Map;

import static dev.hertz.core.strategy.Conditions.above;
import static dev.hertz.core.strategy.Conditions.atMost;
import static dev.hertz.core.strategy.Conditions.crossedAbove;
import static dev.hertz.core.strategy.Conditions.falling;
import static dev.hertz.core.strategy.Conditions.rising;

/**
 * freqtrade's sample strategy: enter long when RSI crosses above {@code buyRsi} while TEMA is
 * below the middle Bollinger band (of the typical price) and rising; exit when RSI crosses above
 * {@code sellRsi} while TEMA is above the middle band and falling. The short signals mirror them
 * and are only used in margin/futures mode by a strategy with {@code canShort}.
 *
 * <p>The same strategy ships as source ({@code SampleStrategy.java}, deployed by
 * {@code create-userdir}) for users to copy and edit.
 */
public class SampleStrategy extends Strategy {

    final IntParameter buyRsi = new IntParameter(1, 50, 30).space("buy");
    final IntParameter sellRsi = new IntParameter(50, 100, 70).space("sell");
    final IntParameter shortRsi = new IntParameter(51, 100, 70).space("sell");
    final IntParameter exitShortRsi = new IntParameter(1, 50, 30).space("buy");

    public SampleStrategy() {
        canShort = false;
        minimalRoi = Map.of(60, 0.01, 30, 0.02, 0, 0.04);
        stoploss = -0.10;
        trailingStop = false;
        timeframe = "5m";
        processOnlyNewCandles = true;
        useExitSignal = true;
        exitProfitOnly = false;
        ignoreRoiIfEntrySignal = false;
        startupCandleCount = 200;
        orderTypes = Map.of("entry", "limit", "exit", "limit", "stoploss", "market", "stoploss_on_exchange", false);
        orderTimeInForce = Map.of("entry", "GTC", "exit", "GTC");
    }

    @Override
    public Map<String, Object> plotConfig() {
        return Map.of(
                "main_plot", Map.of("tema", Map.of(), "sar", Map.of("color", "white")),
                "subplots", Map.of(
                        "MACD", Map.of("macd", Map.of("color", "blue"), "macdsignal", Map.of("color", "orange")),
                        "RSI", Map.of("rsi", Map.of("color", "red"))));
    }

    @Override
    public Frame populateIndicators(Frame df, Metadata metadata) {
        df.set("adx", ta.adx(df.high(), df.low(), df.close(), 14));
        df.set("rsi", ta.rsi(df.close(), 14));

        Stochastic stochFast = ta.stochf(df.high(), df.low(), df.close(), 5, 3);
        df.set("fastd", stochFast.d());
        df.set("fastk", stochFast.k());

        Macd macd = ta.macd(df.close(), 12, 26, 9);
        df.set("macd", macd.macd());
        df.set("macdsignal", macd.signal());
        df.set("macdhist", macd.hist());

        df.set("mfi", ta.mfi(df.high(), df.low(), df.close(), df.volume(), 14));

        Bands bollinger = Qtpylib.bollingerBands(Qtpylib.typicalPrice(df), 20, 2);
        df.set("bb_lowerband", bollinger.lower());
        df.set("bb_middleband", bollinger.middle());
        df.set("bb_upperband", bollinger.upper());
        double[] bandWidth = Series.combine(bollinger.upper(), bollinger.lower(), (u, l) -> u - l);
        df.set("bb_percent", Series.combine(Series.combine(df.close(), bollinger.lower(), (c, l) -> c - l),
                bandWidth, (distance, width) -> distance / width));
        df.set("bb_width", Series.combine(bandWidth, bollinger.middle(), (width, middle) -> width / middle));

        df.set("sar", ta.sar(df.high(), df.low(), 0.02, 0.2));
        df.set("tema", ta.tema(df.close(), 9));

        HtSine hilbert = ta.htSine(df.close());
        df.set("htsine", hilbert.sine());
        df.set("htleadsine", hilbert.leadSine());
        return df;
    }

    @Override
    public Frame populateEntryTrend(Frame df, Metadata metadata) {
        double[] rsi = df.col("rsi");
        double[] tema = df.col("tema");
        double[] bbMiddle = df.col("bb_middleband");
        df.signal(Frame.ENTER_LONG, crossedAbove(rsi, buyRsi.value())
                .and(atMost(tema, bbMiddle))          // Guard: tema below BB middle
                .and(rising(tema))                    // Guard: tema is rising
                .and(above(df.volume(), 0)));         // Make sure volume is not 0
        df.signal(Frame.ENTER_SHORT, crossedAbove(rsi, shortRsi.value())
                .and(above(tema, bbMiddle))           // Guard: tema above BB middle
                .and(falling(tema))                   // Guard: tema is falling
                .and(above(df.volume(), 0)));
        return df;
    }

    @Override
    public Frame populateExitTrend(Frame df, Metadata metadata) {
        double[] rsi = df.col("rsi");
        double[] tema = df.col("tema");
        double[] bbMiddle = df.col("bb_middleband");
        df.signal(Frame.EXIT_LONG, crossedAbove(rsi, sellRsi.value())
                .and(above(tema, bbMiddle))           // Guard: tema above BB middle
                .and(falling(tema))                   // Guard: tema is falling
                .and(above(df.volume(), 0)));
        df.signal(Frame.EXIT_SHORT, crossedAbove(rsi, exitShortRsi.value())
                .and(atMost(tema, bbMiddle))          // Guard: tema below BB middle
                .and(rising(tema))                    // Guard: tema is rising
                .and(above(df.volume(), 0)));
        return df;
    }
}
