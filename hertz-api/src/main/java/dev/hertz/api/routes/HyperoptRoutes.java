package dev.hertz.api.routes;

import dev.hertz.api.optimize.WebserverHyperopt;
import dev.hertz.api.http.Route.Mode;
import dev.hertz.api.http.RouteTable;
import dev.hertz.api.schema.BgJobStarted;
import dev.hertz.api.schema.HyperoptJobResponse;
import dev.hertz.api.schema.HyperoptRequest;

/**
 * Hyperopt as a background job of webserver mode (a Hertz addition; freqtrade runs hyperopt only
 * from the command line): start, poll, stop.
 */
public final class HyperoptRoutes {
    private HyperoptRoutes() {
    }

    public static void register(RouteTable r, WebserverHyperopt hyperopt) {
        r.postJson("/hyperopt", Mode.WEBSERVER, HyperoptRequest.class, BgJobStarted.class,
                "Start a hyperopt run in the background", q -> new BgJobStarted("Hyperopt started in background.",
                        hyperopt.start(HyperoptRequest.from(q.body()))));
        r.get("/hyperopt/{jobid}", Mode.WEBSERVER, HyperoptJobResponse.class, "State of a hyperopt job",
                q -> hyperopt.status(q.pathString("jobid")));
        r.delete("/hyperopt/{jobid}", Mode.WEBSERVER, HyperoptJobResponse.class, "Stop a hyperopt job",
                q -> hyperopt.abort(q.pathString("jobid")));
    }
}
