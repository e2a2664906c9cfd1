package dev.hertz.core.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TradeFromOrdersTest {

    private static final Instant NOW = TestTrades.OPENED.plusSeconds(7200);

    private static Order fill(String side, double amount, double price, int minute) {
        return TestTrades.filledOrder(side, "ETH/USDT", side + minute, amount, price, TestTrades.OPENED.plusSeconds(60L * minute));
    }

    @Test
    void twoEntriesAndAPartialExit() {
        Trade trade = TestTrades.newTrade("ETH/USDT", 200, 0.001);
        trade.orders().add(fill("buy", 10, 20, 1));
        trade.orders().add(fill("buy", 10, 30, 2));
        trade.orders().add(fill("sell", 5, 40, 3));

        TradeFromOrders.recalcTradeFromOrders(trade, false, NOW);

        // Entries: 20 coins for 200 + 300 = 500, average 25; with fees 200.2 + 300.3 were paid.
        // Exit of 5 at 40: 5 × 40 × 0.999 = 199.8 against 5 × 25 × 1.001 = 125.125 -> profit 74.675.
        // Left: 15 coins at an average of (500 - 5 × 25) / 15 = 25.
        assertThat(trade.amount()).isEqualTo(15.0);
        assertThat(trade.openRate()).isEqualTo(25.0);
        assertThat(trade.stakeAmount()).isEqualTo(375.0);
        assertThat(trade.maxStakeAmount()).isEqualTo(500.0);
        assertThat(trade.feeOpenCost()).isEqualTo(0.001 * 500.0);
        assertThat(trade.openTradeValue()).isEqualTo(375.375);
        assertThat(trade.realizedProfit()).isEqualTo(74.675);
        assertThat(trade.closeProfitAbs()).isEqualTo(74.675);
        assertThat(trade.closeProfit()).isEqualTo(74.675 / (200.2 + 300.3));
        assertThat(trade.isOpen()).isTrue();
        assertThat(trade.fundingFees()).isZero();

        // The rest leaves at 10: 15 × 10 × 0.999 = 149.85 against 15 × 25 × 1.001 = 375.375 -> -225.525.
        Order last = fill("sell", 15, 10, 4);
        trade.orders().add(last);
        TradeFromOrders.updateTrade(trade, last, false, NOW);

        assertThat(trade.isOpen()).isFalse();
        assertThat(trade.closeRate()).isEqualTo(10.0);
        assertThat(trade.closeDate()).isEqualTo(TestTrades.OPENED.plusSeconds(240));
        assertThat(trade.exitOrderStatus()).isEqualTo("closed");
        assertThat(trade.closeProfitAbs()).isEqualTo(74.675 + -225.525);
        assertThat(trade.realizedProfit()).isEqualTo(74.675 + -225.525);
        assertThat(trade.closeProfit()).isEqualTo((74.675 + -225.525) / (200.2 + 300.3));
    }

    /*
     * A longer sequence (freqtrade's DCA case with 0.25 % fees): each row adds one order and checks
     * amount, open rate, stake, realized profit, close_profit_abs and close_profit afterwards.
     */
    @ParameterizedTest
    @CsvSource({
            "1, buy, 100, 10, 100.0, 10.0, 1000.0, 0.0, , ",
            "2, buy, 100, 15, 200.0, 12.5, 2500.0, 0.0, , ",
            "3, sell, 50, 12, 150.0, 12.5, 1875.0, -28.0625, -28.0625, -0.011197",
            "4, sell, 100, 20, 50.0, 12.5, 625.0, 713.8125, 741.875, 0.2848129",
            "5, sell, 50, 5, 50.0, 12.5, 625.0, 336.625, -377.1875, 0.1343142"})
    void positionAfterEachOrderOfASequence(int upTo, String lastSide, double lastAmount, double lastPrice,
                                           double amount, double openRate, double stake, double realized,
                                           Double closeProfitAbs, Double closeProfit) {
        Object[][] orders = {{"buy", 100.0, 10.0}, {"buy", 100.0, 15.0}, {"sell", 50.0, 12.0},
                {"sell", 100.0, 20.0}, {"sell", 50.0, 5.0}};
        Trade trade = TestTrades.newTrade("ETH/USDT", 1000, 0.0025);
        for (int i = 0; i < upTo; i++) {
            trade.orders().add(fill((String) orders[i][0], (Double) orders[i][1], (Double) orders[i][2], i));
            TradeFromOrders.recalcTradeFromOrders(trade, false, NOW);
        }
        assertThat(orders[upTo - 1]).containsExactly(lastSide, lastAmount, lastPrice);

        assertThat(trade.amount()).isEqualTo(amount);
        assertThat(trade.openRate()).isEqualTo(openRate);
        assertThat(trade.stakeAmount()).isEqualTo(stake);
        assertThat(trade.realizedProfit()).isCloseTo(realized, within(1e-6));
        if (closeProfitAbs == null) {
            assertThat(trade.closeProfitAbs()).isNull();
            assertThat(trade.closeProfit()).isNull();
        } else {
            assertThat(trade.closeProfitAbs()).isCloseTo(closeProfitAbs, within(1e-6));
            assertThat(trade.closeProfit()).isCloseTo(closeProfit, within(1e-6));
        }
        if (upTo == orders.length) {
            TradeFromOrders.close(trade, 5.0, NOW);
            assertThat(trade.closeProfitAbs()).isCloseTo(336.625, within(1e-6));
            assertThat(trade.closeProfit()).isCloseTo(0.1343142, within(1e-6));
        }
    }

    @Test
    void feeTakenInBaseCurrencyReducesTheAmount() {
        Trade trade = TestTrades.newTrade("ETH/USDT", 200, 0.001);
        Order entry = fill("buy", 10, 20, 1);
        entry.setFtFeeBase(0.01);
        trade.orders().add(entry);

        TradeFromOrders.updateTrade(trade, entry, false, NOW);

        assertThat(trade.amount()).isEqualTo(9.99);
        assertThat(trade.openRate()).isEqualTo(20.0);
        assertThat(trade.stakeAmount()).isEqualTo(199.8);
        assertThat(trade.maxStakeAmount()).isEqualTo(199.8);
    }

    @Test
    void openOrdersAndUnfilledOrdersAreIgnored() {
        Trade trade = TestTrades.newTrade("ETH/USDT", 200, 0.001);
        trade.orders().add(fill("buy", 10, 20, 1));
        trade.orders().add(TestTrades.openOrder("buy", "ETH/USDT", "open", 10, 18));
        Order canceledEmpty = fill("buy", 10, 19, 3);
        canceledEmpty.setStatus("canceled");
        canceledEmpty.setFilled(0.0);
        trade.orders().add(canceledEmpty);

        TradeFromOrders.recalcTradeFromOrders(trade, false, NOW);
        TradeFromOrders.updateTrade(trade, trade.orders().get(1), false, NOW);

        assertThat(trade.amount()).isEqualTo(10.0);
        assertThat(trade.openRate()).isEqualTo(20.0);
    }

    @Test
    void exitOfTheTruncatedAmountClosesTheTrade() {
        Trade trade = TestTrades.newTrade("ETH/USDT", 20, 0.0);
        trade.setAmountPrecision(2.0);
        trade.setPrecisionMode(2);
        trade.orders().add(fill("buy", 1.005, 20, 1));
        TradeFromOrders.recalcTradeFromOrders(trade, false, NOW);
        assertThat(trade.amount()).as("truncated to 2 decimals").isEqualTo(1.0);

        Order exit = fill("sell", 1.0, 21, 2);
        trade.orders().add(exit);
        TradeFromOrders.updateTrade(trade, exit, false, NOW);

        assertThat(trade.isOpen()).isFalse();
        assertThat(trade.closeProfitAbs()).isEqualTo(1.0);
    }

    @Test
    void partialExitKeepsTheTradeOpenAndALargerExitOnlyClosesOutsideRecovery() {
        Trade trade = TestTrades.newTrade("ETH/USDT", 200, 0.0);
        trade.orders().add(fill("buy", 10, 20, 1));
        TradeFromOrders.recalcTradeFromOrders(trade, false, NOW);

        Order partial = fill("sell", 4, 25, 2);
        trade.orders().add(partial);
        TradeFromOrders.updateTrade(trade, partial, false, NOW);
        assertThat(trade.isOpen()).isTrue();
        assertThat(trade.amount()).isEqualTo(6.0);
        assertThat(trade.realizedProfit()).isEqualTo(20.0);

        Order tooMuch = fill("sell", 6.5, 25, 3);
        trade.orders().add(tooMuch);
        TradeFromOrders.updateTrade(trade, tooMuch, true, NOW);
        assertThat(trade.isOpen()).as("recovery pass").isTrue();
        TradeFromOrders.updateTrade(trade, tooMuch, false, NOW);
        assertThat(trade.isOpen()).isFalse();
    }

    @Test
    void filledStopOrderClosesTheTradeAsStoplossOnExchange() {
        Trade trade = TestTrades.newTrade("ETH/USDT", 200, 0.0);
        trade.orders().add(fill("buy", 10, 20, 1));
        TradeFromOrders.recalcTradeFromOrders(trade, false, NOW);
        trade.setStopLoss(18.0);
        Order stop = TestTrades.filledOrder("stoploss", "ETH/USDT", "sl", 10, 18, TestTrades.OPENED.plusSeconds(600));
        stop.setSide("sell");
        trade.orders().add(stop);

        TradeFromOrders.updateTrade(trade, stop, false, NOW);

        assertThat(trade.isOpen()).isFalse();
        assertThat(trade.exitReason()).isEqualTo("stoploss_on_exchange");
        assertThat(trade.closeRateRequested()).isEqualTo(18.0);
        assertThat(trade.closeRate()).isEqualTo(18.0);
        assertThat(trade.closeProfitAbs()).isEqualTo(-20.0);
    }

    @Test
    void fundingFeesMoveFromTheRunningSumToTheOrder() {
        Trade trade = TestTrades.newTrade("ETH/USDT", 200, 0.0);
        trade.setFundingFeeRunning(-0.5);
        Order entry = fill("buy", 10, 20, 1);
        trade.orders().add(entry);

        TradeFromOrders.updateTrade(trade, entry, false, NOW);

        assertThat(entry.fundingFee()).isEqualTo(-0.5);
        assertThat(trade.fundingFeeRunning()).isZero();
        assertThat(trade.fundingFees()).isEqualTo(-0.5);
    }

    @Test
    void orderOfNoKnownSideIsRejected() {
        Trade trade = TestTrades.newTrade("ETH/USDT", 200, 0.0);
        Order odd = fill("borrow", 1, 20, 1);

        assertThatThrownBy(() -> TradeFromOrders.updateTrade(trade, odd, false, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown order type: limit");
    }
}
