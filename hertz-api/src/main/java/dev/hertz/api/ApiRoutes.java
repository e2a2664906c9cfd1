package dev.hertz.api;

import dev.hertz.api.auth.Authenticator;
import dev.hertz.api.optimize.WebserverBacktest;
import dev.hertz.api.optimize.WebserverHyperopt;
import dev.hertz.api.http.Route;
import dev.hertz.api.http.RouteTable;
import dev.hertz.api.routes.BacktestRoutes;
import dev.hertz.api.routes.CandleRoutes;
import dev.hertz.api.routes.ControlRoutes;
import dev.hertz.api.routes.HyperoptRoutes;
import dev.hertz.api.routes.InfoRoutes;
import dev.hertz.api.routes.JobRoutes;
import dev.hertz.api.routes.LockRoutes;
import dev.hertz.api.routes.PairlistRoutes;
import dev.hertz.api.routes.PairlistEvaluationRoutes;
import dev.hertz.api.routes.ResourceRoutes;
import dev.hertz.api.routes.TradeActionRoutes;
import dev.hertz.api.routes.TradeInfoRoutes;

import java.util.List;

/** Every API route, in matching order. The one place to see what the server answers. */
final class ApiRoutes {
    private ApiRoutes() {
    }

    static List<Route> build(ApiSetup setup, Authenticator auth) {
        RouteTable table = new RouteTable();
        InfoRoutes.register(table, setup.rpc(), auth, setup.mode());
        TradeInfoRoutes.register(table, setup.rpc());
        TradeActionRoutes.register(table, setup.rpc());
        PairlistRoutes.register(table, setup.rpc());
        LockRoutes.register(table, setup.rpc());
        ControlRoutes.register(table, setup.rpc());
        CandleRoutes.register(table, setup.rpc());
        ResourceRoutes.register(table, setup.rpc());
        JobRoutes.register(table, setup.jobs());
        PairlistEvaluationRoutes.register(table, setup.rpc(), setup.jobs());
        BacktestRoutes.register(table, setup.rpc(), new WebserverBacktest(setup.rpc()));
        HyperoptRoutes.register(table, new WebserverHyperopt(setup.rpc(), setup.jobs()));
        return table.routes();
    }
}
