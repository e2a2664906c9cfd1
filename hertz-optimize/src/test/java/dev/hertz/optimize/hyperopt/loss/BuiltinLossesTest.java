package dev.hertz.optimize.hyperopt.loss;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.hertz.optimize.hyperopt.loss.LossCases.five;
import static dev.hertz.optimize.hyperopt.loss.LossCases.input;
import static dev.hertz.optimize.hyperopt.loss.LossCases.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every built-in loss on {@link LossCases#five()}; the expected values were worked out by hand
 * from the formulas of bot-core §8.3 (and checked with a short Python script of those formulas).
 */
class BuiltinLossesTest {
    private static final double EPS = 1e-9;

    @Test
    void shortTradeDurationAddsTradeProfitAndDurationTerms() {
        // 1 − 0.25·exp(−595²/10^5.8) + (1 − 0.03/3) + 0.4·min(1314/300, 1)
        assertThat(new ShortTradeDurHyperOptLoss().loss(input(five()))).isCloseTo(2.247353562248169, within(EPS));
    }

    @Test
    void onlyProfitIsTheNegatedAbsoluteProfit() {
        assertThat(new OnlyProfitHyperOptLoss().loss(input(five()))).isCloseTo(-30, within(EPS));
    }

    @Test
    void sharpeAndSortinoUseTheTradeReturnsOverTenDays() {
        // mean daily return 0.03/10; population std of the five returns 0.0272764; × √365
        assertThat(new SharpeHyperOptLoss().loss(input(five()))).isCloseTo(-2.1012668989552856, within(EPS));
        // downside deviation of −0.01 and −0.03 is 0.01
        assertThat(new SortinoHyperOptLoss().loss(input(five()))).isCloseTo(-5.731491952362842, within(EPS));
    }

    @Test
    void calmarDividesTheDailyPercentReturnByTheAccountDrawdown() {
        // (30/1000/10·100) / (40/1020) · √365
        assertThat(new CalmarHyperOptLoss().loss(input(five()))).isCloseTo(-146.1530447852524, within(EPS));
    }

    @Test
    void dailyRatiosUseEveryCalendarDayWithSlippage() {
        // 11 days 01-01..01-11, closes on days 0, 2, 3, 7, 9 each minus 0.0005
        assertThat(new SharpeHyperOptLossDaily().loss(input(five()))).isCloseTo(-2.449355535197795, within(EPS));
        assertThat(new SortinoHyperOptLossDaily().loss(input(five()))).isCloseTo(-4.910317491947657, within(EPS));
    }

    @Test
    void dailyRatiosWithoutVariationAreNotOptimal() {
        assertThat(new SharpeHyperOptLossDaily().loss(input(List.of()))).isEqualTo(20.0);
        assertThat(new SortinoHyperOptLossDaily().loss(input(List.of()))).isEqualTo(20.0);
    }

    @Test
    void drawdownLossesDivideProfitByTheDrawdown() {
        assertThat(new MaxDrawDownHyperOptLoss().loss(input(five()))).isCloseTo(-30.0 / 40, within(EPS));
        assertThat(new MaxDrawDownRelativeHyperOptLoss().loss(input(five()))).isCloseTo(-19.125, within(EPS));
        // −(30 − 40/1020 · 30 · 0.925)
        assertThat(new ProfitDrawDownHyperOptLoss().loss(input(five()))).isCloseTo(-28.91176470588235, within(EPS));
    }

    @Test
    void withoutDrawdownTheDrawdownLossesFallBackToProfit() {
        var winners = List.of(trade("2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z", 0.01, 10),
                trade("2024-01-03T00:00:00Z", "2024-01-04T00:00:00Z", 0.02, 20));
        assertThat(new MaxDrawDownHyperOptLoss().loss(input(winners))).isCloseTo(-30, within(EPS));
        assertThat(new MaxDrawDownRelativeHyperOptLoss().loss(input(winners))).isCloseTo(-30, within(EPS));
        assertThat(new ProfitDrawDownHyperOptLoss().loss(input(winners))).isCloseTo(-30, within(EPS));
        // no losing trade: Calmar is −100 ("not optimal"), so the loss is +100
        assertThat(new CalmarHyperOptLoss().loss(input(winners))).isEqualTo(100.0);
    }

    @Test
    void multiMetricMultipliesItsWeights() {
        // PF 70/40, expectancy ratio (1 + 35/20)·0.4 − 1 = 0.1, winrate 0.4, 5 trades → penalty 0.1
        assertThat(new MultiMetricHyperOptLoss().loss(input(five()))).isCloseTo(-1.0190574325717565, within(EPS));
    }

    @Test
    void tradesAreReadInCloseDateOrder() {
        List<dev.hertz.core.persistence.Trade> shuffled = List.of(five().get(4), five().get(3), five().get(0),
                five().get(2), five().get(1));
        assertThat(new MaxDrawDownHyperOptLoss().loss(input(shuffled))).isCloseTo(-0.75, within(EPS));
    }
}
