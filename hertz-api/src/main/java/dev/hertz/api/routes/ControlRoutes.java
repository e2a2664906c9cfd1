package dev.hertz.api.routes;

import dev.hertz.api.http.Route.Mode;
import dev.hertz.api.http.RouteTable;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.StatusMsg;

/** Start, stop, pause and reload. Bodies are ignored (FreqUI sends {@code {}}, the client {@code null}). */
public final class ControlRoutes {
    private ControlRoutes() {
    }

    public static void register(RouteTable r, Rpc rpc) {
        r.post("/start", Mode.TRADE, StatusMsg.class, "Start the trader", q -> rpc.start());
        r.post("/stop", Mode.TRADE, StatusMsg.class, "Stop the trader", q -> rpc.stop());
        r.post("/stopentry", Mode.TRADE, StatusMsg.class, "No new entries until /start or a reload",
                q -> rpc.stopEntry());
        r.post("/stopbuy", Mode.TRADE, StatusMsg.class, "Alias of /stopentry", q -> rpc.stopEntry());
        r.post("/pause", Mode.TRADE, StatusMsg.class, "Alias of /stopentry (state paused)", q -> rpc.stopEntry());
        r.post("/reload_config", Mode.TRADE, StatusMsg.class, "Reload the configuration and the strategy",
                q -> rpc.reloadConfig());
    }
}
