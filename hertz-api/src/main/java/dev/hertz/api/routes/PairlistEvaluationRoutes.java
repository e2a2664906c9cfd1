package dev.hertz.api.routes;

import dev.hertz.api.http.Route.Mode;
import dev.hertz.api.http.RouteTable;
import dev.hertz.api.jobs.BackgroundJobs;
import dev.hertz.api.schema.PairListsResponse;
import dev.hertz.core.pairlist.PairListHandlers;
import dev.hertz.core.rpc.Rpc;

/** The pairlist configurator of FreqUI (webserver mode): available handlers and trial evaluations. */
public final class PairlistEvaluationRoutes {
    private PairlistEvaluationRoutes() {
    }

    public static void register(RouteTable r, Rpc rpc, BackgroundJobs jobs) {
        r.get("/pairlists/available", Mode.WEBSERVER, PairListsResponse.class,
                "Pairlist handlers and their parameters", q -> PairListsResponse.of(PairListHandlers.available()));
    }
}
