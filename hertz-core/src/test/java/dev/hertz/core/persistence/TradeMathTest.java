package dev.hertz.core.persistence;

import dev.hertz.core.config.TradingMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** freqtrade's worked examples (reference §4.4) and the derived trade values. */
class TradeMathTest {

    private static final Instant OPEN = Instant.parse("2024-01-01T00:00:00Z");

    private static Trade trade(boolean isShort, double feeClose) {
        Trade t = TestTrades.spot("ADA/USDT", OPEN);
        t.setShort(isShort);
        t.setFeeClose(feeClose);
        t.recalcOpenTradeValue();
        return t;
    }

    @Test
    void spotLongWorkedExample() {
        Trade t = trade(false, 0.0025);
        assertThat(t.openTradeValue()).isEqualTo(60.15);
        assertThat(t.calcCloseTradeValue(2.1, null, OPEN)).isEqualTo(62.8425);
        ProfitStruct p = t.calculateProfit(2.1, OPEN);
        assertThat(p.profitAbs()).isEqualTo(2.6925);
        assertThat(p.profitRatio()).isEqualTo(0.04476309);
    }

    @Test
    void spotLongWithHigherExitFee() {
        Trade t = trade(false, 0.003);
        assertThat(t.calculateProfit(2.1, OPEN)).extracting(ProfitStruct::profitAbs, ProfitStruct::profitRatio)
                .containsExactly(2.661, 0.0442394);
        assertThat(t.calculateProfit(1.9, OPEN)).extracting(ProfitStruct::profitAbs, ProfitStruct::profitRatio)
                .containsExactly(-3.321, -0.05521197);
        assertThat(t.calculateProfit(2.2, OPEN)).extracting(ProfitStruct::profitAbs, ProfitStruct::profitRatio)
                .containsExactly(5.652, 0.09396509);
        assertThat(t.calcProfitRatio(2.2, OPEN)).isEqualTo(0.09396509);
    }

    @Test
    void spotShortWorkedExample() {
        Trade t = trade(true, 0.0025);
        assertThat(t.openTradeValue()).isEqualTo(59.85);
        assertThat(t.calcCloseTradeValue(2.1, null, OPEN)).isEqualTo(63.1575);
        assertThat(t.calculateProfit(2.1, OPEN)).extracting(ProfitStruct::profitAbs, ProfitStruct::profitRatio)
                .containsExactly(-3.3075, -0.05526316);
    }

    @Test
    void futuresAddFundingFeesForLongsAndSubtractThemForShorts() {
        Trade longTrade = trade(false, 0.0025);
        longTrade.setTradingMode(TradingMode.FUTURES);
        longTrade.setFundingFees(0.5);
        assertThat(longTrade.calcCloseTradeValue(2.1, null, OPEN)).isEqualTo(62.8425 + 0.5);
        Trade shortTrade = trade(true, 0.0025);
        shortTrade.setTradingMode(TradingMode.FUTURES);
        shortTrade.setFundingFees(0.5);
        shortTrade.setLeverage(3.0);
        double close = 63.1575 - 0.5;
        assertThat(shortTrade.calcCloseTradeValue(2.1, null, OPEN)).isEqualTo(close);
        ProfitStruct p = shortTrade.calculateProfit(2.1, OPEN);
        assertThat(p.profitAbs()).isEqualTo(Precise.round8(59.85 - close));
        assertThat(p.profitRatio()).isEqualTo(Precise.round8((1 - close / 59.85) * 3.0));
    }

    @Test
    void partialAmountAndOpenRateOverrideTheStoredOpenValue() {
        Trade t = trade(false, 0.0025);
        // 10 of 30 at open 2.0: open value 20.05, close 10 * 2.1 * 0.9975 = 20.9475
        ProfitStruct p = t.calculateProfit(2.1, 10.0, 2.0, OPEN);
        assertThat(p.profitAbs()).isEqualTo(0.8975);
        assertThat(p.profitRatio()).isEqualTo(Precise.round8(20.9475 / 20.05 - 1));
    }

    @Test
    void totalProfitAddsRealizedProfitAndDividesByMaxStake() {
        Trade t = trade(false, 0.0025);
        t.setRealizedProfit(1.0);
        t.setMaxStakeAmount(120.0);
        ProfitStruct p = t.calculateProfit(2.1, OPEN);
        assertThat(p.totalProfit()).isEqualTo(2.6925 + 1.0);
        assertThat(p.totalProfitRatio()).isEqualTo(0.03077083);
        t.setMaxStakeAmount(null);
        assertThat(t.calculateProfit(2.1, OPEN).totalProfitRatio()).isZero();
    }

    @Test
    void zeroOpenValueGivesZeroRatio() {
        Trade t = trade(false, 0.0025);
        t.setOpenTradeValue(0.0);
        assertThat(t.calculateProfit(2.1, OPEN).profitRatio()).isZero();
    }

    @Test
    void marginInterestPerExchange() {
        Trade t = trade(false, 0.0025);
        t.setTradingMode(TradingMode.MARGIN);
        t.setLeverage(3.0);
        t.setInterestRate(0.0005);
        // borrowed = 60 * 2/3 = 40; 5h01m held -> binance charges 6 started hours: 40 * 0.0005 * 6 / 24 = 0.005
        Instant now = OPEN.plusSeconds(5 * 3600 + 60);
        assertThat(t.borrowed()).isEqualTo(40.0);
        assertThat(Precise.toDouble(TradeMath.interest(t, now))).isEqualTo(0.005);
        assertThat(t.calcCloseTradeValue(2.1, null, now)).isEqualTo(62.8425 - 0.005);
        t.setExchange("kraken");
        // kraken: 40 * 0.0005 * (1 + ceil(5.0167 / 4)) = 40 * 0.0005 * 3 = 0.06
        assertThat(Precise.toDouble(TradeMath.interest(t, now))).isEqualTo(0.06);
        t.setExchange("bybit");
        assertThatThrownBy(() -> t.calcCloseTradeValue(2.1, null, now)).hasMessageContaining("bybit");
        t.setTradingMode(TradingMode.SPOT);
        assertThat(TradeMath.interest(t, now)).isZero();
    }

