package dev.hertz.app;

import dev.hertz.api.ApiServer;
import dev.hertz.api.ApiSetup;
import dev.hertz.api.http.Route;
import dev.hertz.api.jobs.BackgroundJobs;
import dev.hertz.api.ui.UiDirectory;
import dev.hertz.core.config.ApiServerConfig;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.rpc.BotControl;
import dev.hertz.core.rpc.Rpc;

import java.time.Clock;

/**
 * Starts the API server beside a trading bot (when {@code api_server.enabled}) or alone
 * ({@code webserver}), and stops it with the command. The server is built once from the first
 * configuration and survives {@code reload_config}; changes to {@code api_server} need a restart.
 */
public final class ApiService implements AutoCloseable {
    private final ApiServer server;
    private final BackgroundJobs jobs;

    private ApiService(ApiServer server, BackgroundJobs jobs) {
        this.server = server;
        this.jobs = jobs;
    }

    /** The API for a prepared {@link BotRunner}; null when the config does not enable it. */
    public static ApiService forBot(AppContext ctx, BotRunner runner) {
        ApiServerConfig config = runner.initialConfig().typed().apiServer();
        if (!config.enabled()) {
            return null;
        }
        Rpc rpc = new Rpc(runner::currentBot, BotControl.of(runner.worker()), ctx.logging().ring(), runner.clock(),
                ctx.cwd());
        return start(ctx, config, rpc, Route.Mode.TRADE);
    }

    /** The API without a bot ({@code webserver} mode). */
    public static ApiService forWebserver(AppContext ctx, LoadedConfig loaded) {
        Rpc rpc = Rpc.webserver(loaded, ctx.logging().ring(), Clock.systemUTC(), ctx.cwd());
        return start(ctx, loaded.typed().apiServer(), rpc, Route.Mode.WEBSERVER);
    }

    private static ApiService start(AppContext ctx, ApiServerConfig config, Rpc rpc, Route.Mode mode) {
        BackgroundJobs jobs = new BackgroundJobs();
        ApiServer server = new ApiServer(new ApiSetup(config, rpc, mode, UiDirectory.defaultLocation(ctx.env()), jobs,
                Clock.systemUTC()));
        try {
            server.start();
        } catch (RuntimeException e) {
            jobs.close();
            throw new CommandException("Cannot start the API server on " + config.listenIpAddress() + ":"
                    + config.listenPort() + ": " + rootMessage(e), e);
        }
        return new ApiService(server, jobs);
    }

    public int port() {
        return server.port();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void close() {
        server.close();
        jobs.close();
    }
}
