package dev.hertz.core.metrics;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** freqtrade's calculate_max_drawdown on hand-computed series (reference bot-core §7.5). */
class DrawdownTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private static Instant[] dates(int n) {
        Instant[] d = new Instant[n];
        for (int i = 0; i < n; i++) {
            d[i] = T0.plusSeconds(3600L * i);
        }
        return d;
    }

    @Test
    void absoluteModeFindsTheDeepestFallAndItsPeak() {
        // cumulative 10, 30, 15, 5, 25, 20 ; peak 30 at row 1, deepest fall -25 at row 3
        double[] profits = {10, 20, -15, -10, 20, -5};
        Drawdown dd = Drawdown.of(profits, dates(6), 1000, Drawdown.Mode.ABSOLUTE);
        assertThat(dd.abs()).isEqualTo(25.0);
        assertThat(dd.highDate()).isEqualTo(T0.plusSeconds(3600));
        assertThat(dd.lowDate()).isEqualTo(T0.plusSeconds(3 * 3600));
        assertThat(dd.highValue()).isEqualTo(30.0);
        assertThat(dd.lowValue()).isEqualTo(5.0);
        assertThat(dd.relative()).isCloseTo(25.0 / 1030.0, within(1e-15));
    }

    @Test
    void thePeakStartsAtTheFirstTradeNotAtZero() {
        // a first losing trade is its own peak: the fall starts after it
        double[] profits = {-10, -5, 3};
        Drawdown dd = Drawdown.of(profits, dates(3), 1000, Drawdown.Mode.ABSOLUTE);
        assertThat(dd.abs()).isEqualTo(5.0);
        assertThat(dd.highValue()).isEqualTo(-10.0);
        assertThat(dd.lowValue()).isEqualTo(-15.0);
        assertThat(dd.relative()).isCloseTo(5.0 / 990.0, within(1e-15));
    }

    @Test
    void noLosingTradeMeansNoDrawdown() {
        assertThat(Drawdown.of(new double[] {5, 10}, dates(2), 1000, Drawdown.Mode.ABSOLUTE).isNone()).isTrue();
        assertThat(Drawdown.of(new double[] {-5}, dates(1), 1000, Drawdown.Mode.ABSOLUTE)).isEqualTo(Drawdown.NONE);
        assertThat(Drawdown.of(new double[0], new Instant[0], 1000, Drawdown.Mode.RELATIVE).isNone()).isTrue();
    }

    @Test
    void relativeModePicksTheLargestFallAgainstTheBalance() {
        // sb 100: cumulative 100, 50 (50/200 = 0.25), 1000, 900 (100/1100 = 0.0909)
        double[] profits = {100, -50, 950, -100};
        Drawdown absolute = Drawdown.of(profits, dates(4), 100, Drawdown.Mode.ABSOLUTE);
        Drawdown relative = Drawdown.of(profits, dates(4), 100, Drawdown.Mode.RELATIVE);
        assertThat(absolute.abs()).isEqualTo(100.0);
        assertThat(absolute.relative()).isCloseTo(100.0 / 1100.0, within(1e-15));
        assertThat(relative.abs()).isEqualTo(50.0);
        assertThat(relative.relative()).isEqualTo(0.25);
        assertThat(relative.lowDate()).isEqualTo(T0.plusSeconds(3600));
    }

    @Test
    void withoutStartingBalanceTheFallIsRelativeToThePeak() {
        Drawdown dd = Drawdown.of(new double[] {0.1, -0.04}, dates(2), 0, Drawdown.Mode.ABSOLUTE);
        assertThat(dd.relative()).isCloseTo(0.4, within(1e-15));
    }
}
