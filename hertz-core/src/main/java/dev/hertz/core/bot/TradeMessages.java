package dev.hertz.core.bot;

import dev.hertz.core.exchange.EntryExit;
import dev.hertz.core.exchange.HertzException;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.PairLock;
import dev.hertz.core.persistence.ProfitStruct;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.rpc.LockJson;
import dev.hertz.core.rpc.RpcMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The notifications about trades, with freqtrade's payloads ({@code _notify_enter},
 * {@code _notify_enter_cancel}, {@code _notify_exit}, {@code _notify_exit_cancel},
 * {@code order_close_notify}, {@code handle_protections}). Callers send them at freqtrade's
 * moments: right after an order is placed, once it is no longer open with something filled, when
 * it is cancelled, when a protection locks.
 */
final class TradeMessages {
    /** freqtrade's {@code MATH_CLOSE_PREC}: amounts closer than this are the same. */
    private static final double MATH_CLOSE_PREC = 1e-14;
    private static final Logger LOG = LoggerFactory.getLogger(TradeMessages.class);

    private final BotContext ctx;
    private final BotMessages out;

    TradeMessages(BotContext ctx, BotMessages out) {
        this.ctx = ctx;
        this.out = out;
    }

    /** An entry order was placed: the first one of a trade, or one adding to it ({@code subTrade}). */
    void entry(Trade trade, Order order, String orderType, boolean subTrade) {
        out.send(() -> new RpcMessage.Entry(entryInfo(trade, order, orderType, false, subTrade)));
    }

    /**
     * freqtrade's {@code order_close_notify}: a fill message once {@code order} is no longer open
     * ({@code entry_fill}, or {@code exit_fill} with {@code sub_trade} while the trade stays open).
     * Call it after the order was applied to the trade.
     */
    void orderClosed(Trade trade, Order order) {
        if (order.ftIsOpen()) {
            return;
        }
        if (trade.exitSide().equals(order.ftOrderSide())) {
            exit(trade, order.orderType(), true, trade.isOpen(), order);
        } else if (trade.entrySide().equals(order.ftOrderSide())) {
            boolean subTrade = Math.abs(order.safeAmountAfterFee() - trade.amount()) > MATH_CLOSE_PREC;
            out.send(() -> new RpcMessage.EntryFill(entryInfo(trade, order, order.orderType(), true, subTrade)));
        }
    }

    private RpcMessage.EntryInfo entryInfo(Trade trade, Order order, String orderType, boolean fill,
                                           boolean subTrade) {
        double openRate = order.safePrice() != 0 ? order.safePrice() : trade.openRate();
        double amount = fill ? order.safeAmountAfterFee()
                : order.amount() != null && order.amount() != 0 ? order.amount() : trade.amount();
        return new RpcMessage.EntryInfo(trade.id(), trade.enterTag(), trade.enterTag(), capitalize(trade.exchange()),
                trade.pair(), trade.leverage() != 0 ? trade.leverage() : null, direction(trade), openRate, openRate,
                orderType == null ? "unknown" : orderType, trade.stakeAmount(), ctx.config().stakeCurrency(),
                base(trade.pair()), quote(trade.pair()), fiat(), amount,
                trade.openDate() != null ? trade.openDate() : ctx.clock().instant(),
                currentRate(trade, EntryExit.ENTRY), subTrade);
    }

    /** An entry order was cancelled (or its trade removed); {@code reason} is the order's cancel reason. */
    void entryCancel(Trade trade, String reason) {
        out.send(() -> new RpcMessage.EntryCancel(new RpcMessage.EntryInfo(trade.id(), trade.enterTag(),
                trade.enterTag(), capitalize(trade.exchange()), trade.pair(), trade.leverage(), direction(trade),
                trade.openRate(), trade.openRate(), ctx.entryOrderType(false).wire(), trade.stakeAmount(),
                ctx.config().stakeCurrency(), base(trade.pair()), quote(trade.pair()), fiat(), trade.amount(),
                trade.openDate(), currentRate(trade, EntryExit.ENTRY), false), reason));
    }

