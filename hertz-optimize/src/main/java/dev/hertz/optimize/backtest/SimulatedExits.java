package dev.hertz.optimize.backtest;

import dev.hertz.core.bot.ExitCheck;
import dev.hertz.core.bot.ExitType;
import dev.hertz.core.bot.Safely;
import dev.hertz.core.bot.TradeFromOrders;
import dev.hertz.core.exchange.Precision;
import dev.hertz.core.exchange.PrecisionMode;
import dev.hertz.core.exchange.Rounding;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Exiting trades in a backtest (reference §7.4): the engine's {@link dev.hertz.core.bot.ExitRules}
 * decide whether to exit, this class prices the exit inside the candle, places the exit order and
 * closes the trade when it fills.
 */
final class SimulatedExits {
    private final Simulation sim;

    SimulatedExits(Simulation sim) {
        this.sim = sim;
    }

    /** Asks the exit rules about a trade without open orders and places the first exit that prices. */
    void checkTradeExit(Trade trade, Row row, Instant now) {
        boolean isShort = trade.isShort();
        List<ExitCheck> exits = sim.exitRules.shouldExit(trade, row.open, Instant.ofEpochMilli(row.date),
                row.enter(isShort), row.exit(isShort), row.exitTag, row.low, row.high);
        for (ExitCheck exit : exits) {
            if (placeExit(trade, row, exit, now, null)) {
                return;
            }
        }
    }

    /**
     * freqtrade's {@code _get_exit_for_signal}: prices the exit, lets the strategy move a limit price
     * and confirm, then places the exit order. Returns whether an order was placed.
     *
     * @param amount a partial amount, or null for the whole position
     */
    boolean placeExit(Trade trade, Row row, ExitCheck exit, Instant now, Double amount) {
        long minutes = Math.floorDiv(Duration.between(trade.openDate(), now).getSeconds(), 60);
        double rate = sim.exitPrices.closeRate(row, trade, exit.type(), minutes);
        if (Double.isNaN(rate)) {
            return false;
        }
        String reason = exit.reason();
        ExitType type = exit.type();
        if ((type == ExitType.EXIT_SIGNAL || type == ExitType.CUSTOM_EXIT || type == ExitType.PARTIAL_EXIT)
                && "limit".equals(sim.exitOrderType)) {
            double proposed = rate;
            double profit = trade.calcProfitRatio(rate, now);
            double custom = Safely.call("custom_exit_price", proposed,
                    () -> sim.strategy.customExitPrice(trade.pair(), trade, now, proposed, profit, reason));
            if (Double.isFinite(custom) && custom != proposed) {
                rate = Precision.priceToPrecision(custom, trade.pricePrecision(), mode(trade), Rounding.ROUND);
            }
            // an order beyond the other side of the candle would fill at once in live trading
            rate = trade.isShort() ? Math.min(rate, row.high) : Math.max(rate, row.low);
        }
        double exitAmount = amount != null ? amount : trade.amount();
        if (type != ExitType.LIQUIDATION && type != ExitType.PARTIAL_EXIT) {
            double exitRate = rate;
            if (!Safely.call("confirm_trade_exit", Boolean.TRUE, () -> sim.strategy.confirmTradeExit(trade.pair(),
                    trade, sim.exitOrderType, exitAmount, exitRate, sim.exitTimeInForce, reason, now))) {
                return false;
            }
        }
        trade.setExitReason(reason);
        placeExitOrder(trade, row, rate, exitAmount, reason);
        return true;
    }

    /** An exit order at {@code rate}, dated at the candle. */
    Order placeExitOrder(Trade trade, Row row, double rate, double amount, String reason) {
        double truncated = Precision.amountToContractPrecision(amount, trade.amountPrecision(), mode(trade),
                trade.contractSize() == null ? 1.0 : trade.contractSize());
        return sim.newOrder(trade, false, sim.exitOrderType, truncated, rate, Instant.ofEpochMilli(row.date), reason);
    }

    /** Fills an exit order inside the candle; a full exit closes the trade, then protections run. */
    void processExitOrder(Order order, Trade trade, Instant now, Row row) {
        if (!sim.tryFill(order, trade, now, row)) {
            return;
        }
        if (order.safeAmountAfterFee() != trade.amount()) {
            TradeFromOrders.recalcTradeFromOrders(trade, false, now);
        } else {
            trade.setCloseDate(now);
            TradeFromOrders.applyClose(trade, order.ftPrice(), now);
            sim.book.closed(trade);
        }
        sim.wallets.update();
        sim.runProtections(trade.pair(), now, trade.tradeDirection());
    }

    private static PrecisionMode mode(Trade trade) {
        return trade.precisionMode() == null ? null : PrecisionMode.fromCode(trade.precisionMode());
    }
}
