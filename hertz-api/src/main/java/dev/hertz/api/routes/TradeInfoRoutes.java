package dev.hertz.api.routes;

import dev.hertz.api.http.ApiException;
import dev.hertz.api.http.ApiRequest;
import dev.hertz.api.http.Route.Mode;
import dev.hertz.api.http.RouteTable;
import dev.hertz.api.http.ValidationException;
import dev.hertz.api.schema.TradeCustomData;
import dev.hertz.core.rpc.BalanceResult;
import dev.hertz.core.rpc.OpenTradeJson;
import dev.hertz.core.rpc.PairPerformance;
import dev.hertz.core.rpc.ProfitAll;
import dev.hertz.core.rpc.ProfitStatistics;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.RpcException;
import dev.hertz.core.rpc.Stats;
import dev.hertz.core.rpc.TagPerformance;
import dev.hertz.core.rpc.TimeUnitProfit;
import dev.hertz.core.rpc.TradeCount;
import dev.hertz.core.rpc.TradeHistory;
import dev.hertz.core.rpc.WalletHistory;

import java.util.List;
import java.util.Map;

/** Read-only trading information: balance, profit, performance, open and closed trades. */
public final class TradeInfoRoutes {
    /** One page of {@code /trades} at most; FreqUI pages with exactly this size. */
    static final int MAX_TRADES_PAGE = 500;

    private TradeInfoRoutes() {
    }

    public static void register(RouteTable r, Rpc rpc) {
        r.get("/balance", Mode.TRADE, BalanceResult.class, "Wallet balances valued in the stake currency",
                q -> rpc.balance());
        r.get("/count", Mode.TRADE, TradeCount.class, "Open trades and the maximum", q -> rpc.count());
        r.get("/entries", Mode.TRADE, TagPerformance[].class, "Profit per entry tag",
                q -> rpc.enterTagPerformance(q.queryString("pair")));
        r.get("/exits", Mode.TRADE, TagPerformance[].class, "Profit per exit reason",
                q -> rpc.exitReasonPerformance(q.queryString("pair")));
        r.get("/mix_tags", Mode.TRADE, TagPerformance[].class, "Profit per entry tag and exit reason",
                q -> rpc.mixTagPerformance(q.queryString("pair")));
        r.get("/performance", Mode.TRADE, PairPerformance[].class, "Profit per pair", q -> rpc.performance());
        r.get("/profit", Mode.TRADE, ProfitStatistics.class, "Profit summary", q -> rpc.tradeStatistics(null));
        r.get("/profit_all", Mode.TRADE, ProfitAll.class, "Profit summary, all and per direction",
                q -> rpc.profitAll());
        r.get("/stats", Mode.TRADE, Stats.class, "Exit reasons and durations", q -> rpc.stats());
        r.get("/daily", Mode.TRADE, TimeUnitProfit.class, "Profit per day",
                q -> rpc.timeunitProfit(q.queryInt("timescale", 7), TimeUnitProfit.Unit.DAYS));
        r.get("/weekly", Mode.TRADE, TimeUnitProfit.class, "Profit per week",
                q -> rpc.timeunitProfit(q.queryInt("timescale", 4), TimeUnitProfit.Unit.WEEKS));
        r.get("/monthly", Mode.TRADE, TimeUnitProfit.class, "Profit per month",
                q -> rpc.timeunitProfit(q.queryInt("timescale", 3), TimeUnitProfit.Unit.MONTHS));
        r.get("/status", Mode.TRADE, OpenTradeJson[].class, "Open trades with current profit",
                q -> rpc.openTradeStatus());
        r.get("/trades", Mode.TRADE, TradeHistory.class, "Closed trades, paged", q -> trades(rpc, q));
        r.get("/trade/{tradeid}", Mode.TRADE, OpenTradeJson.class, "One trade, open or closed",
                q -> trade(rpc, q.pathLong("tradeid")));
        r.get("/trades/{tradeid}/custom-data", Mode.TRADE, TradeCustomData[].class, "A trade's custom data",
                q -> customData(rpc, q.pathLong("tradeid"), q.queryString("key")));
        r.get("/historic_balance", Mode.TRADE, WalletHistory.class, "The bot's wallet value over time",
                q -> rpc.historicBalance());
        r.get("/edge", Mode.TRADE, Object[].class, "Edge positioning (not available)", q -> rpc.edge());
    }

    private static TradeHistory trades(Rpc rpc, ApiRequest q) {
        int limit = atLeastZero("limit", q.queryInt("limit", MAX_TRADES_PAGE));
        int offset = atLeastZero("offset", q.queryInt("offset", 0));
        return rpc.tradeHistory(Math.min(limit, MAX_TRADES_PAGE), offset, q.queryBool("order_by_id", true));
    }

    private static OpenTradeJson trade(Rpc rpc, long id) {
        try {
            return rpc.tradeStatus(List.of(id)).get(0);
        } catch (RpcException e) {
            throw ApiException.notFound("Trade not found.");
        }
    }

    private static List<TradeCustomData> customData(Rpc rpc, long id, String key) {
        trade(rpc, id);
        return List.of(TradeCustomData.of(id, rpc.listCustomData(id, key)));
    }

    static int atLeastZero(String name, int value) {
        if (value < 0) {
            throw new ValidationException(new ValidationException.Error("greater_than_equal", List.of("query", name),
                    "Input should be greater than or equal to 0", Integer.toString(value), Map.of("ge", 0)));
        }
        return value;
    }
}
