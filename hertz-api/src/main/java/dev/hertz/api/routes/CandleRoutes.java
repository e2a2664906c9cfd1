package dev.hertz.api.routes;

import dev.hertz.api.http.ApiRequest;
import dev.hertz.api.http.Route.Mode;
import dev.hertz.api.http.RouteTable;
import dev.hertz.api.http.ApiException;
import dev.hertz.api.http.ValidationException;
import dev.hertz.api.schema.PairCandlesRequest;
import dev.hertz.api.schema.PairHistoryRequest;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.rpc.AvailablePairs;
import dev.hertz.core.rpc.PairHistory;
import dev.hertz.core.rpc.RpcException;
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
        r.postJson("/pair_candles", Mode.TRADE, PairCandlesRequest.class, PairHistory.class,
                "The bot's analysed candles of a pair, selected columns", q -> pairCandles(rpc, q));
        r.get("/pair_history", Mode.ANY, PairHistory.class, "Stored candles analysed by a strategy", q -> {
            String pair = q.requiredQuery("pair");
            String timeframe = q.requiredQuery("timeframe");
            String timerange = q.requiredQuery("timerange");
            String strategy = q.requiredQuery("strategy");
            return pairHistory(rpc, pair, timeframe, timerange, strategy, null);
        });
        r.postJson("/pair_history", Mode.ANY, PairHistoryRequest.class, PairHistory.class,
                "Stored candles analysed by a strategy, selected columns", q -> {
                    PairHistoryRequest p = PairHistoryRequest.from(q.body());
                    return pairHistory(rpc, p.pair(), p.timeframe(), p.timerange(), p.strategy(), p.columns());
                });
        r.get("/available_pairs", Mode.ANY, AvailablePairs.class, "Pairs with stored candles", q -> {
            CandleType type = null;
            if (q.context().queryParam("candletype") != null) {
                type = parseCandleType(q.context().queryParam("candletype"));
            }
            return rpc.resources().availablePairs(q.queryString("timeframe"), q.queryString("stake_currency"), type);
        });
        r.get("/plot_config", Mode.ANY, Map.class, "The strategy's plot configuration", q -> {
            String strategy = q.queryString("strategy");
            StrategyErrors.refuseEncoded(strategy);
            return strategy == null ? rpc.resources().plotConfig() : StrategyErrors.detailed(() -> rpc.resources().plotConfig(strategy));
        });
    }

    /** Any failure (no data, unknown strategy, bad timerange) answers 502 {@code {"detail": ...}}, as freqtrade does. */
    private static PairHistory pairHistory(Rpc rpc, String pair, String timeframe, String timerange, String strategy,
                                           List<String> columns) {
        StrategyErrors.refuseEncoded(strategy);
        try {
            return rpc.resources().pairHistory(pair, timeframe, timerange, strategy, columns);
        } catch (RpcException e) {
            throw new ApiException(502, e.getMessage());
        }
    }

    private static CandleType parseCandleType(String raw) {
        try {
            return CandleType.fromValue(raw);
        } catch (IllegalArgumentException e) {
            String expected = "'spot', 'futures', 'mark', 'index', 'premiumIndex' or 'funding_rate'";
            throw new ValidationException(new ValidationException.Error("enum", List.of("query", "candletype"),
                    "Input should be " + expected, raw, Map.of("expected", expected)));
        }
    }

    private static PairHistory pairCandles(Rpc rpc, ApiRequest q) {
        PairCandlesRequest p = PairCandlesRequest.from(q.body());
        int limit = p.limit() == null ? 0 : (int) Math.max(0, Math.min(p.limit(), Integer.MAX_VALUE));
        return rpc.pairCandles(p.pair(), p.timeframe(), limit, p.columns());
    }
}
