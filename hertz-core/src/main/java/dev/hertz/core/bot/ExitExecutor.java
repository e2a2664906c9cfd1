package dev.hertz.core.bot;

import dev.hertz.core.exchange.EntryExit;
import dev.hertz.core.exchange.DependencyException;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.Order;
import dev.hertz.core.exchange.OrderSide;
import dev.hertz.core.exchange.OrderType;
import dev.hertz.core.exchange.Precision;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.protection.PairLocks;
import dev.hertz.core.strategy.ExitSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Closing trades (freqtrade's {@code exit_positions}, {@code handle_trade},
 * {@code execute_trade_exit}): ask the {@link ExitRules}, then place the first exit the strategy
 * confirms. A closed trade locks its pair until the next candle and runs the protections.
 */
final class ExitExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(ExitExecutor.class);

    private final BotContext ctx;
    private final TradeMessages messages;

    ExitExecutor(BotContext ctx, TradeMessages messages) {
        this.ctx = ctx;
        this.messages = messages;
    }

    /** Checks every open trade without open orders for an exit. */
    void exitPositions(List<Trade> openTrades) {
        for (Trade trade : openTrades) {
            if (!trade.isOpen() || trade.hasOpenOrders()) {
                continue;
            }
            try {
                handleTrade(trade);
            } catch (DependencyException e) {
                LOG.warn("Unable to exit trade {}: {}", trade.pair(), e.getMessage());
            }
        }
    }

    private void handleTrade(Trade trade) {
        ExitSignal signal = ExitSignal.NONE;
        if (ctx.strategy().useExitSignal() || ctx.strategy().ignoreRoiIfEntrySignal()) {
            signal = ctx.analyzer().exitSignal(trade.pair(), trade.isShort());
        }
        double rate = ctx.prices().getRate(trade.pair(), true, EntryExit.EXIT, trade.isShort());
        Instant now = ctx.clock().instant();
        double stop = trade.stopLoss();
        double maxRate = trade.maxRate();
        Double minRate = trade.minRate();
        List<ExitCheck> exits = ctx.exitRules().shouldExit(trade, rate, now, signal.enter(), signal.exit(),
                signal.exitTag().orElse(null), Double.NaN, Double.NaN);
        for (ExitCheck exit : exits) {
            if (executeExit(trade, rate, exit, null, null)) {
                return;
            }
        }
        // the stop or the max/min rate may have moved; an unchanged trade costs no write
        if (stop != trade.stopLoss() || maxRate != trade.maxRate() || !Objects.equals(minRate, trade.minRate())) {
            ctx.trades().save(trade);
        }
    }

    /**
     * Places an exit order for {@code trade} (or {@code subAmount} of it).
     *
     * @param orderType an explicit order type, or null for the one {@code order_types} gives this exit
     * @return true when an order was placed
     */
    boolean executeExit(Trade trade, double limit, ExitCheck exit, OrderType orderType, Double subAmount) {
        Instant now = ctx.clock().instant();
        double profit = trade.calcProfitRatio(limit, now);
        double proposed = limit;
        double custom = Safely.call("custom_exit_price", proposed, () -> ctx.strategy()
                .customExitPrice(trade.pair(), trade, now, proposed, profit, exit.reason()));
        double ratio = ctx.customPriceMaxDistanceRatio();
        double rate = Double.isFinite(custom)
                ? Math.min(Math.max(custom, proposed * (1 - ratio)), proposed * (1 + ratio)) : proposed;
        OrderType type = orderType != null ? orderType : ctx.exitOrderType(exit.type());
        Market market = ctx.exchange().market(trade.pair());
        double amount = safeExitAmount(trade, Precision.amountToPrecision(market,
                subAmount != null ? subAmount : trade.amount()));
        String tif = ctx.timeInForce(false);
        boolean confirmable = exit.type() != ExitType.LIQUIDATION && subAmount == null;
        if (confirmable && !Safely.call("confirm_trade_exit", Boolean.TRUE, () -> ctx.strategy()
                .confirmTradeExit(trade.pair(), trade, type.wire(), amount, rate, tif, exit.reason(), now))) {
            LOG.info("User denied exit for {}.", trade.pair());
            return false;
        }
        OrderSide side = trade.isShort() ? OrderSide.BUY : OrderSide.SELL;
        Order order = ctx.exchange().createOrder(trade.pair(), type, side, amount, rate,
                Map.of("timeInForce", tif, DryRunExchange.PARAM_REDUCE_ONLY, Boolean.FALSE));
        dev.hertz.core.persistence.Order row = OrderUpdater.parseFromExchange(order, trade.pair(), side.wire(),
                amount, rate, now);
        row.setFtOrderTag(exit.reason());
        trade.orders().add(row);
        trade.setExitOrderStatus("");
        trade.setCloseRateRequested(rate);
        trade.setExitReason(exit.reason());
        ctx.trades().save(trade);
        LOG.info("Exiting {} {} at {} ({}), reason {}", trade.pair(), amount, rate, type.wire(), exit.reason());
        messages.exit(trade, type.wire(), false, subAmount != null, row);
        if (!order.isOpen()) {
            if (!ctx.orders().updateTradeState(trade, order.id(), order, false, true)) {
                messages.orderClosed(trade, row);
            }
            afterUpdate(trade);
        }
        return true;
    }

    /**
     * freqtrade's {@code _safe_exit_amount}: the wallet must hold what is sold; a shortfall of up
     * to 2 % (fees taken in the base coin) sells what is there instead.
     */
    private double safeExitAmount(Trade trade, double amount) {
        ctx.wallets().update();
        double free = ctx.wallets().getFree(trade.safeBaseCurrency());
        if (free >= amount) {
            return amount;
        }
        if (free > amount * 0.98) {
            LOG.info("{} - Falling back to wallet-amount {} -> {}.", trade.pair(), amount, free);
            trade.setAmount(free);
            return free;
        }
        throw new DependencyException("Not enough amount to exit trade. Trade-amount: " + amount
                + ", Wallet amount: " + free);
    }

    /**
     * Saves the trade and, when an exit just closed it, locks the pair for a candle and runs the
     * protections; a lock a protection places is announced (the "Auto lock" is not).
     */
    void afterUpdate(Trade trade) {
        ctx.trades().save(trade);
        ctx.wallets().update();
        if (trade.isOpen()) {
            return;
        }
        Instant now = ctx.clock().instant();
        LOG.info("Closed trade {} {}: profit {} {} ({}%), reason {}", trade.id(), trade.pair(),
                trade.closeProfitAbs(), ctx.config().stakeCurrency(),
                trade.closeProfit() == null ? "?" : String.format("%.2f", trade.closeProfit() * 100), trade.exitReason());
        // until the next candle: no re-entry, in either direction, on a signal that may still stand on this one
        ctx.pairLocks().lockPair(trade.pair(), now, "Auto lock", now, PairLocks.ALL);
        ctx.protections().stopPerPair(trade.pair(), now, trade.tradeDirection())
                .ifPresent(lock -> messages.protectionTrigger(lock, false));
        ctx.protections().globalStop(now, trade.tradeDirection())
                .ifPresent(lock -> messages.protectionTrigger(lock, true));
    }
}
