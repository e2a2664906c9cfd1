package dev.hertz.core.strategy.ta;

import dev.hertz.core.strategy.Frame;
import org.junit.jupiter.api.Test;

import static dev.hertz.core.strategy.Conditions.above;
import static dev.hertz.core.strategy.Conditions.atMost;
import static dev.hertz.core.strategy.Conditions.crossedAbove;
import static dev.hertz.core.strategy.Conditions.rising;
import static org.assertj.core.api.Assertions.assertThat;

/** freqtrade's sample strategy written against Frame, Ta and Qtpylib, checked row by row. */
class SampleStrategyUsageTest {

    private final Ta ta = new Ta();

    @Test
    void entrySignalsAndTagsLandExactlyOnTheRowsTheConditionsSelect() {
        double[][] c = Hand.candles(600, 21);
        long[] date = new long[600];
        for (int i = 0; i < date.length; i++) {
            date[i] = 1_517_227_800_000L + i * 300_000L;
        }
        Frame f = Frame.of(date, c[0], c[1], c[2], c[3], c[4]);

        f.set("rsi", ta.rsi(f.close(), 14));
        f.set("tema", ta.tema(f.close(), 9));
        Bands bb = Qtpylib.bollingerBands(Qtpylib.typicalPrice(f), 20, 2);
        f.set("bb_middleband", bb.middle());
        f.signal(Frame.ENTER_LONG, crossedAbove(f.col("rsi"), 30)
                .and(atMost(f.col("tema"), f.col("bb_middleband")))
                .and(rising(f.col("tema")))
                .and(above(f.volume(), 0)), "rsi_cross");

        double[] rsi = f.col("rsi");
        double[] tema = f.col("tema");
        double[] enter = f.col(Frame.ENTER_LONG);
        String[] tags = f.strings(Frame.ENTER_TAG);
        int signals = 0;
        for (int i = 1; i < f.length(); i++) {
            boolean expected = rsi[i] > 30 && rsi[i - 1] <= 30 && tema[i] <= bb.middle()[i]
                    && tema[i] > tema[i - 1] && f.volume()[i] > 0;
            if (expected) {
                assertThat(enter[i]).as("row %d", i).isEqualTo(1.0);
            } else {
                assertThat(enter[i]).as("row %d", i).isNaN();
            }
            assertThat(tags[i]).isEqualTo(expected ? "rsi_cross" : "");
            signals += expected ? 1 : 0;
        }
        assertThat(enter[0]).isNaN();
        assertThat(signals).isPositive();
    }
}
