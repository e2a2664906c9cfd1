package dev.hertz.api.routes;

import dev.hertz.api.http.ApiRequest;
import dev.hertz.api.http.Body;
import dev.hertz.api.http.Route.Mode;
import dev.hertz.api.http.RouteTable;
import dev.hertz.core.rpc.PairHistory;
import dev.hertz.core.rpc.Rpc;

import java.util.List;
import java.util.Map;

/** Analysed candles of the running bot and the strategy's plot configuration. */
public final class CandleRoutes {
    private CandleRoutes() {
    }

    public static void register(RouteTable r, Rpc rpc) {
        r.get("/pair_candles", Mode.TRADE, PairHistory.class, "The bot's analysed candles of a pair",
                q -> rpc.pairCandles(q.requiredQuery("pair"), q.requiredQuery("timeframe"),
                        TradeInfoRoutes.atLeastZero("limit", q.queryInt("limit", 0)), null));
        r.postJson("/pair_candles", Mode.TRADE, PairHistory.class,
                "The bot's analysed candles of a pair, selected columns", q -> pairCandles(rpc, q));
        r.get("/plot_config", Mode.ANY, Map.class, "The strategy's plot configuration", q -> {
            String strategy = q.queryString("strategy");
            StrategyErrors.refuseEncoded(strategy);
            return strategy == null ? rpc.plotConfig() : StrategyErrors.detailed(() -> rpc.plotConfig(strategy));
        });
    }

    private static PairHistory pairCandles(Rpc rpc, ApiRequest q) {
        Body body = q.body().requireObject();
        String pair = body.string("pair", true);
        String timeframe = body.string("timeframe", true);
        Long limit = body.integer("limit", false);
        List<String> columns = body.stringList("columns", false);
        body.validate();
        return rpc.pairCandles(pair, timeframe, limit == null ? 0 : (int) Math.max(0, Math.min(limit, Integer.MAX_VALUE)),
                columns);
    }
}
