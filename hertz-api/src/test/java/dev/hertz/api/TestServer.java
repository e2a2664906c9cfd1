package dev.hertz.api;

import dev.hertz.api.http.Route;
import dev.hertz.api.jobs.BackgroundJobs;
import dev.hertz.core.bot.BotState;
import dev.hertz.core.config.ApiServerConfig;
import dev.hertz.core.logging.LogRing;
import dev.hertz.core.rpc.BotControl;
import dev.hertz.core.rpc.Rpc;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A real API server on a free loopback port whose {@link Rpc} has no bot attached: enough for
 * everything the server decides before a bot is asked (auth, CORS, routing, validation).
 */
final class TestServer implements AutoCloseable {
    static final String USER = "hertz";
    static final String PASSWORD = "pass:word";
    static final String ORIGIN = "http://localhost:3000";

    final ApiServer server;
    final Http http;
    private final BackgroundJobs jobs = new BackgroundJobs();

    TestServer(Path uiDir, Clock clock) {
        ApiServerConfig config = new ApiServerConfig(true, "127.0.0.1", 0, USER, PASSWORD,
                "a-long-test-secret-of-thirty-two-bytes!", List.of("ws-token"), List.of(ORIGIN), true, "error");
        BotControl control = new BotControl() {
            @Override
            public BotState state() {
                return BotState.STOPPED;
            }

            @Override
            public void requestState(BotState next) {
            }
        };
        Rpc rpc = new Rpc(() -> null, control, new LogRing(), clock);
        server = new ApiServer(new ApiSetup(config, rpc, Route.Mode.TRADE, uiDir, jobs, clock)).start();
        http = new Http(server.port());
    }

    String basic() {
        return Http.basic(USER, PASSWORD);
    }

    @Override
    public void close() {
        server.close();
        jobs.close();
    }
}
