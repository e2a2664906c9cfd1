package dev.hertz.core.bot;

import dev.hertz.core.persistence.Trade;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExitRulesTest {
    private static final Instant OPEN = Instant.parse("2024-05-01T12:00:00Z");
    private static final double NONE = Double.NaN;

    private static Trade longTrade() {
        Trade t = new Trade();
        t.setExchange("sim");
        t.setPair("ETH/USDT");
        t.setOpenRate(2.0);
        t.setAmount(30.0);
        t.setStakeAmount(60.0);
        t.setFeeOpen(0.0025);
        t.setFeeClose(0.0025);
        t.setOpenDate(OPEN);
        t.recalcOpenTradeValue();
        return t;
    }

    private static ExitSettings settings(Map<Integer, Double> roi, double stoploss) {
        return new ExitSettings(RoiTable.of(roi), stoploss, false, Double.NaN, 0.0, false, false, true, false, 0.0,
                false, true);
    }

    private static List<ExitType> types(List<ExitCheck> checks) {
        return checks.stream().map(ExitCheck::type).toList();
    }

    private static Instant at(int minutes) {
        return OPEN.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void roiStepIsChosenByTradeAgeInWholeMinutesAndNeedsStrictlyMoreProfit() {
        ExitRules rules = new ExitRules(settings(Map.of(0, 0.04, 20, 0.02, 30, 0.01, 40, 0.0), -0.5), ExitCallbacks.NONE);
        // 2.07: profit after fees of 0.25% each way ≈ 2.98 %
        assertThat(rules.shouldExit(longTrade(), 2.07, at(10), false, false, null, NONE, NONE)).isEmpty();
        assertThat(types(rules.shouldExit(longTrade(), 2.07, at(20), false, false, null, NONE, NONE)))
                .containsExactly(ExitType.ROI);
        // 19 min 59 s is still minute 19: the 0.04 step applies
        assertThat(rules.shouldExit(longTrade(), 2.07, at(20).minusSeconds(1), false, false, null, NONE, NONE)).isEmpty();
        // at 40 minutes anything strictly above 0 exits, exactly break-even does not
        Trade t = longTrade();
        double breakEven = 2.0 * (1 + 0.0025) / (1 - 0.0025);
        assertThat(t.calcProfitRatio(breakEven, at(41))).isCloseTo(0.0, within(1e-8));
        assertThat(rules.shouldExit(t, breakEven, at(41), false, false, null, NONE, NONE)).isEmpty();
        assertThat(types(rules.shouldExit(longTrade(), 2.02, at(41), false, false, null, NONE, NONE)))
                .containsExactly(ExitType.ROI);
    }

    @Test
    void emptyRoiTableNeverExitsAndMinusOneAlwaysDoes() {
        assertThat(new ExitRules(settings(Map.of(), -0.5), ExitCallbacks.NONE)
                .shouldExit(longTrade(), 3.0, at(600), false, false, null, NONE, NONE)).isEmpty();
        assertThat(types(new ExitRules(settings(Map.of(0, 0.5, 60, -1.0), -0.5), ExitCallbacks.NONE)
                .shouldExit(longTrade(), 1.9, at(61), false, false, null, NONE, NONE))).containsExactly(ExitType.ROI);
    }

    @Test
    void stoplossIsSetFromOpenRateAndHitAtOrBelowIt() {
        ExitRules rules = new ExitRules(settings(Map.of(0, 1.0), -0.10), ExitCallbacks.NONE);
        Trade t = longTrade();
        assertThat(rules.shouldExit(t, 1.81, at(5), false, false, null, NONE, NONE)).isEmpty();
        assertThat(t.stopLoss()).isCloseTo(1.8, within(1e-12));
        assertThat(t.initialStopLoss()).isCloseTo(1.8, within(1e-12));
        assertThat(t.stopLossPct()).isEqualTo(-0.10);
        assertThat(types(rules.shouldExit(t, 1.8, at(6), false, false, null, NONE, NONE)))
                .containsExactly(ExitType.STOP_LOSS);
        // the loss includes both fees
        assertThat(t.calcProfitRatio(1.8, at(6))).isCloseTo(-0.10448878, within(1e-8));
    }

    @Test
    void stopIsRoundedUpToThePairsTickForALong() {
        ExitRules rules = new ExitRules(settings(Map.of(), -0.07), ExitCallbacks.NONE);
        Trade t = longTrade();
        t.setOpenRate(2.013);
        t.setPricePrecision(0.01);
        t.setPrecisionModePrice(4);
        rules.shouldExit(t, 2.0, at(1), false, false, null, NONE, NONE);
        // 2.013 * 0.93 = 1.87209 -> rounded up to the 0.01 tick
        assertThat(t.stopLoss()).isEqualTo(1.88);
    }

    @Test
    void trailingStopWithOffsetOnlyMovesOnceTheOffsetIsReached() {
        ExitSettings s = new ExitSettings(RoiTable.of(Map.of()), -0.10, true, 0.02, 0.03, true, false, true, false,
                0.0, false, true);
        ExitRules rules = new ExitRules(s, ExitCallbacks.NONE);
        Trade t = longTrade();
        rules.shouldExit(t, 2.05, at(1), false, false, null, NONE, NONE);
        assertThat(t.stopLoss()).isCloseTo(1.8, within(1e-12));
        assertThat(t.isStopLossTrailing()).isFalse();

        rules.shouldExit(t, 2.2, at(2), false, false, null, NONE, NONE);
        assertThat(t.stopLoss()).isCloseTo(2.2 * 0.98, within(1e-12));
        assertThat(t.isStopLossTrailing()).isTrue();
        assertThat(t.maxRate()).isEqualTo(2.2);

        // a lower price never lowers the stop
        assertThat(rules.shouldExit(t, 2.17, at(3), false, false, null, NONE, NONE)).isEmpty();
        assertThat(t.stopLoss()).isCloseTo(2.156, within(1e-12));
        assertThat(types(rules.shouldExit(t, 2.15, at(4), false, false, null, NONE, NONE)))
                .containsExactly(ExitType.TRAILING_STOP_LOSS);
    }

    @Test
    void trailingWithoutPositiveTrailsAtTheStoplossDistance() {
        ExitSettings s = new ExitSettings(RoiTable.of(Map.of()), -0.10, true, Double.NaN, 0.0, false, false, true,
                false, 0.0, false, true);
        ExitRules rules = new ExitRules(s, ExitCallbacks.NONE);
        Trade t = longTrade();
        rules.shouldExit(t, 2.5, at(1), false, false, null, NONE, NONE);
        assertThat(t.stopLoss()).isCloseTo(2.25, within(1e-12));
    }

    @Test
    void exitSignalComesBeforeRoiAndUntrailedStopBetweenThem() {
        ExitRules rules = new ExitRules(settings(Map.of(0, 0.01), -0.10), ExitCallbacks.NONE);
        assertThat(rules.shouldExit(longTrade(), 2.2, at(1), false, true, "rsi_high", NONE, NONE))
                .containsExactly(new ExitCheck(ExitType.EXIT_SIGNAL, "rsi_high"), ExitCheck.of(ExitType.ROI));
        // backtest candle: low hits the stop, high reaches ROI
        assertThat(types(rules.shouldExit(longTrade(), 2.0, at(1), false, true, null, 1.7, 2.3)))
                .containsExactly(ExitType.EXIT_SIGNAL, ExitType.STOP_LOSS, ExitType.ROI);
    }

    @Test
    void trailedStopRanksAfterRoi() {
        ExitSettings s = new ExitSettings(RoiTable.of(Map.of(0, 0.01)), -0.10, true, 0.01, 0.0, false, false, true,
                false, 0.0, false, true);
        ExitRules rules = new ExitRules(s, ExitCallbacks.NONE);
        // candle high 2.4 trails the stop to 2.376, the low 2.1 hits it; ROI on the high as well
        assertThat(types(rules.shouldExit(longTrade(), 2.2, at(1), false, false, null, 2.1, 2.4)))
                .containsExactly(ExitType.ROI, ExitType.TRAILING_STOP_LOSS);
    }

    @Test
    void entrySignalOnTheSameCandleBlocksTheExitSignalAndOptionallyRoi() {
        ExitRules plain = new ExitRules(settings(Map.of(0, 0.01), -0.10), ExitCallbacks.NONE);
        assertThat(types(plain.shouldExit(longTrade(), 2.2, at(1), true, true, null, NONE, NONE)))
                .containsExactly(ExitType.ROI);
        ExitSettings ignoring = new ExitSettings(RoiTable.of(Map.of(0, 0.01)), -0.10, false, Double.NaN, 0.0, false,
                false, true, false, 0.0, true, true);
        assertThat(new ExitRules(ignoring, ExitCallbacks.NONE)
                .shouldExit(longTrade(), 2.2, at(1), true, false, null, NONE, NONE)).isEmpty();
    }

    @Test
    void exitProfitOnlyHoldsBackALosingExitSignalButNotCustomExit() {
        ExitSettings s = new ExitSettings(RoiTable.of(Map.of()), -0.5, false, Double.NaN, 0.0, false, false, true,
                true, 0.01, false, true);
        ExitCallbacks custom = new ExitCallbacks() {
            @Override
            public double customStoploss(String pair, Trade trade, Instant currentTime, double currentRate,
                                         double currentProfit, boolean afterFill) {
                return Double.NaN;
            }

            @Override
            public String customExit(String pair, Trade trade, Instant currentTime, double currentRate,
                                     double currentProfit) {
                return currentProfit < -0.02 ? "  cut_losses  " : null;
            }
        };
        ExitRules rules = new ExitRules(s, custom);
        // profit ~0.5 % is not above the 1 % offset: no exit signal
        assertThat(rules.shouldExit(longTrade(), 2.02, at(1), false, true, null, NONE, NONE)).isEmpty();
        assertThat(rules.shouldExit(longTrade(), 2.05, at(1), false, true, null, NONE, NONE))
                .containsExactly(ExitCheck.of(ExitType.EXIT_SIGNAL));
        assertThat(rules.shouldExit(longTrade(), 1.9, at(1), false, false, null, NONE, NONE))
                .containsExactly(new ExitCheck(ExitType.CUSTOM_EXIT, "cut_losses"));
    }

    @Test
    void customStoplossMovesTheStopFromTheCurrentRate() {
        ExitSettings s = new ExitSettings(RoiTable.of(Map.of()), -0.10, false, Double.NaN, 0.0, false, true, true,
                false, 0.0, false, true);
        ExitCallbacks tight = new ExitCallbacks() {
            @Override
            public double customStoploss(String pair, Trade trade, Instant currentTime, double currentRate,
                                         double currentProfit, boolean afterFill) {
                return currentProfit > 0.04 ? -0.01 : Double.NaN;
            }

            @Override
            public String customExit(String pair, Trade trade, Instant currentTime, double currentRate,
                                     double currentProfit) {
                return null;
            }
        };
        ExitRules rules = new ExitRules(s, tight);
        Trade t = longTrade();
        rules.shouldExit(t, 2.02, at(1), false, false, null, NONE, NONE);
        assertThat(t.stopLoss()).isCloseTo(1.8, within(1e-12));
        rules.shouldExit(t, 2.2, at(2), false, false, null, NONE, NONE);
        assertThat(t.stopLoss()).isCloseTo(2.178, within(1e-12));
        assertThat(types(rules.shouldExit(t, 2.17, at(3), false, false, null, NONE, NONE)))
                .containsExactly(ExitType.TRAILING_STOP_LOSS);
    }

    @Test
    void stopOnExchangeInLiveIsLeftToTheExchange() {
        ExitSettings s = new ExitSettings(RoiTable.of(Map.of()), -0.10, false, Double.NaN, 0.0, false, false, true,
                false, 0.0, false, false);
        assertThat(new ExitRules(s, ExitCallbacks.NONE).shouldExit(longTrade(), 1.7, at(1), false, false, null,
                NONE, NONE)).isEmpty();
    }

    @Test
    void shortStopIsAboveAndHitFromBelow() {
        ExitRules rules = new ExitRules(settings(Map.of(), -0.10), ExitCallbacks.NONE);
        Trade t = longTrade();
        t.setShort(true);
        t.recalcOpenTradeValue();
        assertThat(rules.shouldExit(t, 2.19, at(1), false, false, null, NONE, NONE)).isEmpty();
        assertThat(t.stopLoss()).isCloseTo(2.2, within(1e-12));
        assertThat(types(rules.shouldExit(t, 2.2, at(2), false, false, null, NONE, NONE)))
                .containsExactly(ExitType.STOP_LOSS);
    }
}
