package dev.hertz.core.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hertz.core.config.MaxOpenTrades;
import dev.hertz.core.exchange.DependencyException;
import dev.hertz.core.exchange.Fee;
import dev.hertz.core.exchange.OrderBook;
import dev.hertz.core.exchange.OrderSide;
import dev.hertz.core.exchange.OrderStatus;
import dev.hertz.core.exchange.OrderType;
import dev.hertz.core.exchange.TakerOrMaker;
import dev.hertz.core.exchange.Ticker;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class OrderUpdaterTest {

    private final BookExchange market = new BookExchange();
    private final TestClock clock = new TestClock(TestTrades.OPENED);
    private final TestTrades.Source trades = new TestTrades.Source();

    private Wallets wallets(String dryRunWallet) {
        return new Wallets(TestTrades.config("{\"dry_run\": true, \"stake_currency\": \"USDT\", \"stake_amount\": 100,"
                + " \"dry_run_wallet\": " + dryRunWallet + "}"), market, trades, clock, false);
    }

    private static OrderBook book(double bestBid, double bestAsk) {
        return new OrderBook("LTC/USDT", 0, BookExchange.levels(bestBid, 100), BookExchange.levels(bestAsk, 100));
    }

    /** An exchange order as a live exchange could report it. */
    private dev.hertz.core.exchange.Order reported(String id, OrderSide side, OrderStatus status, double amount,
                                                   double price, double filled, Fee fee) {
        return new dev.hertz.core.exchange.Order(id, "LTC/USDT", OrderType.LIMIT, side, status, amount, price,
                filled > 0 ? price : null, filled, amount - filled, filled * price, fee, clock.millis(),
                filled > 0 ? clock.millis() : null, null, 1.0);
    }

    private Trade tradeWithOpenEntry(String id, double amount, double price) {
        Trade trade = TestTrades.newTrade("LTC/USDT", amount * price, 0.001);
        trade.setOpenRate(price);
        trade.orders().add(TestTrades.openOrder("buy", "LTC/USDT", id, amount, price));
        trades.open.add(trade);
        return trade;
    }

    @Test
    void dryRunTradeFromEntryToExit() {
        Wallets wallets = wallets("1000");
        DryRunExchange dry = new DryRunExchange(market, OptionalDouble.empty(), clock, wallets::allBalances);
        OrderUpdater updater = new OrderUpdater(dry, wallets, clock, -0.1, "USDT", null);

        // Entry: 100 USDT at 25.563 (below the ask of 25.566) -> 3.911 LTC after amount precision.
        double stake = wallets.getTradeStakeAmount("LTC/USDT", new MaxOpenTrades(3));
        dev.hertz.core.exchange.Order placed = dry.createOrder("LTC/USDT", OrderType.LIMIT, OrderSide.BUY,
                stake / 25.563, 25.563, Map.of());
        Trade trade = TestTrades.newTrade("LTC/USDT", stake, dry.fee("LTC/USDT", OrderSide.BUY, TakerOrMaker.MAKER));
        trade.setOpenRate(25.563);
        Order entryRow = OrderUpdater.parseFromExchange(placed, "LTC/USDT", "buy", stake / 25.563, 25.563, clock.instant());
        trade.orders().add(entryRow);
        trades.open.add(trade);
        assertThat(entryRow.ftIsOpen()).isTrue();
        assertThat(entryRow.ftAmount()).isEqualTo(stake / 25.563);
        assertThat(entryRow.amount()).isEqualTo(3.911);

        // Nothing filled yet: the order's stake (3.911 × 25.563 = 99.976893) is used, 900 free.
        assertThat(updater.updateTradeState(trade, placed.id())).isFalse();
        assertThat(trade.amount()).isZero();
        wallets.update();
        assertThat(wallets.getFree("USDT")).isEqualTo(900);
        assertThat(wallets.getUsed("USDT")).isCloseTo(99.976893, within(1e-9));

        // The market comes down through the order: maker fill.
        market.setBook(book(25.5, 25.55));
        clock.advance(Duration.ofMinutes(5));
        assertThat(updater.updateTradeState(trade, placed.id())).isFalse();

        assertThat(entryRow.ftIsOpen()).isFalse();
        assertThat(entryRow.status()).isEqualTo("closed");
        assertThat(entryRow.orderFilledDate()).isEqualTo(clock.instant());
        assertThat(trade.amount()).isEqualTo(3.911);
        assertThat(trade.openRate()).isEqualTo(25.563);
        assertThat(trade.stakeAmount()).isCloseTo(99.976893, within(1e-9));
        assertThat(trade.feeOpen()).isEqualTo(0.001);
        assertThat(trade.feeClose()).isEqualTo(0.001);
        assertThat(trade.feeOpenCurrency()).isEqualTo("USDT");
        assertThat(trade.feeOpenCost()).isCloseTo(0.099976893, within(1e-12));
        assertThat(trade.openTradeValue()).isCloseTo(99.976893 * 1.001, within(1e-9));
        assertThat(trade.stopLoss()).as("initial stop from the strategy stoploss").isCloseTo(25.563 * 0.9, within(1e-9));
        assertThat(wallets.getFree("USDT")).isCloseTo(1000 - 99.976893, within(1e-9));
        assertThat(wallets.getFree("LTC")).isEqualTo(3.911);

        // Exit: market sell of everything into a bid of 26, taker fee.
        market.setBook(book(26.0, 26.1));
        clock.advance(Duration.ofMinutes(30));
        dev.hertz.core.exchange.Order exit = dry.createOrder("LTC/USDT", OrderType.MARKET, OrderSide.SELL,
                trade.amount(), 26.0, Map.of());
        Order exitRow = OrderUpdater.parseFromExchange(exit, "LTC/USDT", "sell", null, null, clock.instant());
        trade.orders().add(exitRow);
        assertThat(updater.updateTradeState(trade, exit.id(), exit, false, true)).isFalse();

        // 3.911 × 26 × (1 - 0.002) = 101.482628 against 99.976893 × 1.001 = 100.076869893 -> 1.40575811
        assertThat(trade.isOpen()).isFalse();
        assertThat(trade.closeRate()).isEqualTo(26.0);
        assertThat(trade.closeDate()).isEqualTo(clock.instant());
        assertThat(trade.feeClose()).isEqualTo(0.002);
        assertThat(trade.feeCloseCurrency()).isEqualTo("USDT");
        assertThat(trade.feeCloseCost()).isCloseTo(0.203372, within(1e-12));
        assertThat(trade.closeProfitAbs()).isEqualTo(1.40575811);
        assertThat(trade.closeProfit()).isCloseTo(1.40575811 / 100.076869893, within(1e-12));

        trades.closedProfit = trade.closeProfitAbs();
        wallets.update();
        assertThat(wallets.getFree("USDT")).isCloseTo(1001.40575811, within(1e-9));
        assertThat(wallets.allBalances()).containsOnlyKeys("USDT");
    }

    @Test
    void cancelledWithoutFillIsReportedForTheCancelHandling() {
        Wallets wallets = wallets("1000");
        DryRunExchange dry = new DryRunExchange(market, OptionalDouble.empty(), clock, wallets::allBalances);
        OrderUpdater updater = new OrderUpdater(dry, wallets, clock, -0.1, "USDT", null);
        dev.hertz.core.exchange.Order placed = dry.createOrder("LTC/USDT", OrderType.LIMIT, OrderSide.BUY, 2, 25.0, Map.of());
        Trade trade = TestTrades.newTrade("LTC/USDT", 50, 0.001);
        trade.orders().add(OrderUpdater.parseFromExchange(placed, "LTC/USDT", "buy", null, null, clock.instant()));

        boolean fullyCancelled = updater.updateTradeState(trade, placed.id(), dry.cancelOrder(placed.id(), "LTC/USDT"),
                false, true);

        assertThat(fullyCancelled).isTrue();
        assertThat(trade.orders().get(0).ftIsOpen()).isFalse();
        assertThat(trade.orders().get(0).status()).isEqualTo("canceled");
        assertThat(trade.amount()).isZero();
    }

    @Test
    void partiallyFilledCancelledEntryKeepsItsFill() {
        Wallets wallets = wallets("1000");
        OrderUpdater updater = new OrderUpdater(market, wallets, clock, null, "USDT", null);
        Trade trade = tradeWithOpenEntry("p1", 2, 25);

        try (LogCapture log = new LogCapture(FeeDetection.class)) {
            updater.updateTradeState(trade, "p1", reported("p1", OrderSide.BUY, OrderStatus.CANCELED, 2, 25, 1.5, null),
                    false, true);
            assertThat(log.messages()).anySatisfy(m -> assertThat(m).startsWith("Applying fee on amount for Trade(")
                    .endsWith("failed: myTrade-Dict empty found"));
        }

        assertThat(trade.amount()).isEqualTo(1.5);
        assertThat(trade.stakeAmount()).isEqualTo(37.5);
        assertThat(trade.nrOfSuccessfulEntries()).isEqualTo(1);
        assertThat(trade.stopLoss()).as("no strategy stoploss given").isZero();
    }

    @Test
    void feeInBaseCurrencyIsDeductedFromTheAmount() {
        Wallets wallets = wallets("1000");
        OrderUpdater updater = new OrderUpdater(market, wallets, clock, -0.1, "USDT", null);
        Trade trade = tradeWithOpenEntry("b1", 2, 25);

        updater.updateTradeState(trade, "b1", reported("b1", OrderSide.BUY, OrderStatus.CLOSED, 2, 25, 2,
                new Fee("LTC", 0.002, null)), false, true);

        // rate = 0.002 / 2 = 0.001; the wallet holds no LTC to pay it, so it comes off the amount.
        assertThat(trade.orders().get(0).ftFeeBase()).isEqualTo(0.002);
        assertThat(trade.amount()).isEqualTo(1.998);
        assertThat(trade.feeOpen()).isEqualTo(0.001);
        assertThat(trade.feeOpenCurrency()).isEqualTo("LTC");
        // Recomputed from the position after the fee: 0.001 × 1.998 × 25.
        assertThat(trade.feeOpenCost()).isEqualTo(0.001 * 49.95);
    }

    @Test
    void feeInBaseCurrencyIsEatenIntoDustWhenTheWalletHoldsEnough() {
        Wallets wallets = wallets("{\"USDT\": 1000, \"LTC\": 5}");
        OrderUpdater updater = new OrderUpdater(market, wallets, clock, -0.1, "USDT", null);
        Trade trade = tradeWithOpenEntry("d1", 2, 25);

        updater.updateTradeState(trade, "d1", reported("d1", OrderSide.BUY, OrderStatus.CLOSED, 2, 25, 2,
                new Fee("LTC", 0.002, null)), false, true);

        assertThat(trade.orders().get(0).ftFeeBase()).isNull();
        assertThat(trade.amount()).isEqualTo(2.0);
        assertThat(trade.feeOpenCurrency()).isEqualTo("LTC");
    }

    @Test
    void implausibleFeeRatesAreIgnored() {
        Wallets wallets = wallets("1000");
        OrderUpdater updater = new OrderUpdater(market, wallets, clock, -0.1, "USDT", null);
        Trade trade = tradeWithOpenEntry("f1", 2, 25);

        updater.updateTradeState(trade, "f1", reported("f1", OrderSide.BUY, OrderStatus.CLOSED, 2, 25, 2,
                new Fee("USDT", 2.5, 0.05)), false, true);

        assertThat(trade.feeOpenCurrency()).isNull();
        assertThat(trade.feeOpen()).isEqualTo(0.001);
        assertThat(trade.amount()).isEqualTo(2.0);
    }

    @Test
    void feesInAThirdCurrencyAreValuedThroughItsTickerOrTheUnknownFeeRate() {
        market.setTicker(Ticker.of("BNB/USDT", 0L, 299.0, 301.0, 300.0));
        Wallets wallets = wallets("100000");
        OrderUpdater updater = new OrderUpdater(market, wallets, clock, -0.1, "USDT", 200.0);

        // 0.01 BNB × 300 = 3 USDT on a cost of 200 × 25.5 = 5100 -> 0.00058824
        Trade bnb = tradeWithOpenEntry("t1", 200, 25.5);
        updater.updateTradeState(bnb, "t1", reported("t1", OrderSide.BUY, OrderStatus.CLOSED, 200, 25.5, 200,
                new Fee("BNB", 0.01, null)), false, true);
        assertThat(bnb.feeOpen()).isEqualTo(0.00058824);
        assertThat(bnb.feeOpenCurrency()).isEqualTo("BNB");

        // No XYZ market: 0.01 × 200 (unknown_fee_rate) / 5100 -> 0.00039216
        Trade xyz = tradeWithOpenEntry("t2", 200, 25.5);
        updater.updateTradeState(xyz, "t2", reported("t2", OrderSide.BUY, OrderStatus.CLOSED, 200, 25.5, 200,
                new Fee("XYZ", 0.01, null)), false, true);
        assertThat(xyz.feeOpen()).isEqualTo(0.00039216);
    }

    @Test
    void filledStopOrderClosesTheTrade() {
        Wallets wallets = wallets("1000");
        OrderUpdater updater = new OrderUpdater(market, wallets, clock, -0.1, "USDT", null);
        Trade trade = TestTrades.filledTrade("LTC/USDT", 2, 25);
        TradeFromOrders.recalcTradeFromOrders(trade, false, clock.instant());
        trade.setStopLoss(23.0);
        Order stopRow = TestTrades.openOrder("stoploss", "LTC/USDT", "sl1", 2, 23);
        stopRow.setSide("sell");
        trade.orders().add(stopRow);
        trades.open.add(trade);

        updater.updateTradeState(trade, "sl1", reported("sl1", OrderSide.SELL, OrderStatus.CLOSED, 2, 23, 2,
                new Fee("USDT", 0.046, 0.001)), true, true);

        assertThat(trade.isOpen()).isFalse();
        assertThat(trade.exitReason()).isEqualTo("stoploss_on_exchange");
        assertThat(trade.closeRateRequested()).isEqualTo(23.0);
        // 2 × 23 × 0.999 - 2 × 25 × 1.001 = 45.954 - 50.05
        assertThat(trade.closeProfitAbs()).isEqualTo(-4.096);
    }

    @Test
    void unknownOrdersAndMissingRows() {
        Wallets wallets = wallets("1000");
        DryRunExchange dry = new DryRunExchange(market, OptionalDouble.empty(), clock, wallets::allBalances);
        OrderUpdater updater = new OrderUpdater(dry, wallets, clock, -0.1, "USDT", null);
        Trade trade = tradeWithOpenEntry("gone", 2, 25);

        try (LogCapture log = new LogCapture(OrderUpdater.class)) {
            assertThat(updater.updateTradeState(trade, "gone")).isFalse();
            assertThat(log.messages()).contains(
                    "Unable to fetch order gone: Tried to get an invalid dry-run-order (id: gone).");
        }
        assertThat(updater.updateTradeState(trade, "")).isFalse();

        dev.hertz.core.exchange.Order other = reported("other", OrderSide.BUY, OrderStatus.CLOSED, 2, 25, 2, null);
        assertThatThrownBy(() -> updater.updateTradeState(trade, "other", other, false, true))
                .isInstanceOf(DependencyException.class)
                .hasMessage("Order_obj not found for other. This should not have happened.");
        assertThatThrownBy(() -> OrderUpdater.updateFromExchange(trade.orders().get(0), other, clock.instant()))
                .isInstanceOf(DependencyException.class)
                .hasMessageContaining("don't match");
    }
}
