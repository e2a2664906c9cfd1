package dev.hertz.core.strategy.ta;

import org.junit.jupiter.api.Test;

import static dev.hertz.core.strategy.ta.Hand.assertMatches;
import static dev.hertz.core.strategy.ta.Hand.nans;
import static org.assertj.core.api.Assertions.assertThat;

class TaMovingAverageTest {

    private final Ta ta = new Ta();
    private final double[] close = Hand.candles(120, 7)[3];

    @Test
    void smaIsThePlainAverageWithPeriodMinusOneLeadingNans() {
        double[] sma = ta.sma(close, 10);

        assertThat(Hand.nanPrefix(sma)).isEqualTo(9);
        assertMatches(sma, Hand.sma(close, 10));
    }

    @Test
    void smaOfAShortHandWrittenSeries() {
        double[] sma = ta.sma(new double[] {1, 2, 3, 4, 5}, 3);

        assertMatches(sma, new double[] {Double.NaN, Double.NaN, 2, 3, 4});
    }

    @Test
    void emaIsSeededWithTheSmaThenFollowsTheRecursion() {
        double[] ema = ta.ema(close, 10);

        assertThat(Hand.nanPrefix(ema)).isEqualTo(9);
        assertMatches(ema, Hand.ema(close, 10, 0));
    }

    @Test
    void emaOfAShortHandWrittenSeries() {
        // seed (1+2+3)/3 = 2, k = 0.5: 2 → (4+2)/2 = 3 → (8+3)/2 = 5.5
        double[] ema = ta.ema(new double[] {1, 2, 3, 4, 8}, 3);

        assertMatches(ema, new double[] {Double.NaN, Double.NaN, 2, 3, 5.5});
    }

    @Test
    void wmaWeightsTheNewestValueHeaviest() {
        assertMatches(ta.wma(close, 8), Hand.wma(close, 8));
        // (1·1 + 2·2 + 3·4) / 6
        assertMatches(ta.wma(new double[] {1, 2, 4}, 3), new double[] {Double.NaN, Double.NaN, 17.0 / 6});
    }

    @Test
    void temaCombinesThreeChainedEmas() {
        int p = 9;
        double[] e1 = Hand.ema(close, p, 0);
        double[] e2 = Hand.ema(e1, p, p - 1);
        double[] e3 = Hand.ema(e2, p, 2 * (p - 1));
        double[] expected = nans(close.length);
        for (int i = 3 * (p - 1); i < close.length; i++) {
            expected[i] = 3 * e1[i] - 3 * e2[i] + e3[i];
        }

        double[] tema = ta.tema(close, p);

        assertThat(Hand.nanPrefix(tema)).isEqualTo(24);
        assertMatches(tema, expected);
    }

    @Test
    void macdSeedsTheFastEmaWhereTheSlowOneStarts() {
        int fast = 12;
        int slow = 26;
        int signal = 9;
        double[] slowEma = Hand.ema(close, slow, 0);
        double[] fastEma = Hand.ema(close, fast, slow - fast);
        double[] line = nans(close.length);
        for (int i = slow - 1; i < close.length; i++) {
            line[i] = fastEma[i] - slowEma[i];
        }
        double[] signalLine = Hand.ema(line, signal, slow - 1);
        int lookback = slow - 1 + signal - 1;
        double[] expectedMacd = nans(close.length);
        double[] expectedHist = nans(close.length);
        for (int i = lookback; i < close.length; i++) {
            expectedMacd[i] = line[i];
            expectedHist[i] = line[i] - signalLine[i];
        }

        Macd macd = ta.macd(close, fast, slow, signal);

        assertThat(Hand.nanPrefix(macd.macd())).isEqualTo(33);
        assertMatches(macd.macd(), expectedMacd);
        assertMatches(macd.signal(), signalLine);
        assertMatches(macd.hist(), expectedHist);
    }

    @Test
    void bollingerUsesTheSmaAndThePopulationStandardDeviation() {
        int p = 20;
        double[] mid = Hand.sma(close, p);
        double[] upper = nans(close.length);
        double[] lower = nans(close.length);
        for (int i = p - 1; i < close.length; i++) {
            double squares = 0;
            for (int j = i - p + 1; j <= i; j++) {
                squares += (close[j] - mid[i]) * (close[j] - mid[i]);
            }
            double sd = Math.sqrt(squares / p);
            upper[i] = mid[i] + 2 * sd;
            lower[i] = mid[i] - 1.5 * sd;
        }

        Bands bands = ta.bollinger(close, p, 2, 1.5);

        assertThat(Hand.nanPrefix(bands.middle())).isEqualTo(19);
        assertMatches(bands.middle(), mid);
        assertMatches(bands.upper(), upper);
        assertMatches(bands.lower(), lower);
    }
}
