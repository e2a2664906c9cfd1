package dev.hertz.core.rpc;

import dev.hertz.core.bot.BotContext;
import dev.hertz.core.exchange.DependencyException;
import dev.hertz.core.exchange.EntryExit;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.ProfitStruct;
import dev.hertz.core.persistence.Trade;

import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;

/** freqtrade's {@code _rpc_trade_status} for one trade. */
final class TradeStatus {
    private TradeStatus() {
    }

    /** The exit-side rate from the price cache; NaN when the exchange or pricing fails. */
    static double currentRate(BotContext ctx, Trade trade) {
        try {
            return ctx.prices().getRate(trade.pair(), false, EntryExit.EXIT, trade.isShort());
        } catch (DependencyException e) {
            return Double.NaN;
        }
    }

    static OpenTradeJson of(BotContext ctx, Trade trade, Instant now) {
        double current;
        double profitRatio;
        double profitAbs;
        double totalAbs = 0.0;
        Double totalRatio = null;
        if (trade.isOpen()) {
            current = currentRate(ctx, trade);
            if (trade.nrOfSuccessfulEntries() > 0) {
                profitRatio = Double.NaN;
                profitAbs = Double.NaN;
                if (!Double.isNaN(current)) {
                    ProfitStruct p = trade.calculateProfit(current, now);
                    profitRatio = p.profitRatio();
                    profitAbs = p.profitAbs();
                    totalAbs = p.totalProfit();
                    totalRatio = p.totalProfitRatio();
                }
            } else {
                profitRatio = 0.0;
                profitAbs = 0.0;
            }
        } else {
            current = trade.closeRate() == null ? Double.NaN : trade.closeRate();
            profitRatio = trade.closeProfit() == null ? 0.0 : trade.closeProfit();
            profitAbs = trade.closeProfitAbs() == null ? 0.0 : trade.closeProfitAbs();
        }
        ProfitStruct stopEntry = trade.calculateProfit(trade.stopLoss(), now);
        double stopDist = trade.stopLoss() - current;
        String openOrders = trade.openOrders().stream().filter(o -> !"stoploss".equals(o.ftOrderSide()))
                .map(TradeStatus::describe).collect(Collectors.joining(", "));
        TradeJson.Profit profit = new TradeJson.Profit(trade.isOpen() ? null : trade.closeProfit(), profitRatio,
                RpcFormat.round(profitRatio * 100, 2), profitAbs);
        return new OpenTradeJson(TradeJson.of(trade, profit), current, null, totalAbs, null, totalRatio, stopDist,
                RpcFormat.round(stopDist / current, 8), RpcFormat.round(stopDist / current * 100, 2),
                stopEntry.profitAbs(), RpcFormat.round(stopEntry.profitRatio(), 8), openOrders);
    }

    private static String describe(Order o) {
        return "(" + o.orderType() + " " + o.side() + " rem=" + String.format(Locale.ROOT, "%.8f",
                new java.math.BigDecimal(o.safeRemaining()).setScale(8, java.math.RoundingMode.HALF_EVEN)) + ")";
    }
}
