package dev.hertz.core.strategy.ta;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;

import java.util.Arrays;

/**
 * TA-Lib indicators (the Java port {@code com.tictactec:ta-lib}, the same C code freqtrade calls
 * through {@code talib.abstract as ta}) returning full-length arrays ready for
 * {@link dev.hertz.core.strategy.Frame#set}.
 *
 * <p><b>Alignment.</b> Every result has the input's length. Rows before the first computable one
 * are NaN, exactly as {@code ta.RSI(dataframe)} leaves them in freqtrade: with TA-Lib's default
 * settings, {@code rsi(close, 14)} has 14 leading NaNs, {@code ema(x, 10)} has 9, {@code adx(.., 14)}
 * has 27. Like the Python wrapper, leading rows where any input is NaN are skipped before TA-Lib
 * runs, so an indicator of an indicator ({@code ema(rsi, 5)}) starts where its input starts
 * instead of being NaN throughout. Parameters are named and defaulted as in TA-Lib; the Python
 * defaults are given for each method ({@code ta.RSI(dataframe)} is {@code rsi(close, 14)}).
 *
 * <p><b>Threads.</b> A {@code Ta} owns one TA-Lib {@link Core}. The only mutable state of a
 * {@code Core} is its configuration (unstable periods, compatibility mode, candle settings), which
 * its calculations read but never write, and which a {@code Ta} never changes after construction;
 * everything a calculation writes is local to the call. One {@code Ta} may therefore be shared by
 * all strategies and threads.
 *
 * <p>Parameters outside TA-Lib's range (a period below 2 for most indicators) and inputs of
 * different lengths throw {@link IllegalArgumentException} naming the indicator and its arguments.
 */
public final class Ta {

    private final Core core = new Core();

    /** A helper with TA-Lib's default configuration (no unstable periods, default compatibility). */
    public Ta() {
    }

    /**
     * Relative strength index, Wilder smoothing. freqtrade default: {@code ta.RSI(df)} = period 14.
     * As in TA-Lib, and so in freqtrade, a row whose average gain plus average loss is below 1e-8
     * (prices of a few satoshi) is 0.
     */
    public double[] rsi(double[] close, int period) {
        return compute("rsi(period=" + period + ")", core.rsiLookback(period), 1,
                (in, end, b, n, out) -> core.rsi(0, end, in[0], period, b, n, out[0]), close)[0];
    }

    /** Simple moving average. TA-Lib default period 30. */
    public double[] sma(double[] values, int period) {
        return compute("sma(period=" + period + ")", core.smaLookback(period), 1,
                (in, end, b, n, out) -> core.sma(0, end, in[0], period, b, n, out[0]), values)[0];
    }

    /** Exponential moving average, seeded with the SMA of the first {@code period} values. TA-Lib default 30. */
    public double[] ema(double[] values, int period) {
        return compute("ema(period=" + period + ")", core.emaLookback(period), 1,
                (in, end, b, n, out) -> core.ema(0, end, in[0], period, b, n, out[0]), values)[0];
    }

    /** Triple exponential moving average {@code 3·e1 − 3·e2 + e3}. TA-Lib default 30. */
    public double[] tema(double[] values, int period) {
        return compute("tema(period=" + period + ")", core.temaLookback(period), 1,
                (in, end, b, n, out) -> core.tema(0, end, in[0], period, b, n, out[0]), values)[0];
    }

    /** Linearly weighted moving average (weights 1..period, newest heaviest). TA-Lib default 30. */
    public double[] wma(double[] values, int period) {
        return compute("wma(period=" + period + ")", core.wmaLookback(period), 1,
                (in, end, b, n, out) -> core.wma(0, end, in[0], period, b, n, out[0]), values)[0];
    }

