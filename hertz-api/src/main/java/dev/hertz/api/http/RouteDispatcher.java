package dev.hertz.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.api.auth.Authenticator;
import dev.hertz.api.http.Route.Access;
import dev.hertz.api.http.Route.Mode;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Runs one route the way freqtrade evaluates a request: (0) decode the JSON body (malformed → 422
 * even without credentials), (1) authenticate, (2)/(3) check the bot mode, (4) validate and (5)
 * run the handler. Every failure becomes its documented response; nothing escapes as a 500 page.
 */
public final class RouteDispatcher {
    static final String WRONG_STATE = "Bot is not in the correct state";

    private final Authenticator auth;
    private final Mode serverMode;

    /** @param serverMode {@link Mode#TRADE} with a bot attached, {@link Mode#WEBSERVER} without */
    public RouteDispatcher(Authenticator auth, Mode serverMode) {
        this.auth = auth;
        this.serverMode = serverMode;
    }

    public Handler handler(Route route) {
        return ctx -> dispatch(route, ctx);
    }

    private void dispatch(Route route, Context ctx) {
        try {
            JsonNode body = route.body() ? RequestBody.decode(ctx) : null;
            if (route.access() == Access.USER) {
                auth.user(ctx.header("Authorization"), ctx.ip());
            }
            if (route.mode() == Mode.WEBSERVER && serverMode != Mode.WEBSERVER) {
                throw new ApiException(503, WRONG_STATE + ".");
            }
            if (route.mode() == Mode.TRADE && serverMode != Mode.TRADE) {
                Responses.rpcError(ctx, WRONG_STATE);
                return;
            }
            if (route.body()) {
                RequestBody.checkContentType(ctx);
            }
            Object result = route.handler().handle(new ApiRequest(ctx, body));
            if (result != ApiRequest.WRITTEN) {
                Responses.json(ctx, 200, result);
            }
        } catch (Exception e) {
            Responses.failure(ctx, e);
        }
    }
}
