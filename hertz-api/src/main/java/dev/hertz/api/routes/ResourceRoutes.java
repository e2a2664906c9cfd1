package dev.hertz.api.routes;

import dev.hertz.api.http.Route.Mode;
import dev.hertz.api.http.RouteTable;
import dev.hertz.core.rpc.ExchangeList;
import dev.hertz.api.schema.FreqAiModelList;
import dev.hertz.api.schema.HyperoptLossList;
import dev.hertz.core.rpc.Markets;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.StrategyInfo;
import dev.hertz.core.rpc.StrategyList;
import dev.hertz.core.rpc.SysInfo;
import dev.hertz.optimize.hyperopt.loss.HyperOptLosses;

import java.util.List;

/** Strategies, hyperopt losses, exchanges, markets and host information: served with or without a bot. */
public final class ResourceRoutes {
    private ResourceRoutes() {
    }

    public static void register(RouteTable r, Rpc rpc) {
        r.get("/sysinfo", Mode.ANY, SysInfo.class, "CPU and RAM usage of the host", q -> rpc.resources().sysinfo());
        r.get("/strategies", Mode.ANY, StrategyList.class, "Strategies in the strategy directory",
                q -> rpc.resources().strategies());
        r.get("/strategy/{strategy}", Mode.ANY, StrategyInfo.class, "A strategy's source and parameters", q -> {
            String name = q.pathString("strategy");
            StrategyErrors.refuseEncoded(name);
            return StrategyErrors.detailed(() -> rpc.resources().strategy(name));
        });
        r.get("/exchanges", Mode.ANY, ExchangeList.class, "Exchanges Hertz can trade on",
                q -> rpc.resources().exchanges());
        r.get("/hyperoptloss", Mode.ANY, HyperoptLossList.class, "Hyperopt loss functions, built-in and user_data/hyperopts",
                q -> HyperoptLossList.of(HyperOptLosses.available(rpc.resources().userDataDirectory())));
        r.get("/freqaimodels", Mode.ANY, FreqAiModelList.class, "FreqAI models (none in Hertz)",
                q -> new FreqAiModelList(List.of()));
        r.get("/markets", Mode.ANY, Markets.class, "The exchange's markets",
                q -> rpc.resources().markets(q.queryString("base"), q.queryString("quote")));
    }
}