    /**
     * MACD. freqtrade default {@code ta.MACD(df)} = (12, 26, 9). As in TA-Lib, both EMAs start
     * on the same row, so the fast EMA is seeded later than a standalone {@code ema(close, fast)}.
     */
    public Macd macd(double[] close, int fastPeriod, int slowPeriod, int signalPeriod) {
        double[][] r = compute("macd(fast=" + fastPeriod + ", slow=" + slowPeriod + ", signal=" + signalPeriod + ")",
                core.macdLookback(fastPeriod, slowPeriod, signalPeriod), 3,
                (in, end, b, n, out) -> core.macd(0, end, in[0], fastPeriod, slowPeriod, signalPeriod, b, n,
                        out[0], out[1], out[2]), close);
        return new Macd(r[0], r[1], r[2]);
    }

    /**
     * TA-Lib {@code BBANDS} with a simple moving average and the population standard deviation.
     * TA-Lib default (5, 2, 2). For qtpylib's bands see {@link Qtpylib#bollingerBands}.
     */
    public Bands bollinger(double[] close, int period, double stddevUp, double stddevDown) {
        double[][] r = compute("bollinger(period=" + period + ", up=" + stddevUp + ", down=" + stddevDown + ")",
                core.bbandsLookback(period, stddevUp, stddevDown, MaType.SMA.talib()), 3,
                (in, end, b, n, out) -> core.bbands(0, end, in[0], period, stddevUp, stddevDown,
                        MaType.SMA.talib(), b, n, out[0], out[1], out[2]), close);
        return new Bands(r[0], r[1], r[2]);
    }

    /** Average true range, Wilder smoothing. TA-Lib default period 14. */
    public double[] atr(double[] high, double[] low, double[] close, int period) {
        return compute("atr(period=" + period + ")", core.atrLookback(period), 1,
                (in, end, b, n, out) -> core.atr(0, end, in[0], in[1], in[2], period, b, n, out[0]),
                high, low, close)[0];
    }

    /** Average directional movement index. freqtrade default {@code ta.ADX(df)} = period 14. */
    public double[] adx(double[] high, double[] low, double[] close, int period) {
        return compute("adx(period=" + period + ")", core.adxLookback(period), 1,
                (in, end, b, n, out) -> core.adx(0, end, in[0], in[1], in[2], period, b, n, out[0]),
                high, low, close)[0];
    }

    /** Plus directional indicator (+DI). freqtrade default {@code ta.PLUS_DI(df)} = period 14. */
    public double[] plusDi(double[] high, double[] low, double[] close, int period) {
        return compute("plusDi(period=" + period + ")", core.plusDILookback(period), 1,
                (in, end, b, n, out) -> core.plusDI(0, end, in[0], in[1], in[2], period, b, n, out[0]),
                high, low, close)[0];
    }

    /** Minus directional indicator (−DI). freqtrade default {@code ta.MINUS_DI(df)} = period 14. */
    public double[] minusDi(double[] high, double[] low, double[] close, int period) {
        return compute("minusDi(period=" + period + ")", core.minusDILookback(period), 1,
                (in, end, b, n, out) -> core.minusDI(0, end, in[0], in[1], in[2], period, b, n, out[0]),
                high, low, close)[0];
    }

    /** Slow stochastic with SMA smoothing. freqtrade default {@code ta.STOCH(df)} = (5, 3, 3). */
    public Stochastic stoch(double[] high, double[] low, double[] close, int fastKPeriod, int slowKPeriod,
                            int slowDPeriod) {
        return stoch(high, low, close, fastKPeriod, slowKPeriod, MaType.SMA, slowDPeriod, MaType.SMA);
    }

    /** Slow stochastic: %K over {@code fastKPeriod}, smoothed to slow %K, then averaged to slow %D. */
    public Stochastic stoch(double[] high, double[] low, double[] close, int fastKPeriod, int slowKPeriod,
                            MaType slowKMa, int slowDPeriod, MaType slowDMa) {
        double[][] r = compute("stoch(fastK=" + fastKPeriod + ", slowK=" + slowKPeriod + ", slowKMa=" + slowKMa
                        + ", slowD=" + slowDPeriod + ", slowDMa=" + slowDMa + ")",
                core.stochLookback(fastKPeriod, slowKPeriod, slowKMa.talib(), slowDPeriod, slowDMa.talib()), 2,
                (in, end, b, n, out) -> core.stoch(0, end, in[0], in[1], in[2], fastKPeriod, slowKPeriod,
                        slowKMa.talib(), slowDPeriod, slowDMa.talib(), b, n, out[0], out[1]), high, low, close);
        return new Stochastic(r[0], r[1]);
    }

