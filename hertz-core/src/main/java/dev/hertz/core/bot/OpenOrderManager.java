package dev.hertz.core.bot;

import dev.hertz.core.config.UnfilledTimeout;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.EntryExit;
import dev.hertz.core.exchange.ExchangeError;
import dev.hertz.core.exchange.InvalidOrderException;
import dev.hertz.core.exchange.Order;
import dev.hertz.core.exchange.OrderStatus;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.SignalDirection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * freqtrade's {@code manage_open_orders}: refreshes every open order of the open trades from the
 * exchange, applies fills, and cancels orders that timed out ({@code unfilledtimeout} or the
 * strategy's {@code check_entry_timeout}/{@code check_exit_timeout}). An entry cancelled without
 * any fill removes its trade; a partly filled one keeps the trade with what filled.
 */
final class OpenOrderManager {
    static final String TIMEOUT = "cancelled due to timeout";
    static final String REPLACED = "cancelled to be replaced by new limit order";
    static final String USER_CANCEL = "user requested order cancel";
    static final String ALL_CANCELLED = "cancelled (all unfilled and partially filled open orders cancelled)";
    static final String CANCELLED_ON_EXCHANGE = "cancelled on exchange";
    static final String FULLY_CANCELLED = "fully cancelled";
    static final String PARTIALLY_FILLED = "partially filled";
    static final String REPLACE_FAILED = "failed to replace order, deleting Trade";
    private static final Logger LOG = LoggerFactory.getLogger(OpenOrderManager.class);

    private final BotContext ctx;
    private final ExitExecutor exits;
    private final EntryExecutor entries;
    private final TradeMessages messages;

    OpenOrderManager(BotContext ctx, ExitExecutor exits, EntryExecutor entries, TradeMessages messages) {
        this.ctx = ctx;
        this.exits = exits;
        this.entries = entries;
        this.messages = messages;
    }

    /** @return the trades still open after this pass (entries cancelled without fill are gone) */
    List<Trade> manage(List<Trade> openTrades) {
        for (Trade trade : openTrades) {
            for (dev.hertz.core.persistence.Order row : List.copyOf(trade.openOrders())) {
                try {
                    manageOrder(trade, row);
                } catch (ExchangeError e) {
                    LOG.warn("Cannot query order {} of {}: {}", row.orderId(), trade.pair(), e.getMessage());
                }
            }
        }
        // a trade whose only entry was cancelled unfilled was deleted and marked closed
        return openTrades.stream().filter(Trade::isOpen).toList();
    }

    private void manageOrder(Trade trade, dev.hertz.core.persistence.Order row) {
        Order order = ctx.exchange().fetchOrder(row.orderId(), trade.pair());
        boolean fullyCancelled = !order.isOpen() && order.status() != OrderStatus.CLOSED && order.filled() == 0;
        // an order still open with nothing new filled changes nothing: skip the write and wallet refresh
        boolean changed = !order.isOpen() || order.filled() != (row.filled() == null ? 0.0 : row.filled());
        if (!fullyCancelled && changed) {
            if (!ctx.orders().updateTradeState(trade, order.id(), order, false, true)) {
                messages.orderClosed(trade, row);
            }
            exits.afterUpdate(trade);
        }
        if (!order.isOpen() && !fullyCancelled) {
            return;
        }
        boolean entry = trade.entrySide().equals(row.ftOrderSide());
        if (fullyCancelled || timedOut(trade, row, entry)) {
            if (entry) {
                cancelEntry(trade, row, order, TIMEOUT, false);
            } else {
                cancelExit(trade, row, order, TIMEOUT);
            }
        } else if (entry) {
            replaceEntryIfAsked(trade, row, order);
        }
    }

    /**
     * freqtrade's {@code replace_order}: once a candle has closed since the entry order was
     * placed, {@code adjust_entry_price} may move it (cancel and place anew for what is unfilled)
     * or cancel it ({@code null}).
     */
    private void replaceEntryIfAsked(Trade trade, dev.hertz.core.persistence.Order row, Order order) {
        Timeframe tf = Timeframe.parse(ctx.strategy().timeframe());
        Candles candles = ctx.data().ohlcv(trade.pair(), tf);
        if (candles.isEmpty() || row.orderDate() == null
                || candles.lastDate() + tf.millis() <= row.orderDate().toEpochMilli()) {
            return;
        }
        Instant now = ctx.clock().instant();
        double current = row.safePlacementPrice();
        double proposed = ctx.prices().getRate(trade.pair(), true, EntryExit.ENTRY, trade.isShort());
        SignalDirection side = trade.isShort() ? SignalDirection.SHORT : SignalDirection.LONG;
        Double wanted = Safely.callKeepingNull("adjust_entry_price", current, () -> ctx.strategy()
                .adjustEntryPrice(trade, row, trade.pair(), now, proposed, current, trade.enterTag(), side));
        if (wanted != null && wanted == current) {
            return;
        }
        double remaining = order.remaining();
        if (wanted == null) {
            cancelEntry(trade, row, order, USER_CANCEL, false);
            return;
        }
        if (!cancelEntry(trade, row, order, REPLACED, true)) {
            return;
        }
        boolean placed = entries.replaceEntry(trade, remaining * current / trade.leverage(), wanted);
        if (!placed && trade.nrOfSuccessfulEntries() == 0) {
            LOG.warn("{} - failed to replace order, deleting Trade.", trade.pair());
            messages.entryCancel(trade, REPLACE_FAILED);
            ctx.trades().delete(trade.id());
            trade.setOpen(false);
            ctx.wallets().update();
        }
    }

    private boolean timedOut(Trade trade, dev.hertz.core.persistence.Order row, boolean entry) {
        Instant now = ctx.clock().instant();
        Optional<Duration> timeout = ctx.config().unfilledTimeout()
                .flatMap(t -> entry ? t.entryTimeout() : t.exitTimeout());
        if (timeout.isPresent() && row.orderDate() != null && row.orderDate().isBefore(now.minus(timeout.get()))) {
            return true;
        }
        return Safely.call(entry ? "check_entry_timeout" : "check_exit_timeout", Boolean.FALSE, () -> entry
                ? ctx.strategy().checkEntryTimeout(trade.pair(), trade, row, now)
                : ctx.strategy().checkExitTimeout(trade.pair(), trade, row, now));
    }

    /**
     * Cancels an entry order. Without any fill the trade is removed, unless the order is being
     * replaced (then the same trade gets the new order).
     *
     * @return false when the exchange refused the cancel
     */
    private boolean cancelEntry(Trade trade, dev.hertz.core.persistence.Order row, Order order, String reason,
                                boolean replacing) {
        Order cancelled = order.isOpen() ? cancel(trade, row) : order;
        if (cancelled == null) {
            return false;
        }
        row.setFtCancelReason(cancelReason(row, order, reason));
        OrderUpdater.updateFromExchange(row, cancelled, ctx.clock().instant());
        boolean noOtherFill = trade.nrOfSuccessfulEntries() == 0 && trade.openOrders().isEmpty();
        if (cancelled.filled() < 1e-14 && noOtherFill && !replacing) {
            LOG.info("Entry order {} for {} {}, fully cancelled: removing the trade.", row.orderId(), trade.pair(),
                    row.ftCancelReason());
            ctx.trades().delete(trade.id());
            trade.setOpen(false);
            ctx.wallets().update();
            messages.entryCancel(trade, row.ftCancelReason() + ", " + FULLY_CANCELLED);
            return true;
        }
        if (cancelled.filled() < 1e-14) {
            ctx.trades().save(trade);
            messages.entryCancel(trade, row.ftCancelReason());
            return true;
        }
        row.setFtCancelReason(row.ftCancelReason() + ", " + PARTIALLY_FILLED);
        if (!ctx.orders().updateTradeState(trade, row.orderId(), cancelled, false, true)) {
            messages.orderClosed(trade, row);
        }
        ctx.trades().save(trade);
        LOG.info("Entry order {} for {} {}: keeping the trade.", row.orderId(), trade.pair(), row.ftCancelReason());
        messages.entryCancel(trade, row.ftCancelReason());
        return true;
    }

    /**
     * The reason recorded for a cancel: ours for an order we cancelled; for one the exchange had
     * already ended, the reason it already carries, else {@value #CANCELLED_ON_EXCHANGE}.
     */
    private static String cancelReason(dev.hertz.core.persistence.Order row, Order order, String ours) {
        if (order.isOpen()) {
            return ours;
        }
        return row.ftCancelReason() != null ? row.ftCancelReason() : CANCELLED_ON_EXCHANGE;
    }

    /**
     * Cancels every open (non-stop) order of {@code trade} for an RPC action.
     *
     * @return how many orders were cancelled; the trade is closed (removed) when its only entry
     *         was cancelled without any fill
     */
    int cancelAll(Trade trade, String reason) {
        int count = 0;
        for (dev.hertz.core.persistence.Order row : List.copyOf(trade.openOrders())) {
            Order order = ctx.exchange().fetchOrder(row.orderId(), trade.pair());
            boolean done = trade.entrySide().equals(row.ftOrderSide())
                    ? cancelEntry(trade, row, order, reason, false)
                    : cancelExit(trade, row, order, reason);
            count += done ? 1 : 0;
        }
        return count;
    }

    private boolean cancelExit(Trade trade, dev.hertz.core.persistence.Order row, Order order, String reason) {
        Order cancelled = order.isOpen() ? cancel(trade, row) : order;
        if (cancelled == null) {
            return false;
        }
        // freqtrade reports an exit cancelled after a partial fill as such, whatever asked for the cancel
        row.setFtCancelReason(cancelReason(row, order, order.filled() > 0 ? PARTIALLY_FILLED : reason));
        trade.setExitReason(null);
        trade.setCloseRate(null);
        trade.setCloseRateRequested(null);
        if (!ctx.orders().updateTradeState(trade, row.orderId(), cancelled, false, true)) {
            messages.orderClosed(trade, row);
        }
        messages.exitCancel(trade, row.ftCancelReason(), row.orderId(), trade.amount() != cancelled.amount());
        exits.afterUpdate(trade);
        LOG.info("Exit order {} for {} {}.", row.orderId(), trade.pair(), row.ftCancelReason());
        if (!TIMEOUT.equals(reason)) {
            return true;
        }
        UnfilledTimeout timeouts = ctx.config().unfilledTimeout().orElse(null);
        long cancelledExits = trade.orders().stream().filter(o -> trade.exitSide().equals(o.ftOrderSide())
                && TIMEOUT.equals(o.ftCancelReason())).count();
        if (timeouts != null && timeouts.exitTimeoutCount() > 0 && cancelledExits >= timeouts.exitTimeoutCount()) {
            LOG.warn("Emergency exiting trade {}, as the exit order timed out {} times.", trade.pair(), cancelledExits);
            exits.executeExit(trade, cancelled.price() == null ? trade.openRate() : cancelled.price(),
                    ExitCheck.of(ExitType.EMERGENCY_EXIT), null, null);
        }
        return true;
    }

    private Order cancel(Trade trade, dev.hertz.core.persistence.Order row) {
        try {
            return ctx.exchange().cancelOrder(row.orderId(), trade.pair());
        } catch (InvalidOrderException e) {
            LOG.warn("Could not cancel order {} for {}: {}", row.orderId(), trade.pair(), e.getMessage());
            return null;
        }
    }
}
