package dev.hertz.api;

import dev.hertz.api.auth.Authenticator;
import dev.hertz.api.auth.JwtTokens;
import dev.hertz.api.auth.LoginThrottle;
import dev.hertz.api.http.ApiPaths;
import dev.hertz.api.http.Cors;
import dev.hertz.api.http.Responses;
import dev.hertz.api.http.Route;
import dev.hertz.api.http.RouteDispatcher;
import dev.hertz.api.http.RouteTable;
import dev.hertz.api.ui.UiFiles;
import dev.hertz.api.ws.MessageStream;
import dev.hertz.api.ws.WsEndpoint;
import dev.hertz.api.ws.WsRequests;
import dev.hertz.core.config.ApiServerConfig;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The HTTP server: freqtrade's REST API under {@code /api/v1}, the UI and the API docs, on
 * Javalin. Routes come from one {@link RouteTable}; each runs through the {@link RouteDispatcher}
 * (body, auth, mode, handler). Requests run on the server's own threads: the bot loop never waits
 * on them, and the server outlives {@code reload_config} because it reads the bot through
 * {@link dev.hertz.core.rpc.Rpc}, which follows the current bot.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final ApiServerConfig config;
    private final List<Route> routes;
    private final Javalin app;
    private final MessageStream stream = new MessageStream(false);

    public ApiServer(ApiSetup setup) {
        this.config = setup.config();
        Authenticator auth = new Authenticator(config, new JwtTokens(config.jwtSecretKey(), setup.clock()),
                new LoginThrottle(setup.clock()));
        this.routes = ApiRoutes.build(setup, auth);
        RouteDispatcher dispatcher = new RouteDispatcher(auth, setup.mode());
        Cors cors = new Cors(config.corsOrigins());
        UiFiles ui = new UiFiles(setup.uiDirectory());
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.router.ignoreTrailingSlashes = false;
            cfg.jsonMapper(new JavalinJackson(dev.hertz.api.http.Json.MAPPER, false));
            QueuedThreadPool pool = new QueuedThreadPool(200, 8, 60_000);
            pool.setName("hertz-api");
            cfg.jetty.threadPool = pool;
            if (!"error".equalsIgnoreCase(config.verbosity())) {
                cfg.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {}", ctx.ip(), ctx.method(), ctx.path(),
                        ctx.statusCode()));
            }
        });
        app.before(cors::applyTo);
        new WsEndpoint(stream, new WsRequests(setup.rpc()), auth, config.wsTokens(), setup.mode() == Route.Mode.TRADE)
                .register(app);
        for (Route route : routes) {
            app.addHttpHandler(HandlerType.valueOf(route.method().name()), route.fullPath(),
                    dispatcher.handler(route));
        }
        new OpenApiRoutes(routes, setup.rpc().version().version()).register(app, config.enableOpenapi());
        app.get("/favicon.ico", ui::favicon);
        app.get("/fallback_file.html", ui::fallback);
        app.get("/ui_version", ui::version);
        app.get("/", ctx -> ui.serve(ctx, ""));
        app.get("/<path>", ctx -> serveUi(ui, ctx));
        for (HandlerType other : List.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE,
                HandlerType.HEAD)) {
            app.addHttpHandler(other, "/", this::methodNotAllowed);
            app.addHttpHandler(other, "/<path>", this::methodNotAllowed);
        }
        app.options("/", ctx -> options(cors, ctx));
        app.options("/<path>", ctx -> options(cors, ctx));
    }

    /** Starts listening; port 0 picks a free one (see {@link #port()}). */
    public ApiServer start() {
        SecurityWarnings.log(config);
        app.start(config.listenIpAddress(), config.listenPort());
        LOG.info("API server listening on http://{}:{}{}", config.listenIpAddress(), port(), ApiPaths.PREFIX);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** The WebSocket clients' message stream; register it with the process' RPC manager. */
    public MessageStream messageStream() {
        return stream;
    }

    /** The route table, for the documentation and for tests that walk every route. */
    public List<Route> routes() {
        return routes;
    }

    @Override
    public void close() {
        stream.cleanup();
        app.stop();
    }

    /** The UI catch-all ({@code /api...} and dot paths are a JSON 404 there). */
    private static void serveUi(UiFiles ui, Context ctx) {
        ui.serve(ctx, URLDecoder.decode(ctx.path().substring(1).replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    /**
     * 405 for a method no route serves at this path; {@code Allow} names the method of the first
     * route whose path matches (the UI catch-all's GET when none), as Starlette answers.
     */
    private void methodNotAllowed(Context ctx) {
        String path = ctx.path();
        String allow = routes.stream().filter(r -> pattern(r.fullPath()).matcher(path).matches()).findFirst()
                .map(r -> r.method().name()).orElse("GET");
        ctx.header("Allow", allow);
        Responses.detail(ctx, 405, "Method Not Allowed");
    }

    private void options(Cors cors, Context ctx) {
        if (Cors.isPreflight(ctx)) {
            cors.preflight(ctx);
        } else {
            methodNotAllowed(ctx);
        }
    }

    private static Pattern pattern(String template) {
        return Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
    }
}