    /** Fast stochastic with SMA %D. freqtrade default {@code ta.STOCHF(df)} = (5, 3). */
    public Stochastic stochf(double[] high, double[] low, double[] close, int fastKPeriod, int fastDPeriod) {
        return stochf(high, low, close, fastKPeriod, fastDPeriod, MaType.SMA);
    }

    /** Fast stochastic: raw %K over {@code fastKPeriod} and its {@code fastDMa} average %D. */
    public Stochastic stochf(double[] high, double[] low, double[] close, int fastKPeriod, int fastDPeriod,
                             MaType fastDMa) {
        double[][] r = compute("stochf(fastK=" + fastKPeriod + ", fastD=" + fastDPeriod + ", fastDMa=" + fastDMa + ")",
                core.stochFLookback(fastKPeriod, fastDPeriod, fastDMa.talib()), 2,
                (in, end, b, n, out) -> core.stochF(0, end, in[0], in[1], in[2], fastKPeriod, fastDPeriod,
                        fastDMa.talib(), b, n, out[0], out[1]), high, low, close);
        return new Stochastic(r[0], r[1]);
    }

    /** Stochastic RSI with SMA %D. freqtrade default {@code ta.STOCHRSI(df)} = (14, 5, 3). */
    public Stochastic stochRsi(double[] close, int period, int fastKPeriod, int fastDPeriod) {
        return stochRsi(close, period, fastKPeriod, fastDPeriod, MaType.SMA);
    }

    /** Stochastic RSI: the fast stochastic of {@code rsi(close, period)}. */
    public Stochastic stochRsi(double[] close, int period, int fastKPeriod, int fastDPeriod, MaType fastDMa) {
        double[][] r = compute("stochRsi(period=" + period + ", fastK=" + fastKPeriod + ", fastD=" + fastDPeriod
                        + ", fastDMa=" + fastDMa + ")",
                core.stochRsiLookback(period, fastKPeriod, fastDPeriod, fastDMa.talib()), 2,
                (in, end, b, n, out) -> core.stochRsi(0, end, in[0], period, fastKPeriod, fastDPeriod,
                        fastDMa.talib(), b, n, out[0], out[1]), close);
        return new Stochastic(r[0], r[1]);
    }

    /**
     * Money flow index. freqtrade default {@code ta.MFI(df)} = period 14. As in TA-Lib, and so in
     * freqtrade, a row whose window carries a total money flow (typical price × volume) below 1 is 0.
     */
    public double[] mfi(double[] high, double[] low, double[] close, double[] volume, int period) {
        return compute("mfi(period=" + period + ")", core.mfiLookback(period), 1,
                (in, end, b, n, out) -> core.mfi(0, end, in[0], in[1], in[2], in[3], period, b, n, out[0]),
                high, low, close, volume)[0];
    }

    /** Commodity channel index. TA-Lib default period 14. */
    public double[] cci(double[] high, double[] low, double[] close, int period) {
        return compute("cci(period=" + period + ")", core.cciLookback(period), 1,
                (in, end, b, n, out) -> core.cci(0, end, in[0], in[1], in[2], period, b, n, out[0]),
                high, low, close)[0];
    }

    /** Parabolic SAR. freqtrade default {@code ta.SAR(df)} = acceleration 0.02, maximum 0.2. */
    public double[] sar(double[] high, double[] low, double acceleration, double maximum) {
        return compute("sar(acceleration=" + acceleration + ", maximum=" + maximum + ")",
                core.sarLookback(acceleration, maximum), 1,
                (in, end, b, n, out) -> core.sar(0, end, in[0], in[1], acceleration, maximum, b, n, out[0]),
                high, low)[0];
    }

    /** Momentum {@code x[i] − x[i−period]}. TA-Lib default period 10. */
    public double[] mom(double[] values, int period) {
        return compute("mom(period=" + period + ")", core.momLookback(period), 1,
                (in, end, b, n, out) -> core.mom(0, end, in[0], period, b, n, out[0]), values)[0];
    }

