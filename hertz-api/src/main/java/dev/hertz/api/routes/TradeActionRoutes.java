package dev.hertz.api.routes;

import dev.hertz.api.http.ApiRequest;
import dev.hertz.api.http.Route.Mode;
import dev.hertz.api.http.RouteTable;
import dev.hertz.api.schema.ForceEnterPayload;
import dev.hertz.api.schema.ForceExitPayload;
import dev.hertz.core.exchange.OrderType;
import dev.hertz.core.rpc.DeleteTrade;
import dev.hertz.core.rpc.OpenTradeJson;
import dev.hertz.core.rpc.ResultMsg;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.TradeJson;
import dev.hertz.core.strategy.SignalDirection;

import java.util.List;

/** Acting on trades: force entry and exit, cancel open orders, reload from the exchange, delete. */
public final class TradeActionRoutes {
    private TradeActionRoutes() {
    }

    public static void register(RouteTable r, Rpc rpc) {
        r.delete("/trades/{tradeid}", Mode.TRADE, DeleteTrade.class, "Delete a trade, cancelling its open orders",
                q -> rpc.tradeActions().delete(q.pathLong("tradeid")));
        r.delete("/trades/{tradeid}/open-order", Mode.TRADE, OpenTradeJson.class, "Cancel a trade's open orders",
                q -> cancelOpenOrder(rpc, q.pathLong("tradeid")));
        r.post("/trades/{tradeid}/reload", Mode.TRADE, OpenTradeJson.class,
                "Re-read a trade's orders from the exchange", q -> rpc.tradeActions().reloadTrade(q.pathLong("tradeid")));
        r.postJson("/forceenter", Mode.TRADE, ForceEnterPayload.class, TradeJson.class, "Open a trade now", q -> forceEnter(rpc, q));
        r.postJson("/forcebuy", Mode.TRADE, ForceEnterPayload.class, TradeJson.class, "Alias of /forceenter", q -> forceEnter(rpc, q));
        r.postJson("/forceexit", Mode.TRADE, ForceExitPayload.class, ResultMsg.class, "Exit a trade (or all) now", q -> forceExit(rpc, q));
        r.postJson("/forcesell", Mode.TRADE, ForceExitPayload.class, ResultMsg.class, "Alias of /forceexit", q -> forceExit(rpc, q));
    }

    private static OpenTradeJson cancelOpenOrder(Rpc rpc, long id) {
        rpc.tradeActions().cancelOpenOrder(id);
        return rpc.tradeStatus(List.of(id)).get(0);
    }

    private static TradeJson forceEnter(Rpc rpc, ApiRequest q) {
        ForceEnterPayload p = ForceEnterPayload.from(q.body());
        return rpc.tradeActions().forceEntry(p.pair(), p.price(), orderType(p.ordertype()),
                "short".equals(p.side()) ? SignalDirection.SHORT : SignalDirection.LONG,
                p.stakeamount() == null || p.stakeamount() == 0 ? null : p.stakeamount(),
                p.entryTag() == null || p.entryTag().isEmpty() ? null : p.entryTag()).trade();
    }

    private static ResultMsg forceExit(Rpc rpc, ApiRequest q) {
        ForceExitPayload p = ForceExitPayload.from(q.body());
        return rpc.tradeActions().forceExit(p.tradeid(), orderType(p.ordertype()), p.amount(), p.price());
    }

    private static OrderType orderType(String value) {
        return value == null ? null : OrderType.parse(value);
    }
}
