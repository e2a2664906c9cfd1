package dev.hertz.api.routes;

import dev.hertz.api.http.ApiRequest;
import dev.hertz.api.http.Body;
import dev.hertz.api.http.Route.Mode;
import dev.hertz.api.http.RouteTable;
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
        r.postJson("/forceenter", Mode.TRADE, TradeJson.class, "Open a trade now", q -> forceEnter(rpc, q));
        r.postJson("/forcebuy", Mode.TRADE, TradeJson.class, "Alias of /forceenter", q -> forceEnter(rpc, q));
        r.postJson("/forceexit", Mode.TRADE, ResultMsg.class, "Exit a trade (or all) now", q -> forceExit(rpc, q));
        r.postJson("/forcesell", Mode.TRADE, ResultMsg.class, "Alias of /forceexit", q -> forceExit(rpc, q));
    }

    private static OpenTradeJson cancelOpenOrder(Rpc rpc, long id) {
        rpc.tradeActions().cancelOpenOrder(id);
        return rpc.tradeStatus(List.of(id)).get(0);
    }

    private static TradeJson forceEnter(Rpc rpc, ApiRequest q) {
        Body body = q.body().requireObject();
        String pair = body.string("pair", true);
        String side = body.oneOf("side", false, "long", "short");
        Double price = body.number("price", false);
        String orderType = body.oneOf("ordertype", false, "limit", "market");
        Double stake = body.number("stakeamount", false);
        String tag = body.string("entry_tag", false);
        body.number("leverage", false);
        body.validate();
        return rpc.tradeActions().forceEntry(pair, price, orderType == null ? null : OrderType.parse(orderType),
                "short".equals(side) ? SignalDirection.SHORT : SignalDirection.LONG,
                stake == null || stake == 0 ? null : stake, tag == null || tag.isEmpty() ? null : tag).trade();
    }

    private static ResultMsg forceExit(Rpc rpc, ApiRequest q) {
        Body body = q.body().requireObject();
        String tradeId = body.stringOrInt("tradeid", true);
        String orderType = body.oneOf("ordertype", false, "limit", "market");
        Double amount = body.number("amount", false);
        Double price = body.number("price", false);
        body.validate();
        return rpc.tradeActions().forceExit(tradeId, orderType == null ? null : OrderType.parse(orderType), amount,
                price);
    }
}