    @Test
    void round8RoundsTheExactBinaryValueHalfEven() {
        assertThat(Precise.round8(0.123456785)).isEqualTo(0.12345678); // binary value lies below the tie
        assertThat(Precise.round8(2.6925000000000026)).isEqualTo(2.6925);
        assertThat(Precise.round8(-0.055263157894736)).isEqualTo(-0.05526316);
        assertThat(Precise.round8(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void preciseUsesTheShortestDecimalOfEachDouble() {
        assertThat(Precise.of(0.1).multiply(Precise.of(3.0))).isEqualByComparingTo("0.3");
        assertThat(Precise.divide(Precise.of(1.0), Precise.of(3.0)).toPlainString()).isEqualTo("0.333333333333333333");
        assertThat(Precise.divide(Precise.of(-2.0), Precise.of(3.0)).toPlainString()).isEqualTo("-0.666666666666666666");
    }

    @Test
    void derivedSidesAndOrderCounts() {
        Trade t = trade(true, 0.0025);
        assertThat(t.entrySide()).isEqualTo("sell");
        assertThat(t.exitSide()).isEqualTo("buy");
        assertThat(t.tradeDirection()).isEqualTo("short");
        Order filledEntry = order("sell", false, "closed", 30.0);
        Order cancelledPartial = order("sell", false, "canceled", 5.0);
        Order cancelledEmpty = order("sell", false, "canceled", 0.0);
        Order openEntry = order("sell", true, "open", 1.0);
        Order openStop = order("stoploss", true, "open", null);
        t.orders().addAll(java.util.List.of(filledEntry, cancelledPartial, cancelledEmpty, openEntry, openStop));
        assertThat(t.nrOfSuccessfulEntries()).isEqualTo(2);
        assertThat(t.nrOfSuccessfulExits()).isZero();
        assertThat(t.openOrders()).containsExactly(openEntry);
        assertThat(t.hasOpenOrders()).isTrue();
        assertThat(t.openOrderIds()).containsExactly("o4");
        assertThat(t.hasOpenSlOrders()).isTrue();
        assertThat(t.stoplossLastUpdate()).contains(OPEN.plusSeconds(5));
        assertThat(t.selectOrder("sell", false, true)).contains(cancelledPartial);
        assertThat(t.selectOrder("sell", null, false)).contains(openEntry);
        assertThat(t.dateLastFilled()).isEqualTo(OPEN.plusSeconds(2));
        assertThat(t.dateEntryFill()).contains(OPEN.plusSeconds(1));
        openEntry.setFtIsOpen(false);
        assertThat(t.hasOpenOrders()).isFalse();
    }

    private int counter;

    private Order order(String side, boolean open, String status, Double filled) {
        counter++;
        Order o = new Order(side, "ADA/USDT", "o" + counter, 30.0, 2.0, OPEN.plusSeconds(counter));
        o.setFtIsOpen(open);
        o.setStatus(status);
        o.setFilled(filled);
        o.setOrderFilledDate(filled != null && filled > 0 && !open ? OPEN.plusSeconds(counter) : null);
        return o;
    }

    @Test
    void orderSafeValuesFollowPythonsOrFallbacks() {
        Order o = new Order("buy", "ADA/USDT", "x", 30.0, 2.0, OPEN);
        assertThat(o.safePrice()).isEqualTo(2.0);
        assertThat(o.safeAmount()).isEqualTo(30.0);
        assertThat(o.safeFilled()).isZero();
        assertThat(o.safeRemaining()).isEqualTo(30.0);
        o.setStopPrice(1.8);
        assertThat(o.safePrice()).isEqualTo(1.8);
        o.setPrice(0.0);
        assertThat(o.safePrice()).isEqualTo(1.8);
        o.setPrice(2.05);
        o.setAverage(2.04);
        assertThat(o.safePrice()).isEqualTo(2.04);
        assertThat(o.safePlacementPrice()).isEqualTo(2.05);
        o.setAmount(29.0);
        o.setFilled(10.0);
        o.setFtFeeBase(0.01);
        assertThat(o.safeAmount()).isEqualTo(29.0);
        assertThat(o.safeRemaining()).isEqualTo(19.0);
        assertThat(o.safeAmountAfterFee()).isEqualTo(9.99);
        assertThat(o.stakeAmount(2.0)).isEqualTo(29.0 * 2.04 / 2.0);
        o.setRemaining(0.0);
        assertThat(o.safeRemaining()).isZero();
    }

    @Test
    void quoteAndBaseFallBackToThePair() {
        Trade t = TestTrades.spot("BTC/USDT:USDT", OPEN);
        assertThat(t.safeBaseCurrency()).isEqualTo("BTC");
        assertThat(t.safeQuoteCurrency()).isEqualTo("USDT");
        t.setStakeCurrency("USD");
        assertThat(t.safeQuoteCurrency()).isEqualTo("USD");
    }

    @Test
    void longTagsAreCutToTheColumnLength() {
        Trade t = new Trade();
        t.setEnterTag("a".repeat(400));
        assertThat(t.enterTag()).hasSize(255);
    }
}