    /** Rate of change in percent {@code (x[i] / x[i−period] − 1) · 100}. TA-Lib default period 10. */
    public double[] roc(double[] values, int period) {
        return compute("roc(period=" + period + ")", core.rocLookback(period), 1,
                (in, end, b, n, out) -> core.roc(0, end, in[0], period, b, n, out[0]), values)[0];
    }

    /** Williams' %R, from −100 to 0. TA-Lib default period 14. */
    public double[] willr(double[] high, double[] low, double[] close, int period) {
        return compute("willr(period=" + period + ")", core.willRLookback(period), 1,
                (in, end, b, n, out) -> core.willR(0, end, in[0], in[1], in[2], period, b, n, out[0]),
                high, low, close)[0];
    }

    /** On-balance volume, starting from the first row's volume. */
    public double[] obv(double[] close, double[] volume) {
        return compute("obv()", core.obvLookback(), 1,
                (in, end, b, n, out) -> core.obv(0, end, in[0], in[1], b, n, out[0]), close, volume)[0];
    }

    /** Hilbert transform sine wave ({@code ta.HT_SINE(df)}); 63 leading NaNs. */
    public HtSine htSine(double[] close) {
        double[][] r = compute("htSine()", core.htSineLookback(), 2,
                (in, end, b, n, out) -> core.htSine(0, end, in[0], b, n, out[0], out[1]), close);
        return new HtSine(r[0], r[1]);
    }

    /** One TA-Lib call on inputs starting at row 0 and ending at {@code endIdx}. */
    @FunctionalInterface
    private interface Call {
        RetCode run(double[][] in, int endIdx, MInteger begIdx, MInteger nbElement, double[][] out);
    }

    /**
     * Runs {@code call} the way the Python wrapper does: skip the leading rows where any input is
     * NaN, compute on the rest, and place TA-Lib's {@code outNBElement} results at
     * {@code skipped + outBegIdx}. TA-Lib writes its results from index 0 of each output array;
     * they are moved into place within the same array, so each output is allocated once.
     */
    private static double[][] compute(String label, int lookback, int outputs, Call call, double[]... inputs) {
        if (lookback < 0) {
            throw new IllegalArgumentException("ta." + label + ": parameters outside the range TA-Lib accepts");
        }
        int rows = inputs[0].length;
        for (double[] input : inputs) {
            if (input.length != rows) {
                throw new IllegalArgumentException("ta." + label + ": inputs differ in length: "
                        + Arrays.toString(Arrays.stream(inputs).mapToInt(a -> a.length).toArray()));
            }
        }
        double[][] out = new double[outputs][rows];
        if (rows == 0) {
            return out;
        }
        int skipped = firstCompleteRow(inputs);
        double[][] in = inputs;
        if (skipped > 0) {
            in = new double[inputs.length][];
            for (int k = 0; k < inputs.length; k++) {
                in[k] = Arrays.copyOfRange(inputs[k], skipped, rows);
            }
        }
        MInteger begIdx = new MInteger();
        MInteger count = new MInteger();
        RetCode rc = call.run(in, rows - skipped - 1, begIdx, count, out);
        if (rc != RetCode.Success) {
            throw new IllegalArgumentException("ta." + label + ": TA-Lib returned " + rc);
        }
        int offset = skipped + begIdx.value;
        for (double[] o : out) {
            if (count.value == 0) {
                Arrays.fill(o, Double.NaN);
            } else {
                System.arraycopy(o, 0, o, offset, count.value);
                Arrays.fill(o, 0, offset, Double.NaN);
                Arrays.fill(o, offset + count.value, rows, Double.NaN);
            }
        }
        return out;
    }

    /** First row where no input is NaN; the last row if there is none (as TA-Lib's Python wrapper does). */
    private static int firstCompleteRow(double[][] inputs) {
        int rows = inputs[0].length;
        rows:
        for (int i = 0; i < rows; i++) {
            for (double[] input : inputs) {
                if (Double.isNaN(input[i])) {
                    continue rows;
                }
            }
            return i;
        }
        return rows - 1;
    }
}
