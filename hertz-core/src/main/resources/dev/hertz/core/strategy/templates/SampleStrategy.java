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
 * A sample strategy to start from: freqtrade's sample strategy written for Hertz.
 *
 * <p>Hertz compiles this file when it starts (it needs a JDK for that). You can:
 * <ul>
 *   <li>rename the class (and the file with it: {@code MyStrategy} lives in {@code MyStrategy.java});</li>
 *   <li>add any methods, fields and helper classes you need;</li>
 *   <li>override the callbacks of {@code dev.hertz.core.strategy.StrategyCallbacks}.</li>
 * </ul>
 * You must keep {@code populateIndicators}, {@code populateEntryTrend} and
 * {@code populateExitTrend}; you should keep timeframe, minimalRoi, stoploss and the trailing
 * settings. Run it with {@code hertz trade --strategy SampleStrategy}.
 */
public class SampleStrategy extends Strategy {

    // Hyperoptable parameters. The field name is the parameter's name; hyperopt stores the best
    // values found in SampleStrategy.json next to this file, and they are loaded from there.
    final IntParameter buyRsi = new IntParameter(1, 50, 30).space("buy");
    final IntParameter sellRsi = new IntParameter(50, 100, 70).space("sell");
    final IntParameter shortRsi = new IntParameter(51, 100, 70).space("sell");
    final IntParameter exitShortRsi = new IntParameter(1, 50, 30).space("buy");

    public SampleStrategy() {
        // Can this strategy go short? (margin and futures only)
        canShort = false;

        // Minimal ROI: minutes since entry -> profit ratio at which to exit.
        // The config file's "minimal_roi" replaces this table when present.
        minimalRoi = Map.of(
                60, 0.01,
                30, 0.02,
                0, 0.04);

        // Stoploss as a ratio below the entry price; the config file's "stoploss" replaces it.
        stoploss = -0.10;

        // Trailing stoploss
        trailingStop = false;
        // trailingOnlyOffsetIsReached = false;
        // trailingStopPositive = 0.01;
        // trailingStopPositiveOffset = 0.0;

        timeframe = "5m";

        // Run populateIndicators() only when a new candle arrived.
        processOnlyNewCandles = true;

        // These can be replaced in the config file.
        useExitSignal = true;
        exitProfitOnly = false;
        ignoreRoiIfEntrySignal = false;

        // Candles the indicators need before they produce valid values.
        startupCandleCount = 200;

        orderTypes = Map.of(
                "entry", "limit",
                "exit", "limit",
                "stoploss", "market",
                "stoploss_on_exchange", false);
        orderTimeInForce = Map.of("entry", "GTC", "exit", "GTC");
    }

    @Override
    public Map<String, Object> plotConfig() {
        return Map.of(
                "main_plot", Map.of(
                        "tema", Map.of(),
                        "sar", Map.of("color", "white")),
                "subplots", Map.of(
                        "MACD", Map.of(
                                "macd", Map.of("color", "blue"),
                                "macdsignal", Map.of("color", "orange")),
                        "RSI", Map.of(
                                "rsi", Map.of("color", "red"))));
    }

    /**
     * Adds the indicators the signals use. For the best performance, compute only what you use.
     *
     * @param df       candles of one pair: date, open, high, low, close, volume
     * @param metadata the pair and timeframe
     */
    @Override
    public Frame populateIndicators(Frame df, Metadata metadata) {
        // ADX
        df.set("adx", ta.adx(df.high(), df.low(), df.close(), 14));

        // RSI
        df.set("rsi", ta.rsi(df.close(), 14));

        // Stochastic fast
        Stochastic stochFast = ta.stochf(df.high(), df.low(), df.close(), 5, 3);
        df.set("fastd", stochFast.d());
        df.set("fastk", stochFast.k());

        // MACD
        Macd macd = ta.macd(df.close(), 12, 26, 9);
        df.set("macd", macd.macd());
        df.set("macdsignal", macd.signal());
        df.set("macdhist", macd.hist());

        // MFI
        df.set("mfi", ta.mfi(df.high(), df.low(), df.close(), df.volume(), 14));

        // Bollinger Bands of the typical price
        Bands bollinger = Qtpylib.bollingerBands(Qtpylib.typicalPrice(df), 20, 2);
        df.set("bb_lowerband", bollinger.lower());
        df.set("bb_middleband", bollinger.middle());
        df.set("bb_upperband", bollinger.upper());
        double[] bandWidth = Series.combine(bollinger.upper(), bollinger.lower(), (u, l) -> u - l);
        df.set("bb_percent", Series.combine(Series.combine(df.close(), bollinger.lower(), (c, l) -> c - l),
                bandWidth, (distance, width) -> distance / width));
        df.set("bb_width", Series.combine(bandWidth, bollinger.middle(), (width, middle) -> width / middle));

        // Parabolic SAR
        df.set("sar", ta.sar(df.high(), df.low(), 0.02, 0.2));

        // TEMA - Triple Exponential Moving Average
        df.set("tema", ta.tema(df.close(), 9));

        // Hilbert Transform - SineWave
        HtSine hilbert = ta.htSine(df.close());
        df.set("htsine", hilbert.sine());
        df.set("htleadsine", hilbert.leadSine());

        return df;
    }

    /** Marks the candles on which to enter. */
    @Override
    public Frame populateEntryTrend(Frame df, Metadata metadata) {
        double[] rsi = df.col("rsi");
        double[] tema = df.col("tema");
        double[] bbMiddle = df.col("bb_middleband");
        df.signal(Frame.ENTER_LONG,
                crossedAbove(rsi, buyRsi.value())       // Signal: RSI crosses above buyRsi
                        .and(atMost(tema, bbMiddle))    // Guard: tema below BB middle
                        .and(rising(tema))              // Guard: tema is rising
                        .and(above(df.volume(), 0)));   // Make sure volume is not 0
        df.signal(Frame.ENTER_SHORT,
                crossedAbove(rsi, shortRsi.value())     // Signal: RSI crosses above shortRsi
                        .and(above(tema, bbMiddle))     // Guard: tema above BB middle
                        .and(falling(tema))             // Guard: tema is falling
                        .and(above(df.volume(), 0)));   // Make sure volume is not 0
        return df;
    }

    /** Marks the candles on which to exit. */
    @Override
    public Frame populateExitTrend(Frame df, Metadata metadata) {
        double[] rsi = df.col("rsi");
        double[] tema = df.col("tema");
        double[] bbMiddle = df.col("bb_middleband");
        df.signal(Frame.EXIT_LONG,
                crossedAbove(rsi, sellRsi.value())      // Signal: RSI crosses above sellRsi
                        .and(above(tema, bbMiddle))     // Guard: tema above BB middle
                        .and(falling(tema))             // Guard: tema is falling
                        .and(above(df.volume(), 0)));   // Make sure volume is not 0
        df.signal(Frame.EXIT_SHORT,
                crossedAbove(rsi, exitShortRsi.value()) // Signal: RSI crosses above exitShortRsi
                        .and(atMost(tema, bbMiddle))    // Guard: tema below BB middle
                        .and(rising(tema))              // Guard: tema is rising
                        .and(above(df.volume(), 0)));   // Make sure volume is not 0
        return df;
    }
}
