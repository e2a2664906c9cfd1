package dev.hertz.core.strategy.ta;

import org.junit.jupiter.api.Test;

import static dev.hertz.core.strategy.ta.Hand.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

class TaTrendTest {

    private final Ta ta = new Ta();
    private final double[][] candles = Hand.candles(200, 3);
    private final double[] high = candles[1];
    private final double[] low = candles[2];
    private final double[] close = candles[3];
    private final double[] volume = candles[4];

    @Test
    void atrIsWilderSmoothedTrueRange() {
        double[] atr = ta.atr(high, low, close, 14);

        assertThat(Hand.nanPrefix(atr)).isEqualTo(14);
        assertMatches(atr, Hand.atr(high, low, close, 14));
    }

    @Test
    void directionalIndicatorsFollowWilder() {
        double[][] dmi = Hand.dmi(high, low, close, 14);

        double[] plusDi = ta.plusDi(high, low, close, 14);
        double[] minusDi = ta.minusDi(high, low, close, 14);
        double[] adx = ta.adx(high, low, close, 14);

        assertThat(Hand.nanPrefix(plusDi)).isEqualTo(14);
        assertThat(Hand.nanPrefix(minusDi)).isEqualTo(14);
        assertThat(Hand.nanPrefix(adx)).isEqualTo(27);
        assertMatches(plusDi, dmi[0]);
        assertMatches(minusDi, dmi[1]);
        assertMatches(adx, dmi[2]);
    }

    @Test
    void obvAddsVolumeOnUpClosesAndSubtractsItOnDownCloses() {
        double[] c = {10, 11, 11, 9, 12};
        double[] v = {100, 20, 30, 40, 50};

        assertMatches(ta.obv(c, v), new double[] {100, 120, 120, 80, 130});
        double[] expected = new double[close.length];
        expected[0] = volume[0];
        for (int i = 1; i < close.length; i++) {
            double sign = Math.signum(close[i] - close[i - 1]);
            expected[i] = expected[i - 1] + sign * volume[i];
        }
        assertMatches(ta.obv(close, volume), expected);
    }

    @Test
    void sarStaysBelowTheLowsOfASteadyUptrend() {
        int n = 60;
        double[] h = new double[n];
        double[] l = new double[n];
        for (int i = 0; i < n; i++) {
            l[i] = 100 + i;
            h[i] = l[i] + 2;
        }

        double[] sar = ta.sar(h, l, 0.02, 0.2);

        assertThat(Hand.nanPrefix(sar)).isEqualTo(1);
        for (int i = 1; i < n; i++) {
            assertThat(sar[i]).as("row %d", i).isLessThan(l[i]);
        }
        // in an uptrend the stop only moves up
        assertThat(sar[n - 1]).isGreaterThan(sar[n - 2]);
    }

    @Test
    void htSineHas63LeadingNansAndStaysWithinMinusOneAndOne() {
        HtSine ht = ta.htSine(close);

        assertThat(Hand.nanPrefix(ht.sine())).isEqualTo(63);
        assertThat(Hand.nanPrefix(ht.leadSine())).isEqualTo(63);
        for (int i = 63; i < close.length; i++) {
            assertThat(ht.sine()[i]).isBetween(-1.0, 1.0);
            assertThat(ht.leadSine()[i]).isBetween(-1.0, 1.0);
        }
    }
}
