package dev.hertz.optimize.backtest;

import dev.hertz.core.bot.Safely;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.SignalDirection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Open orders of a backtested trade at each candle (reference §7.2 step 1): cancelled when they
 * time out, entry orders repriced through {@code adjust_entry_price}.
 */
final class OpenOrders {
    private final Simulation sim;
    private final SimulatedEntries entries;

    OpenOrders(Simulation sim, SimulatedEntries entries) {
        this.sim = sim;
        this.entries = entries;
    }

    /** Handles every open order of {@code trade}; returns whether the trade must be removed. */
    boolean manage(Trade trade, Instant now, Row row) {
        List<Order> open = new ArrayList<>(trade.openOrders());
        for (Order order : open) {
            Boolean cancelled = checkCancel(trade, order, now);
            if (Boolean.TRUE.equals(cancelled)) {
                return true;
            }
            if (cancelled == null && checkReplace(trade, order, now, row)) {
                sim.canceledTradeEntries++;
                return true;
            }
        }
        return false;
    }

    /** TRUE: remove the trade; FALSE: the order was cancelled; null: the order stays. */
    private Boolean checkCancel(Trade trade, Order order, Instant now) {
        if (!timedOut(trade, order, now)) {
            return null;
        }
        if (order.ftOrderSide().equals(trade.entrySide())) {
            sim.timedoutEntryOrders++;
            if (trade.nrOfSuccessfulEntries() == 0) {
                return Boolean.TRUE;
            }
            trade.orders().remove(order);
            return Boolean.FALSE;
        }
        sim.timedoutExitOrders++;
        // the exit is tried again on a later candle
        trade.orders().remove(order);
        return Boolean.FALSE;
    }

    /** freqtrade's {@code ft_check_timed_out}: {@code unfilledtimeout} (strict), then the strategy's callback. */
    private boolean timedOut(Trade trade, Order order, Instant now) {
        boolean entry = order.ftOrderSide().equals(trade.entrySide());
        Duration timeout = entry ? sim.entryTimeout : sim.exitTimeout;
        if (timeout != null && "open".equals(order.status()) && order.orderDate().isBefore(now.minus(timeout))) {
            return true;
        }
        return Safely.call(entry ? "check_entry_timeout" : "check_exit_timeout", Boolean.FALSE, () -> entry
                ? sim.strategy.checkEntryTimeout(trade.pair(), trade, order, now)
                : sim.strategy.checkExitTimeout(trade.pair(), trade, order, now));
    }

    /** An entry order still open on a later candle may be repriced; returns whether to remove the trade. */
    private boolean checkReplace(Trade trade, Order order, Instant now, Row row) {
        if (!order.ftOrderSide().equals(trade.entrySide()) || !now.isAfter(order.orderDate())) {
            return false;
        }
        SignalDirection side = trade.isShort() ? SignalDirection.SHORT : SignalDirection.LONG;
        double current = order.ftPrice();
        Double requested = Safely.callKeepingNull("adjust_entry_price", current, () -> sim.strategy.adjustEntryPrice(trade,
                order, trade.pair(), now, row.open, current, trade.enterTag(), side));
        if (requested != null && requested == current) {
            return false;
        }
        trade.orders().remove(order);
        sim.canceledEntryOrders++;
        if (requested == null || requested == 0) {
            return trade.nrOfSuccessfulEntries() == 0;
        }
        double leverage = trade.leverage() == 0 ? 1.0 : trade.leverage();
        entries.enter(trade.pair(), row, trade.tradeDirection(), null, trade, requested,
                order.safeRemaining() * order.ftPrice() / leverage, null);
        if (!trade.hasOpenOrders() && trade.nrOfSuccessfulEntries() == 0) {
            return true;
        }
        sim.replacedEntryOrders++;
        return false;
    }
}
