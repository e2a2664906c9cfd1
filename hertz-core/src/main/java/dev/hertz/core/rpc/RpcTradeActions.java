package dev.hertz.core.rpc;

import dev.hertz.core.bot.TradingBot;
import dev.hertz.core.exchange.DependencyException;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.OrderType;
import dev.hertz.core.exchange.StakeLimits;
import dev.hertz.core.persistence.Trade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The RPC operations that act on trades (freqtrade's {@code _rpc_force_exit},
 * {@code _rpc_cancel_open_order}, {@code _rpc_delete}); each runs under the bot's exit lock so it
 * never interleaves with a loop step.
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
        rpc.requireRunning();
        TradingBot bot = rpc.bot();
        if ("all".equals(tradeId)) {
            for (Trade trade : bot.context().trades().openTrades()) {
                try {
                    bot.forceExit(trade, orderType, null);
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
            placed = bot.forceExit(trade, orderType, amount);
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
