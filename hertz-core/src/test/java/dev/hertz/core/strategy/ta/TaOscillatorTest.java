package dev.hertz.core.strategy.ta;

import org.junit.jupiter.api.Test;

import static dev.hertz.core.strategy.ta.Hand.assertMatches;
import static dev.hertz.core.strategy.ta.Hand.nans;
import static org.assertj.core.api.Assertions.assertThat;

class TaOscillatorTest {

    private final Ta ta = new Ta();
    private final double[][] candles = Hand.candles(150, 11);
    private final double[] high = candles[1];
    private final double[] low = candles[2];
    private final double[] close = candles[3];
    private final double[] volume = candles[4];

    @Test
    void rsiOfAShortSeriesWorkedOutByHand() {
        // changes +1 +1 −1 +1 +1 −1, period 3: first averages 2/3 and 1/3, then Wilder smoothing
        double[] rsi = ta.rsi(new double[] {1, 2, 3, 2, 3, 4, 3}, 3);

        assertMatches(rsi, new double[] {Double.NaN, Double.NaN, Double.NaN,
                200.0 / 3, 700.0 / 9, 2300.0 / 27, 4600.0 / 81});
    }

    @Test
    void rsiMatchesWilderSmoothingWithPeriodLeadingNans() {
        double[] rsi = ta.rsi(close, 14);

        assertThat(Hand.nanPrefix(rsi)).isEqualTo(14);
        assertMatches(rsi, Hand.rsi(close, 14));
    }

    @Test
    void stochfIsRawKAndItsSma() {
        double[] rawK = Hand.fastK(high, low, close, 5, 0);
        double[] d = Hand.smaFrom(rawK, 3, 4);
        double[] k = only(rawK, 6);

        Stochastic stochf = ta.stochf(high, low, close, 5, 3);

        assertThat(Hand.nanPrefix(stochf.k())).isEqualTo(6);
        assertMatches(stochf.k(), k);
        assertMatches(stochf.d(), d);
    }

    @Test
    void stochSmoothsKThenAveragesItIntoD() {
        double[] slowK = Hand.smaFrom(Hand.fastK(high, low, close, 5, 0), 3, 4);
        double[] slowD = Hand.smaFrom(slowK, 3, 6);

        Stochastic stoch = ta.stoch(high, low, close, 5, 3, 3);

        assertThat(Hand.nanPrefix(stoch.k())).isEqualTo(8);
        assertMatches(stoch.k(), only(slowK, 8));
        assertMatches(stoch.d(), slowD);
    }

    @Test
    void stochRsiIsTheFastStochasticOfRsi() {
        double[] rsi = Hand.rsi(close, 14);
        double[] rawK = Hand.fastK(rsi, rsi, rsi, 5, 14);
        double[] d = Hand.smaFrom(rawK, 3, 18);

        Stochastic stochRsi = ta.stochRsi(close, 14, 5, 3);

        assertThat(Hand.nanPrefix(stochRsi.k())).isEqualTo(20);
        assertMatches(stochRsi.k(), only(rawK, 20));
        assertMatches(stochRsi.d(), d);
    }

    @Test
    void willrPlacesTheCloseBelowTheHighestHigh() {
        int p = 14;
        double[] expected = nans(close.length);
        for (int i = p - 1; i < close.length; i++) {
            double hh = Hand.highest(high, i - p + 1, i);
            double ll = Hand.lowest(low, i - p + 1, i);
            expected[i] = -100 * (hh - close[i]) / (hh - ll);
        }

        assertMatches(ta.willr(high, low, close, p), expected);
    }

    @Test
    void mfiSplitsMoneyFlowByTheDirectionOfTheTypicalPrice() {
        int p = 14;
        double[] tp = Qtpylib.typicalPrice(high, low, close);
        double[] expected = nans(close.length);
        for (int i = p; i < close.length; i++) {
            double pos = 0;
            double neg = 0;
            for (int j = i - p + 1; j <= i; j++) {
                double flow = tp[j] * volume[j];
                if (tp[j] > tp[j - 1]) {
                    pos += flow;
                } else if (tp[j] < tp[j - 1]) {
                    neg += flow;
                }
            }
            expected[i] = 100 * pos / (pos + neg);
        }

        double[] mfi = ta.mfi(high, low, close, volume, p);

        assertThat(Hand.nanPrefix(mfi)).isEqualTo(14);
        assertMatches(mfi, expected);
    }

    @Test
    void tinyValuesGiveZeroAsInTaLib() {
        double[] price = new double[20];
        double[] tinyVolume = new double[20];
        for (int i = 0; i < price.length; i++) {
            price[i] = 1e-9 * (1 + i % 3);
            tinyVolume[i] = 10;
        }

        double[] rsi = ta.rsi(price, 3);
        double[] mfi = ta.mfi(price, price, price, tinyVolume, 14);

        assertThat(Hand.nanPrefix(rsi)).isEqualTo(3);
        assertThat(Hand.nanPrefix(mfi)).isEqualTo(14);
        for (int i = 3; i < price.length; i++) {
            assertThat(rsi[i]).isZero();
        }
        for (int i = 14; i < price.length; i++) {
            assertThat(mfi[i]).isZero();
        }
    }

    @Test
    void cciDividesTheDistanceFromTheMeanByTheMeanDeviation() {
        int p = 14;
        double[] tp = Qtpylib.typicalPrice(high, low, close);
        double[] expected = nans(close.length);
        for (int i = p - 1; i < close.length; i++) {
            double mean = 0;
            for (int j = i - p + 1; j <= i; j++) {
                mean += tp[j] / p;
            }
            double deviation = 0;
            for (int j = i - p + 1; j <= i; j++) {
                deviation += Math.abs(tp[j] - mean) / p;
            }
            expected[i] = (tp[i] - mean) / (0.015 * deviation);
        }

        assertMatches(ta.cci(high, low, close, p), expected);
    }

    @Test
    void momAndRocCompareWithTheValuePeriodRowsBack() {
        double[] mom = nans(close.length);
        double[] roc = nans(close.length);
        for (int i = 10; i < close.length; i++) {
            mom[i] = close[i] - close[i - 10];
            roc[i] = (close[i] / close[i - 10] - 1) * 100;
        }

        assertMatches(ta.mom(close, 10), mom);
        assertMatches(ta.roc(close, 10), roc);
    }

    /** {@code series} with every row before {@code from} set to NaN. */
    private static double[] only(double[] series, int from) {
        double[] out = series.clone();
        for (int i = 0; i < from; i++) {
            out[i] = Double.NaN;
        }
        return out;
    }
}
