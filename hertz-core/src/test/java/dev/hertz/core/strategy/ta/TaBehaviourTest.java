package dev.hertz.core.strategy.ta;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.hertz.core.strategy.ta.Hand.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaBehaviourTest {

    private final Ta ta = new Ta();
    private final double[][] candles = Hand.candles(100, 5);
    private final double[] high = candles[1];
    private final double[] low = candles[2];
    private final double[] close = candles[3];

    @Test
    void anIndicatorOfAnIndicatorStartsWhereItsInputStarts() {
        double[] rsi = ta.rsi(close, 14);

        double[] emaOfRsi = ta.ema(rsi, 5);

        // the Python wrapper skips the 14 leading NaNs instead of letting them poison the seed
        assertThat(Hand.nanPrefix(emaOfRsi)).isEqualTo(14 + 4);
        assertMatches(emaOfRsi, Hand.ema(rsi, 5, 14));
    }

    @Test
    void aNanInAnyInputDelaysTheStartForAll() {
        double[] h = high.clone();
        h[0] = Double.NaN;
        h[1] = Double.NaN;

        double[] atr = ta.atr(h, low, close, 14);

        assertThat(Hand.nanPrefix(atr)).isEqualTo(2 + 14);
    }

    @Test
    void inputShorterThanTheLookbackGivesOnlyNans() {
        double[] rsi = ta.rsi(new double[] {1, 2, 3, 4, 5}, 14);

        assertThat(Hand.nanPrefix(rsi)).isEqualTo(5);
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertThat(ta.rsi(new double[0], 14)).isEmpty();
        assertThat(ta.macd(new double[0], 12, 26, 9).hist()).isEmpty();
    }

    @Test
    void allNanInputGivesOnlyNans() {
        double[] sma = ta.sma(Hand.nans(30), 5);

        assertThat(Hand.nanPrefix(sma)).isEqualTo(30);
    }

    @Test
    void aPeriodOutsideTaLibsRangeIsRejectedByName() {
        assertThatThrownBy(() -> ta.rsi(close, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ta.rsi(period=1)")
                .hasMessageContaining("range");
        assertThatThrownBy(() -> ta.stochf(high, low, close, 0, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ta.stochf(fastK=0");
    }

    @Test
    void inputsOfDifferentLengthsAreRejected() {
        double[] shortLow = new double[low.length - 1];

        assertThatThrownBy(() -> ta.atr(high, shortLow, close, 14))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ta.atr(period=14)")
                .hasMessageContaining("[100, 99, 100]");
    }

    @Test
    void resultsAreFreshArraysThatLeaveTheInputAlone() {
        double[] input = close.clone();

        double[] sma = ta.sma(input, 5);

        assertThat(input).containsExactly(close);
        assertThat(sma).isNotSameAs(input);
    }

    @Test
    void oneTaServesManyThreadsWithTheSameResults() throws Exception {
        double[] rsi = ta.rsi(close, 14);
        double[] adx = ta.adx(high, low, close, 14);
        Macd macd = ta.macd(close, 12, 26, 9);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                runs.add(pool.submit(() -> {
                    boolean same = true;
                    for (int k = 0; k < 50; k++) {
                        same &= Arrays.equals(ta.rsi(close, 14), rsi)
                                && Arrays.equals(ta.adx(high, low, close, 14), adx)
                                && Arrays.equals(ta.macd(close, 12, 26, 9).hist(), macd.hist());
                    }
                    return same;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        }
    }
}
