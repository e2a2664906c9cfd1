package dev.hertz.api.routes;

import dev.hertz.api.ApiVersion;
import dev.hertz.api.auth.Authenticator;
import dev.hertz.api.http.ApiRequest;
import dev.hertz.api.http.Route;
import dev.hertz.api.http.Route.Access;
import dev.hertz.api.http.Route.Method;
import dev.hertz.api.http.Route.Mode;
import dev.hertz.api.http.RouteTable;
import dev.hertz.api.schema.Ping;
import dev.hertz.core.rpc.Health;
import dev.hertz.core.rpc.Logs;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.ShowConfig;
import dev.hertz.core.rpc.Version;

/** Public ping, login and refresh, and the information endpoints. */
public final class InfoRoutes {
    private InfoRoutes() {
    }

    public static void register(RouteTable r, Rpc rpc, Authenticator auth, Mode mode) {
        r.add(new Route(Method.GET, "/ping", Access.PUBLIC, Mode.ANY, false, Ping.class,
                "Is the server up (no credentials needed)", q -> Ping.PONG));
        r.add(new Route(Method.HEAD, "/ping", Access.PUBLIC, Mode.ANY, false, Ping.class,
                "Is the server up, headers only", q -> ApiRequest.WRITTEN));
        r.add(new Route(Method.POST, "/token/login", Access.LOGIN, Mode.ANY, false, Authenticator.TokenPair.class,
                "Exchange Basic credentials for an access and a refresh token",
                q -> auth.login(q.header("Authorization"), q.clientAddress())));
        r.add(new Route(Method.POST, "/token/refresh", Access.REFRESH, Mode.ANY, false,
                Authenticator.AccessToken.class, "A new access token for a refresh token",
                q -> auth.refresh(q.header("Authorization"))));
        r.get("/version", Mode.ANY, Version.class, "Bot version", q -> rpc.version());
        r.get("/show_config", Mode.ANY, ShowConfig.class, "The bot's configuration (no secrets)",
                q -> rpc.showConfig(ApiVersion.of(mode)));
        r.get("/health", Mode.TRADE, Health.class, "Last loop time and start times", q -> rpc.health());
        r.get("/logs", Mode.ANY, Logs.class, "Newest log records", q -> rpc.logs(q.queryInt("limit", null)));
    }
}
