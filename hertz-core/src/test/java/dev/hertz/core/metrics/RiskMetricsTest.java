package dev.hertz.core.metrics;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The edge cases of freqtrade's metrics: no trades, one trade, no deviation, no starting balance. */
class RiskMetricsTest {
    private static final Instant D1 = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant D11 = Instant.parse("2024-03-11T12:00:00Z");

    @Test
    void withoutTradesOrWithinOneInstantEverythingIsZero() {
        double[] none = {};
        assertThat(RiskMetrics.sharpe(none, D1, D11, 1000)).isZero();
        assertThat(RiskMetrics.sortino(none, D1, D11, 1000)).isZero();
        assertThat(RiskMetrics.sqn(none, 1000)).isZero();
        assertThat(RiskMetrics.calmar(none, D1, D11, 1000)).isZero();
        assertThat(RiskMetrics.sharpe(new double[] {5}, D1, D1, 1000)).isZero();
        assertThat(RiskMetrics.calmar(new double[] {5}, null, D11, 1000)).isZero();
        assertThat(RiskMetrics.currentDrawdown(none, new Instant[0], 1000)).isEqualTo(RiskMetrics.CurrentDrawdown.NONE);
    }

    @Test
    void noDeviationOrNoDrawdownIsNotOptimal() {
        double[] twoWins = {10, 10};
        assertThat(RiskMetrics.sharpe(twoWins, D1, D11, 1000)).isEqualTo(-100.0);
        assertThat(RiskMetrics.sortino(twoWins, D1, D11, 1000)).isEqualTo(-100.0);
        assertThat(RiskMetrics.sqn(twoWins, 1000)).isEqualTo(-100.0);
        assertThat(RiskMetrics.sqn(new double[] {10}, 1000)).isEqualTo(-100.0);
        assertThat(RiskMetrics.calmar(twoWins, D1, D11, 1000)).isEqualTo(-100.0);
    }

    @Test
    void daysAreWholeDaysAtLeastOne() {
        assertThat(RiskMetrics.days(D1, D11)).isEqualTo(10);
        assertThat(RiskMetrics.days(D1, D1.plusSeconds(3600))).isEqualTo(1);
        assertThat(RiskMetrics.days(D11, D1)).isEqualTo(1);
        assertThat(RiskMetrics.days(null, D1)).isEqualTo(1);
        // 10 days: returns 0.02 and -0.01, mean daily 0.001; population deviation 0.015
        assertThat(RiskMetrics.sharpe(new double[] {20, -10}, D1, D11, 1000))
                .isCloseTo(0.001 / 0.015 * Math.sqrt(365), within(1e-12));
        // two losses -0.01 and -0.03: downside deviation 0.01
        assertThat(RiskMetrics.sortino(new double[] {50, -10, -30}, D1, D11, 1000))
                .isCloseTo(0.001 / 0.01 * Math.sqrt(365), within(1e-12));
    }

    @Test
    void cagrIsZeroWhenUndefined() {
        assertThat(RiskMetrics.cagr(365, 1000, 1100)).isCloseTo(0.1, within(1e-12));
        assertThat(RiskMetrics.cagr(10, 0, 1100)).isZero();
        assertThat(RiskMetrics.cagr(10, 1000, -5)).isZero();
    }

    @Test
    void drawdownsCountFromAZeroStart() {
        Instant[] dates = {D1, D1.plusSeconds(60), D1.plusSeconds(120)};
        // a first losing trade is a drawdown from the start, which the snapshot's formula missed
        RiskMetrics.CurrentDrawdown losing = RiskMetrics.currentDrawdown(new double[] {-10, -5, 3}, dates, 1000);
        assertThat(losing.high()).isZero();
        assertThat(losing.abs()).isEqualTo(12.0);
        assertThat(losing.relative()).isEqualTo(12.0 / 1000);
        assertThat(losing.highDate()).isEqualTo(D1);
        assertThat(RiskMetrics.maxRelativeDrawdown(new double[] {-10, -5, 3}, 1000)).isEqualTo(15.0 / 1000);

        // a new high with the last trade: no drawdown, the date is that of the high before it
        RiskMetrics.CurrentDrawdown rising = RiskMetrics.currentDrawdown(new double[] {4, -1, 9}, dates, 1000);
        assertThat(rising.abs()).isZero();
        assertThat(rising.high()).isEqualTo(12.0);
        assertThat(rising.relative()).isZero();
        assertThat(rising.highDate()).isEqualTo(D1);

        // without starting balance relative to the high itself; infinite at a zero high, as pandas divides
        assertThat(RiskMetrics.currentDrawdown(new double[] {10, -4}, dates, 0).relative()).isEqualTo(0.4);
        assertThat(RiskMetrics.currentDrawdown(new double[] {-4}, dates, 0).relative()).isInfinite();
    }
}
