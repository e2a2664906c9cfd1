package dev.hertz.core.strategy.ta;

import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Mask;
import org.junit.jupiter.api.Test;

import static dev.hertz.core.strategy.ta.Hand.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class QtpylibTest {

    @Test
    void typicalPriceIsTheMeanOfHighLowAndClose() {
        double[] tp = Qtpylib.typicalPrice(new double[] {3, 6}, new double[] {1, 3}, new double[] {2, 6});

        assertMatches(tp, new double[] {2, 5});
    }

    @Test
    void typicalPriceOfAFrameReadsItsColumns() {
        Frame f = Frame.of(new long[] {1, 2}, new double[] {0, 0}, new double[] {3, 6}, new double[] {1, 3},
                new double[] {2, 6}, new double[] {0, 0});

        assertMatches(Qtpylib.typicalPrice(f), new double[] {2, 5});
    }

    @Test
    void typicalPriceRejectsColumnsOfDifferentLengths() {
        assertThatThrownBy(() -> Qtpylib.typicalPrice(new double[2], new double[3], new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2, 3, 2");
    }

    @Test
    void bollingerBandsOfAShortSeriesWorkedOutByHand() {
        // window 3, min_periods 1: expanding mean and sample std until the window is full
        Bands bb = Qtpylib.bollingerBands(new double[] {1, 3, 5, 9}, 3, 2);

        assertMatches(bb.middle(), new double[] {1, 2, 3, 17.0 / 3});
        double sd1 = Math.sqrt(2);                       // {1, 3}
        double sd2 = 2;                                  // {1, 3, 5}
        double sd3 = Math.sqrt((4.0 / 9 + 64.0 / 9 + 100.0 / 9) / 2); // {3, 5, 9}
        assertMatches(bb.upper(), new double[] {Double.NaN, 2 + 2 * sd1, 3 + 2 * sd2, 17.0 / 3 + 2 * sd3});
        assertMatches(bb.lower(), new double[] {Double.NaN, 2 - 2 * sd1, 3 - 2 * sd2, 17.0 / 3 - 2 * sd3});
    }

    @Test
    void bollingerBandsMatchARollingWindowOverCandles() {
        double[] close = Hand.candles(80, 9)[3];
        int window = 20;

        Bands bb = Qtpylib.bollingerBands(close, window, 2);

        for (int i = 1; i < close.length; i++) {
            int from = Math.max(0, i - window + 1);
            int count = i - from + 1;
            double mean = 0;
            for (int j = from; j <= i; j++) {
                mean += close[j] / count;
            }
            double squares = 0;
            for (int j = from; j <= i; j++) {
                squares += (close[j] - mean) * (close[j] - mean);
            }
            double sd = Math.sqrt(squares / (count - 1));
            assertThat(bb.middle()[i]).isCloseTo(mean, within(1e-9));
            assertThat(bb.upper()[i]).isCloseTo(mean + 2 * sd, within(1e-9));
            assertThat(bb.lower()[i]).isCloseTo(mean - 2 * sd, within(1e-9));
        }
    }

    @Test
    void crossedHelpersFollowQtpylib() {
        double[] rsi = {25, 35, 28, 31, 31};

        assertThat(Qtpylib.crossedAbove(rsi, 30)).isEqualTo(Mask.of(false, true, false, true, false));
        assertThat(Qtpylib.crossedBelow(rsi, 30)).isEqualTo(Mask.of(false, false, true, false, false));
        double[] level = {30, 30, 30, 30, 32};
        assertThat(Qtpylib.crossedAbove(rsi, level)).isEqualTo(Mask.of(false, true, false, true, false));
        assertThat(Qtpylib.crossedBelow(rsi, level)).isEqualTo(Mask.of(false, false, true, false, true));
    }
}
