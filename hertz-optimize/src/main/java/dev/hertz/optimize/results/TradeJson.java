package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.PairLock;
import dev.hertz.core.persistence.Trade;

import java.time.Instant;
import java.util.List;

/**
 * The {@code trades} and {@code locks} entries of a result file (reference bot-core §7.6): exactly
 * freqtrade's backtest trade columns, dates as pandas prints them, timestamps in milliseconds.
 */
final class TradeJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The keys of one {@code trades} entry, in freqtrade's order. */
    static final List<String> TRADE_KEYS = List.of("pair", "stake_amount", "max_stake_amount", "amount", "open_date",
            "close_date", "open_rate", "close_rate", "fee_open", "fee_close", "trade_duration", "profit_ratio",
            "profit_abs", "exit_reason", "initial_stop_loss_abs", "initial_stop_loss_ratio", "stop_loss_abs",
            "stop_loss_ratio", "min_rate", "max_rate", "is_open", "enter_tag", "leverage", "is_short",
            "open_timestamp", "close_timestamp", "orders");

    private TradeJson() {
    }

    static ArrayNode trades(List<Trade> trades) {
        ArrayNode out = JSON.arrayNode();
        trades.forEach(t -> out.add(trade(t)));
        return out;
    }

    static ObjectNode trade(Trade t) {
        ObjectNode o = JSON.objectNode();
        o.put("pair", t.pair());
        o.put("stake_amount", Py.round(t.stakeAmount(), 8));
        o.put("max_stake_amount", truthy(t.maxStakeAmount()) ? Py.round(t.maxStakeAmount(), 8) : null);
        o.put("amount", Py.round(t.amount(), 8));
        o.put("open_date", Py.pandas(t.openDate()));
        o.put("close_date", t.closeDate() == null ? null : Py.pandas(t.closeDate()));
        o.put("open_rate", t.openRate());
        o.put("close_rate", t.closeRate());
        o.put("fee_open", t.feeOpen());
        o.put("fee_close", t.feeClose());
        if (t.closeDate() == null) {
            o.putNull("trade_duration");
        } else {
            o.put("trade_duration", TradeRow.durationMinutes(t.openDate(), t.closeDate()));
        }
        o.put("profit_ratio", t.closeProfit());
        o.put("profit_abs", t.closeProfitAbs());
        o.put("exit_reason", t.exitReason());
        o.put("initial_stop_loss_abs", t.initialStopLoss());
        o.put("initial_stop_loss_ratio", truthy(t.initialStopLossPct()) ? t.initialStopLossPct() : null);
        o.put("stop_loss_abs", t.stopLoss());
        o.put("stop_loss_ratio", truthy(t.stopLossPct()) ? t.stopLossPct() : null);
        o.put("min_rate", t.minRate());
        o.put("max_rate", t.maxRate());
        o.put("is_open", t.isOpen());
        o.put("enter_tag", t.enterTag());
        o.put("leverage", t.leverage());
        o.put("is_short", t.isShort());
        o.put("open_timestamp", t.openDate().toEpochMilli());
        o.put("close_timestamp", t.closeDate() == null ? null : t.closeDate().toEpochMilli());
        ArrayNode orders = o.putArray("orders");
        for (Order order : t.orders()) {
            if (order.isFilledAndClosed() || order.ftIsOpen() && order.status() != null) {
                ObjectNode j = orders.addObject();
                j.put("amount", order.safeAmount());
                j.put("safe_price", order.safePrice());
                j.put("ft_order_side", order.ftOrderSide());
                j.put("order_filled_timestamp", millis(order.orderFilledDate()));
                j.put("ft_is_entry", order.ftOrderSide().equals(t.entrySide()));
                j.put("ft_order_tag", order.ftOrderTag());
            }
        }
        return o;
    }

    static ArrayNode locks(List<PairLock> locks) {
        ArrayNode out = JSON.arrayNode();
        for (PairLock lock : locks) {
            ObjectNode o = out.addObject();
            o.put("id", lock.id());
            o.put("pair", lock.pair());
            o.put("lock_time", Py.print(lock.lockTime()));
            o.put("lock_timestamp", lock.lockTime().toEpochMilli());
            o.put("lock_end_time", Py.print(lock.lockEndTime()));
            o.put("lock_end_timestamp", lock.lockEndTime().toEpochMilli());
            o.put("reason", lock.reason());
            o.put("side", lock.side());
            o.put("active", lock.active());
        }
        return out;
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static boolean truthy(Double value) {
        return value != null && value != 0.0;
    }
}
