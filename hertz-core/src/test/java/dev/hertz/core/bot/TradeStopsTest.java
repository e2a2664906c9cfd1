package dev.hertz.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hertz.core.persistence.Trade;
import org.junit.jupiter.api.Test;

class TradeStopsTest {

    private static Trade trade(boolean isShort, double leverage) {
        Trade t = TestTrades.filledTrade("ETH/USDT", 1, 100);
        t.setShort(isShort);
        t.setLeverage(leverage);
        return t;
    }

    @Test
    void firstCallSetsTheInitialStop() {
        Trade t = trade(false, 1);

        TradeStops.adjustStopLoss(t, 100, -0.1, true, false);

        assertThat(t.stopLoss()).isEqualTo(90.0);
        assertThat(t.initialStopLoss()).isEqualTo(90.0);
        assertThat(t.stopLossPct()).isEqualTo(-0.1);
        assertThat(t.initialStopLossPct()).isEqualTo(-0.1);
        assertThat(t.isStopLossTrailing()).isFalse();

        // An initial call on a trade that has a stop changes nothing.
        TradeStops.adjustStopLoss(t, 200, -0.1, true, false);
        assertThat(t.stopLoss()).isEqualTo(90.0);
    }

    @Test
    void stopsAreRoundedAwayFromThePriceAndScaledByLeverage() {
        Trade longTrade = trade(false, 1);
        longTrade.setPricePrecision(2.0);
        longTrade.setPrecisionModePrice(2);
        // 33.333 × 0.9 = 29.9997 -> rounded up to 30.0
        TradeStops.adjustStopLoss(longTrade, 33.333, -0.1, false, false);
        assertThat(longTrade.stopLoss()).isEqualTo(30.0);

        Trade shortTrade = trade(true, 2);
        shortTrade.setPricePrecision(2.0);
        shortTrade.setPrecisionModePrice(2);
        // 33.333 × (1 + 0.1 / 2) = 34.99965 -> rounded down to 34.99
        TradeStops.adjustStopLoss(shortTrade, 33.333, -0.1, false, false);
        assertThat(shortTrade.stopLoss()).isEqualTo(34.99);
    }

    @Test
    void laterCallsOnlyMoveTheStopInTheProfitDirection() {
        Trade t = trade(false, 1);
        TradeStops.adjustStopLoss(t, 100, -0.1, false, false);

        TradeStops.adjustStopLoss(t, 110, -0.1, false, false);
        assertThat(t.stopLoss()).isEqualTo(99.0);
        assertThat(t.initialStopLoss()).isEqualTo(90.0);
        assertThat(t.isStopLossTrailing()).isTrue();

        TradeStops.adjustStopLoss(t, 105, -0.1, false, false);
        assertThat(t.stopLoss()).isEqualTo(99.0);

        Trade refreshed = trade(false, 1);
        TradeStops.adjustStopLoss(refreshed, 100, -0.1, false, false);
        TradeStops.adjustStopLoss(refreshed, 80, -0.1, false, true);
        assertThat(refreshed.stopLoss()).isEqualTo(72.0);
        assertThat(refreshed.isStopLossTrailing()).isFalse();
    }

    @Test
    void shortStopsMoveDown() {
        Trade t = trade(true, 1);
        TradeStops.adjustStopLoss(t, 100, -0.1, false, false);
        assertThat(t.stopLoss()).isEqualTo(110.00000000000001);

        TradeStops.adjustStopLoss(t, 90, -0.1, false, false);
        assertThat(t.stopLoss()).isEqualTo(99.00000000000001);
        TradeStops.adjustStopLoss(t, 95, -0.1, false, false);
        assertThat(t.stopLoss()).isEqualTo(99.00000000000001);
    }

    @Test
    void noStoplossLeavesTheTradeAlone() {
        Trade t = trade(false, 1);
        TradeStops.adjustStopLoss(t, 100, null, false, false);
        assertThat(t.stopLoss()).isZero();
        assertThat(t.stopLossPct()).isNull();
    }
}
