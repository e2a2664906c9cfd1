package dev.hertz.core.persistence;

import dev.hertz.core.config.TradingMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

/** Trades for tests, and a field-by-field comparison. */
final class TestTrades {

    private TestTrades() {
    }

    /** A simple open spot long with no orders. */
    static Trade spot(String pair, Instant openDate) {
        Trade t = new Trade();
        t.setExchange("binance");
        t.setPair(pair);
        t.setOpenRate(2.0);
        t.setAmount(30.0);
        t.setStakeAmount(60.0);
        t.setFeeOpen(0.0025);
        t.setFeeClose(0.0025);
        t.setOpenDate(openDate);
        t.recalcOpenTradeValue();
        return t;
    }

    /** A closed futures short with every column set to a non-default value and two orders. */
    static Trade everyField() {
        Trade t = new Trade();
        t.setExchange("okx");
        t.setPair("BTC/USDT:USDT");
        t.setBaseCurrency("BTC");
        t.setStakeCurrency("USDT");
        t.setOpen(false);
        t.setFeeOpen(0.0005);
        t.setFeeOpenCost(0.6);
        t.setFeeOpenCurrency("USDT");
        t.setFeeClose(0.0006);
        t.setFeeCloseCost(0.7);
        t.setFeeCloseCurrency("USDT");
        t.setOpenRate(40000.1);
        t.setOpenRateRequested(40000.0);
        t.setOpenTradeValue(1199.4);
        t.setCloseRate(39000.5);
        t.setCloseRateRequested(39000.0);
        t.setRealizedProfit(12.5);
        t.setCloseProfit(0.0251);
        t.setCloseProfitAbs(29.9);
        t.setStakeAmount(400.0);
        t.setMaxStakeAmount(1200.0);
        t.setAmount(0.03);
        t.setAmountRequested(0.031);
        t.setOpenDate(Instant.parse("2024-02-01T10:00:00.123456Z"));
        t.setCloseDate(Instant.parse("2024-02-02T11:30:00Z"));
        t.setStopLoss(41000.0);
        t.setStopLossPct(-0.05);
        t.setInitialStopLoss(42000.0);
        t.setInitialStopLossPct(-0.1);
        t.setStopLossTrailing(true);
        t.setMaxRate(40500.0);
        t.setMinRate(38900.0);
        t.setExitReason("trailing_stop_loss");
        t.setExitOrderStatus("filled");
        t.setStrategy("SampleStrategy");
        t.setEnterTag("breakout");
        t.setTimeframe(15);
        t.setTradingMode(TradingMode.FUTURES);
        t.setAmountPrecision(0.001);
        t.setPricePrecision(0.1);
        t.setPrecisionMode(4);
        t.setPrecisionModePrice(4);
        t.setContractSize(0.01);
        t.setLeverage(3.0);
        t.setShort(true);
        t.setLiquidationPrice(53000.5);
        t.setInterestRate(0.0001);
        t.setFundingFees(-0.0123);
        t.setFundingFeeRunning(0.001);
        Order entry = new Order("sell", "BTC/USDT:USDT", "okx-1", 0.03, 40000.0, Instant.parse("2024-02-01T10:00:00.123456Z"));
        entry.setFtIsOpen(false);
        entry.setFtCancelReason("none");
        entry.setStatus("closed");
        entry.setSymbol("BTC/USDT:USDT");
        entry.setOrderType("limit");
        entry.setSide("sell");
        entry.setPrice(40000.0);
        entry.setAverage(40000.1);
        entry.setAmount(0.03);
        entry.setFilled(0.03);
        entry.setRemaining(0.0);
        entry.setCost(1200.003);
        entry.setStopPrice(1.5);
        entry.setOrderFilledDate(Instant.parse("2024-02-01T10:00:05Z"));
        entry.setOrderUpdateDate(Instant.parse("2024-02-01T10:00:06.000001Z"));
        entry.setFundingFee(-0.01);
        entry.setFtFeeBase(0.0001);
        entry.setFtOrderTag("breakout");
        Order exit = new Order("buy", "BTC/USDT:USDT", "okx-2", 0.03, 39000.0, Instant.parse("2024-02-02T11:29:00Z"));
        exit.setFtIsOpen(false);
        exit.setStatus("closed");
        exit.setFilled(0.03);
        t.orders().addAll(List.of(entry, exit));
        return t;
    }

    /** Asserts every column of both trades and their orders is equal. */
    static void assertSameTrade(Trade actual, Trade expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
        assertThat(actual.orders()).hasSameSizeAs(expected.orders());
    }
}
