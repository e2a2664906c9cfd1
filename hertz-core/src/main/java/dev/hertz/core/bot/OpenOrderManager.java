package dev.hertz.core.bot;

import dev.hertz.core.config.UnfilledTimeout;
import dev.hertz.core.exchange.ExchangeError;
import dev.hertz.core.exchange.InvalidOrderException;
import dev.hertz.core.exchange.Order;
import dev.hertz.core.exchange.OrderStatus;
import dev.hertz.core.persistence.Trade;
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
    private static final Logger LOG = LoggerFactory.getLogger(OpenOrderManager.class);

    private final BotContext ctx;
    private final ExitExecutor exits;

    OpenOrderManager(BotContext ctx, ExitExecutor exits) {
        this.ctx = ctx;
        this.exits = exits;
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
        if (!fullyCancelled) {
            ctx.orders().updateTradeState(trade, order.id(), order, false, true);
            exits.afterUpdate(trade);
        }
        if (!order.isOpen() && !fullyCancelled) {
            return;
        }
        boolean entry = trade.entrySide().equals(row.ftOrderSide());
        if (fullyCancelled || timedOut(trade, row, entry)) {
            if (entry) {
                cancelEntry(trade, row, order);
            } else {
                cancelExit(trade, row, order);
            }
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

    private void cancelEntry(Trade trade, dev.hertz.core.persistence.Order row, Order order) {
        Order cancelled = order.isOpen() ? cancel(trade, row) : order;
        if (cancelled == null) {
            return;
        }
        row.setFtCancelReason(TIMEOUT);
        OrderUpdater.updateFromExchange(row, cancelled, ctx.clock().instant());
        boolean noOtherFill = trade.nrOfSuccessfulEntries() == 0 && trade.openOrders().isEmpty();
        if (cancelled.filled() < 1e-14 && noOtherFill) {
            LOG.info("Entry order {} for {} {}, fully cancelled: removing the trade.", row.orderId(), trade.pair(),
                    TIMEOUT);
            ctx.trades().delete(trade.id());
            trade.setOpen(false);
            ctx.wallets().update();
            return;
        }
        row.setFtCancelReason(TIMEOUT + ", partially filled");
        ctx.orders().updateTradeState(trade, row.orderId(), cancelled, false, true);
        ctx.trades().save(trade);
        LOG.info("Entry order {} for {} {}, partially filled: keeping the trade.", row.orderId(), trade.pair(), TIMEOUT);
    }

    private void cancelExit(Trade trade, dev.hertz.core.persistence.Order row, Order order) {
        Order cancelled = order.isOpen() ? cancel(trade, row) : order;
        if (cancelled == null) {
            return;
        }
        row.setFtCancelReason(TIMEOUT);
        trade.setExitReason(null);
        trade.setCloseRate(null);
        trade.setCloseRateRequested(null);
        ctx.orders().updateTradeState(trade, row.orderId(), cancelled, false, true);
        exits.afterUpdate(trade);
        LOG.info("Exit order {} for {} {}.", row.orderId(), trade.pair(), TIMEOUT);
        UnfilledTimeout timeouts = ctx.config().unfilledTimeout().orElse(null);
        long cancelledExits = trade.orders().stream().filter(o -> trade.exitSide().equals(o.ftOrderSide())
                && TIMEOUT.equals(o.ftCancelReason())).count();
        if (timeouts != null && timeouts.exitTimeoutCount() > 0 && cancelledExits >= timeouts.exitTimeoutCount()) {
            LOG.warn("Emergency exiting trade {}, as the exit order timed out {} times.", trade.pair(), cancelledExits);
            exits.executeExit(trade, cancelled.price() == null ? trade.openRate() : cancelled.price(),
                    ExitCheck.of(ExitType.EMERGENCY_EXIT), null, null);
        }
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
