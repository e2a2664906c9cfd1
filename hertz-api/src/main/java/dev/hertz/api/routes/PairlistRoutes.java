package dev.hertz.api.routes;

import dev.hertz.api.http.ApiRequest;
import dev.hertz.api.http.Body;
import dev.hertz.api.http.Route.Mode;
import dev.hertz.api.http.RouteTable;
import dev.hertz.core.rpc.BlacklistResult;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.WhitelistResult;

import java.util.List;

/** The running bot's whitelist and blacklist. */
public final class PairlistRoutes {
    private PairlistRoutes() {
    }

    public static void register(RouteTable r, Rpc rpc) {
        r.get("/blacklist", Mode.TRADE, BlacklistResult.class, "The blacklist", q -> rpc.blacklist(null));
        r.postJson("/blacklist", Mode.TRADE, BlacklistResult.class, "Add pairs or wildcards to the blacklist",
                q -> addToBlacklist(rpc, q));
        r.delete("/blacklist", Mode.TRADE, BlacklistResult.class, "Remove entries from the blacklist",
                q -> rpc.blacklistDelete(q.queryList("pairs_to_delete")));
        r.get("/whitelist", Mode.TRADE, WhitelistResult.class, "The active whitelist", q -> rpc.whitelist());
    }

    private static BlacklistResult addToBlacklist(Rpc rpc, ApiRequest q) {
        Body body = q.body().requireObject();
        List<String> pairs = body.stringList("blacklist", true);
        body.validate();
        return rpc.blacklist(pairs);
    }
}
