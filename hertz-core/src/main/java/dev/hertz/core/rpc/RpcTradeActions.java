package dev.hertz.core.rpc;

import dev.hertz.core.bot.BotContext;
import dev.hertz.core.bot.TradingBot;
import dev.hertz.core.config.TradingMode;
import dev.hertz.core.exchange.DependencyException;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.OrderType;
import dev.hertz.core.exchange.StakeLimits;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.SignalDirection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The RPC operations that act on trades (freqtrade's {@code _rpc_force_exit},
 * {@code _rpc_cancel_open_order}, {@code _rpc_delete}, {@code _rpc_reload_trade_from_exchange});
 * each runs under the bot's exit lock so it never interleaves with a loop step.
 */
public final class RpcTradeActions {
    static final String USER_CANCEL = "user requested order cancel";
    private static final Logger LOG = LoggerFactory.getLogger(RpcTradeActions.class);

    private final Rpc rpc;

    RpcTradeActions(Rpc rpc) {
        this.rpc = rpc;
    }

    /**
     * Force exit of one open trade (by id) or of all ({@code "all"}).
     *
     * @param orderType order type, or null for {@code order_types.force_exit}
     * @param amount    a partial amount, or null for the whole position
     */
    public ResultMsg forceExit(String tradeId, OrderType orderType, Double amount) {
        return forceExit(tradeId, orderType, amount, null);
    }

    /**
     * Force exit at a given limit {@code price} (API 2.45; null = the current exit rate); with
     * {@code "all"} the price is ignored, as each trade has its own.
     */
    public ResultMsg forceExit(String tradeId, OrderType orderType, Double amount, Double price) {
        rpc.requireRunning();
        TradingBot bot = rpc.bot();
        if ("all".equals(tradeId)) {
            for (Trade trade : bot.context().trades().openTrades()) {
                try {
                    bot.forceExit(trade, orderType, null, null);
                } catch (DependencyException e) {
                    // "all" exits what it can; one trade's failure does not stop the others
                    LOG.warn("Force exit of trade {} failed: {}", trade.id(), e.getMessage());
                }
            }
            bot.context().wallets().update();
            return new ResultMsg("Created exit orders for all open trades.");
        }
        Trade trade = openTrade(bot, tradeId);
        if (amount != null && amount < trade.amount()) {
            checkRemainder(bot, trade, amount);
        }
        boolean placed;
        try {
            placed = bot.forceExit(trade, orderType, amount, price);
        } catch (DependencyException e) {
            LOG.warn("Force exit of trade {} failed: {}", tradeId, e.getMessage());
            placed = false;
        }
        bot.context().wallets().update();
        if (!placed) {
            throw new RpcException("Failed to exit trade.");
        }
        return new ResultMsg("Created exit order for trade " + tradeId + ".");
    }

