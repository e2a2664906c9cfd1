package dev.hertz.optimize.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hertz.core.bot.ExitRules;
import dev.hertz.core.bot.Safely;
import dev.hertz.core.bot.StrategyExits;
import dev.hertz.core.bot.TradeFromOrders;
import dev.hertz.core.bot.TradeStops;
import dev.hertz.core.bot.Wallets;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.UnfilledTimeout;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.protection.InMemoryPairLocks;
import dev.hertz.core.protection.ProtectionManager;
import dev.hertz.core.strategy.Strategy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;

/**
 * The state of one backtest run and the order mechanics every step shares: creating simulated
 * orders, filling them when their price lies inside the candle (reference §7.2), and the counters.
 * A fresh instance per run, used by one thread.
 */
final class Simulation {
    private static final ObjectMapper JSON = new ObjectMapper();

    final BacktestSetup setup;
    final Strategy strategy;
    final HertzConfig config;
    final TradeBook book = new TradeBook();
    final RunClock clock = new RunClock();
    final Wallets wallets;
    final InMemoryPairLocks locks;
    final ProtectionManager protections;
    final ExitRules exitRules;
    final ExitPrices exitPrices;
    final String entryOrderType;
    final String exitOrderType;
    final String entryTimeInForce;
    final String exitTimeInForce;
    final Duration entryTimeout;
    final Duration exitTimeout;
    final boolean stopAfterFill;

    int rejectedSignals;
    int timedoutEntryOrders;
    int timedoutExitOrders;
    int canceledTradeEntries;
    int canceledEntryOrders;
    int replacedEntryOrders;

    /** The simulated "now": the candle being processed. */
    static final class RunClock implements InstantSource {
        private Instant now = Instant.EPOCH;

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    Simulation(BacktestSetup setup) {
        this.setup = setup;
        this.strategy = setup.strategy();
        this.config = setup.config();
        Timeframe timeframe = Timeframe.parse(strategy.timeframe());
        this.wallets = new Wallets(config, null, book, clock, true);
        this.locks = new InMemoryPairLocks(timeframe, clock);
        this.protections = setup.enableProtections()
                ? new ProtectionManager(protectionConfigs(strategy), book, locks, clock) : null;
        this.exitRules = StrategyExits.rules(strategy, setup.exits());
        this.exitPrices = new ExitPrices(exitRules.settings(), timeframe.minutes());
        Map<String, Object> types = strategy.orderTypes();
        this.entryOrderType = String.valueOf(types.getOrDefault("entry", "limit"));
        this.exitOrderType = String.valueOf(types.getOrDefault("exit", "limit"));
        Map<String, Object> tif = strategy.orderTimeInForce();
        this.entryTimeInForce = String.valueOf(tif.getOrDefault("entry", "GTC"));
        this.exitTimeInForce = String.valueOf(tif.getOrDefault("exit", "GTC"));
        UnfilledTimeout timeouts = config.unfilledTimeout().orElse(null);
        this.entryTimeout = timeouts == null ? null : timeouts.entryTimeout().orElse(null);
        this.exitTimeout = timeouts == null ? null : timeouts.exitTimeout().orElse(null);
        this.stopAfterFill = strategy.customStoplossUsesAfterFill();
    }

    private static List<JsonNode> protectionConfigs(Strategy strategy) {
        return strategy.protections().stream().map(p -> (JsonNode) JSON.valueToTree(p)).toList();
    }

    /** A new open order of {@code trade} placed at the candle {@code date}. */
    Order newOrder(Trade trade, boolean entry, String orderType, double amount, double price, Instant date,
                   String tag) {
        String side = entry ? trade.entrySide() : trade.exitSide();
        Order order = new Order(side, trade.pair(), Long.toString(book.nextOrderId()), amount, price, date);
        order.setFtTradeId(trade.id());
        order.setFtIsOpen(true);
        order.setSymbol(trade.pair());
        order.setSide(side);
        order.setOrderType(orderType);
        order.setStatus("open");
        order.setPrice(price);
        order.setAverage(price);
        order.setAmount(amount);
        order.setFilled(0.0);
        order.setRemaining(amount);
        order.setCost(amount * price);
        order.setOrderUpdateDate(date);
        order.setFtOrderTag(tag);
        trade.orders().add(order);
        return order;
    }

    /**
     * Fills {@code order} when its price lies inside the candle (freqtrade's
     * {@code _try_close_open_order}); returns whether it filled.
     */
    boolean tryFill(Order order, Trade trade, Instant now, Row row) {
        if (order == null || !row.fills(order.ftPrice())) {
            return false;
        }
        fill(order, trade, now);
        Safely.run("order_filled", () -> strategy.orderFilled(trade.pair(), trade, order, now));
        boolean fullExit = order.ftOrderSide().equals(trade.exitSide()) && order.safeAmount() == trade.amount();
        if (!fullExit && stopAfterFill) {
            // custom_stoploss(after_fill=True) at the fill price
            double profit = trade.calcProfitRatio(order.ftPrice(), now);
            exitRules.stoplossReached(trade, order.ftPrice(), now, profit, Double.NaN, Double.NaN, true);
        }
        return true;
    }

    /** freqtrade's {@code close_bt_order}: the order filled completely at its price. */
    private static void fill(Order order, Trade trade, Instant now) {
        order.setOrderFilledDate(now);
        order.setFilled(order.amount());
        order.setRemaining(0.0);
        order.setStatus("closed");
        order.setFtIsOpen(false);
        order.setFundingFee(trade.fundingFeeRunning());
        trade.setFundingFeeRunning(0.0);
        if (order.ftOrderSide().equals(trade.entrySide()) && order.price() != null && order.price() != 0) {
            trade.setOpenRate(order.price());
            TradeFromOrders.recalcTradeFromOrders(trade, false, now);
            if (trade.nrOfSuccessfulEntries() == 1) {
                // the first fill sets the stop afresh from the fill price
                trade.setInitialStopLossPct(null);
                trade.setStopLossTrailing(false);
            }
            TradeStops.adjustStopLoss(trade, trade.openRate(), trade.stopLossPct(), false, false);
        }
    }

    /** Runs the protections after an exit (only with {@code --enable-protections}). */
    void runProtections(String pair, Instant now, String side) {
        if (protections != null) {
            protections.stopPerPair(pair, now, side);
            protections.globalStop(now, side);
        }
    }

    RunCounters counters() {
        return new RunCounters(rejectedSignals, timedoutEntryOrders, timedoutExitOrders, canceledTradeEntries,
                canceledEntryOrders, replacedEntryOrders);
    }
}