    /**
     * An exit order was placed ({@code fill} false) or filled. A partial exit ({@code subTrade})
     * reports the order's own amount, price and profit; otherwise the whole trade's.
     */
    void exit(Trade trade, String orderType, boolean fill, boolean subTrade, Order order) {
        out.send(() -> {
            Instant now = ctx.clock().instant();
            double rate;
            double amount;
            ProfitStruct profit;
            if (subTrade) {
                amount = fill ? order.safeFilled() : order.safeAmount();
                rate = order.safePrice();
                profit = trade.calculateProfit(rate, amount, trade.openRate(), now);
            } else {
                rate = trade.safeCloseRate();
                amount = trade.amount();
                profit = trade.calculateProfit(rate, now);
            }
            RpcMessage.ExitInfo info = new RpcMessage.ExitInfo(trade.id(), capitalize(trade.exchange()),
                    trade.pair(), trade.leverage(), direction(trade), gain(profit), rate, rate,
                    orderType == null ? "unknown" : orderType, amount, trade.openRate(), rate,
                    fill ? null : currentRate(trade, EntryExit.EXIT), profit.profitAbs(), profit.profitRatio(),
                    trade.enterTag(), trade.enterTag(), trade.exitReason(), trade.openDate(),
                    trade.closeDate() != null ? trade.closeDate() : now, trade.stakeAmount(),
                    ctx.config().stakeCurrency(), base(trade.pair()), quote(trade.pair()), fiat(), subTrade,
                    trade.realizedProfit(), trade.isOpen() ? null : trade.closeProfit(), !trade.isOpen());
            return fill ? new RpcMessage.ExitFill(info) : new RpcMessage.Exit(info);
        });
    }

    /**
     * An exit order was cancelled, or kept open. Sent once per trade and reason: the reason is
     * remembered as the trade's {@code exit_order_status}, which the caller then saves.
     */
    void exitCancel(Trade trade, String reason, String orderId, boolean subTrade) {
        if (Objects.equals(trade.exitOrderStatus(), reason)) {
            return;
        }
        trade.setExitOrderStatus(reason);
        Optional<Order> order = trade.selectOrderByOrderId(orderId);
        if (order.isEmpty()) {
            LOG.warn("Order_obj not found for {}. This should not have happened.", orderId);
            return;
        }
        out.send(() -> {
            Instant now = ctx.clock().instant();
            double rate = trade.safeCloseRate();
            ProfitStruct profit = trade.calculateProfit(rate, now);
            return new RpcMessage.ExitCancel(trade.id(), capitalize(trade.exchange()), trade.pair(), trade.leverage(),
                    direction(trade), gain(profit), rate, ctx.exitOrderType(ExitType.EXIT_SIGNAL).wire(),
                    order.get().safeAmountAfterFee(), trade.openRate(), currentRate(trade, EntryExit.EXIT),
                    profit.profitAbs(), profit.profitRatio(), trade.enterTag(), trade.enterTag(), trade.exitReason(),
                    trade.openDate(), trade.closeDate() != null ? trade.closeDate() : now,
                    ctx.config().stakeCurrency(), base(trade.pair()), quote(trade.pair()), fiat(), reason, subTrade,
                    trade.stakeAmount());
        });
    }

    /** A protection locked a pair ({@code protection_trigger}) or every pair ({@code _global}). */
    void protectionTrigger(PairLock lock, boolean global) {
        out.send(() -> global
                ? new RpcMessage.ProtectionTriggerGlobal(base(lock.pair()), LockJson.of(lock))
                : new RpcMessage.ProtectionTrigger(base(lock.pair()), LockJson.of(lock)));
    }

    /** Python's {@code str.capitalize}: {@code binance} → {@code Binance}. */
    static String capitalize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String direction(Trade trade) {
        return trade.isShort() ? "Short" : "Long";
    }

    private static String gain(ProfitStruct profit) {
        return profit.profitRatio() > 0 ? "profit" : "loss";
    }

    /** The cached rate, as freqtrade asks with {@code refresh=False}; null when there is none to be had. */
    private Double currentRate(Trade trade, EntryExit side) {
        try {
            return ctx.prices().getRate(trade.pair(), false, side, trade.isShort());
        } catch (HertzException e) {
            return null;
        }
    }

    /** The pair's base coin; empty for {@code *} and unknown pairs, as freqtrade's lookup gives. */
    private String base(String pair) {
        Market market = ctx.exchange().markets().get(pair);
        return market == null ? "" : market.base();
    }

    private String quote(String pair) {
        Market market = ctx.exchange().markets().get(pair);
        return market == null ? "" : market.quote();
    }

    private String fiat() {
        var fiat = ctx.config().raw().path("fiat_display_currency");
        return fiat.isTextual() ? fiat.asText() : null;
    }
}