    /**
     * Force entry: a new trade on {@code pair}, or more of its open trade with position adjustment.
     * Checks come in freqtrade's order, each with its message.
     *
     * @param price     limit price, or null for the current entry rate
     * @param orderType order type, or null for {@code order_types.force_entry}
     * @param side      long or short
     * @param stake     stake amount, or null for the wallet's per-trade stake
     * @param tag       entry tag, or null for {@code force_entry}
     * @return the trade as {@code /status} shows it
     */
    public OpenTradeJson forceEntry(String pair, Double price, OrderType orderType, SignalDirection side,
                                    Double stake, String tag) {
        TradingBot bot = rpc.bot();
        BotContext ctx = bot.context();
        if (!ctx.config().forceEntryEnable()) {
            throw new RpcException("Force_entry not enabled.");
        }
        rpc.requireRunning();
        if (side == SignalDirection.SHORT && ctx.config().tradingMode() == TradingMode.SPOT) {
            throw new RpcException("Can't go short on Spot markets.");
        }
        Market market = ctx.exchange().markets().get(pair);
        if (market == null || !market.active()) {
            throw new RpcException("Symbol does not exist or market is not active.");
        }
        if (!market.quote().equals(ctx.config().stakeCurrency())) {
            throw new RpcException("Wrong pair selected. Only pairs with stake-currency "
                    + ctx.config().stakeCurrency() + " allowed.");
        }
        List<Trade> open = ctx.trades().openTrades();
        Trade existing = open.stream().filter(t -> t.pair().equals(pair)).findFirst().orElse(null);
        if (existing != null && !ctx.strategy().positionAdjustmentEnable()) {
            throw new RpcException("position for " + pair + " already open - id: " + existing.id());
        }
        if (existing != null && existing.hasOpenOrders()) {
            throw new RpcException("position for " + pair + " already open - id: " + existing.id()
                    + " and has open order " + String.join(",", existing.openOrderIds()));
        }
        int max = ctx.strategy().maxOpenTrades();
        if (existing == null && max >= 0 && open.size() >= max) {
            throw new RpcException("Maximum number of trades is reached.");
        }
        Trade trade;
        try {
            trade = bot.forceEnter(pair, side, price, stake, orderType, tag == null ? "force_entry" : tag).orElse(null);
        } catch (DependencyException e) {
            LOG.warn("Force entry on {} failed: {}", pair, e.getMessage());
            trade = null;
        }
        if (trade == null) {
            throw new RpcException("Failed to enter position for " + pair + ".");
        }
        return rpc.tradeStatus(List.of(trade.id())).get(0);
    }

    /** Cancels every open order of an open trade, reason {@code user requested order cancel}. */
    public void cancelOpenOrder(long tradeId) {
        rpc.requireRunning();
        TradingBot bot = rpc.bot();
        Trade trade = bot.context().trades().findById(tradeId).filter(Trade::isOpen)
                .orElseThrow(() -> new RpcException("Invalid trade_id."));
        if (!trade.hasOpenOrders()) {
            throw new RpcException("No open order for trade_id.");
        }
        try {
            bot.cancelOpenOrders(trade, USER_CANCEL);
        } catch (DependencyException e) {
            throw new RpcException("Order not found.");
        }
    }

    /**
     * {@code /trades/{id}/reload}: re-reads the trade's orders from the exchange and returns the
     * trade as {@code /status} shows it.
     *
     * @throws RpcException {@code Could not find trade with id <id>.}; {@code no active trade}
     *         when the trade is gone afterwards
     */
    public OpenTradeJson reloadTrade(long tradeId) {
        TradingBot bot = rpc.bot();
        Trade trade = bot.context().trades().findById(tradeId)
                .orElseThrow(() -> new RpcException("Could not find trade with id " + tradeId + "."));
        bot.reloadTrade(trade);
        return rpc.tradeStatus(List.of(tradeId)).get(0);
    }

    /** Deletes a trade (any state), cancelling its open orders first. */
    public DeleteTrade delete(long tradeId) {
        TradingBot bot = rpc.bot();
        Trade trade = bot.context().trades().findById(tradeId)
                .orElseThrow(() -> new RpcException("invalid argument"));
        int cancelled = bot.deleteTrade(trade);
        return new DeleteTrade("success", tradeId,
                "Deleted trade " + tradeId + ". Closed " + cancelled + " open orders.", cancelled);
    }

    private static Trade openTrade(TradingBot bot, String tradeId) {
        long id;
        try {
            id = Long.parseLong(tradeId);
        } catch (NumberFormatException e) {
            throw new RpcException("invalid argument");
        }
        List<Trade> open = bot.context().trades().openTrades();
        return open.stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new RpcException("invalid argument"));
    }

    /** A partial exit may not leave less than the pair's minimum stake behind. */
    private static void checkRemainder(TradingBot bot, Trade trade, double amount) {
        Market market = bot.context().exchange().market(trade.pair());
        double remaining = (trade.amount() - amount) * trade.openRate();
        OptionalDouble min = StakeLimits.minPairStakeAmount(market, trade.openRate(),
                bot.context().strategy().stoploss(), trade.leverage(), bot.context().config().amountReservePercent());
        if (min.isPresent() && remaining < min.getAsDouble()) {
            throw new RpcException("Remaining amount of " + remaining + " would be too small.");
        }
    }
}
