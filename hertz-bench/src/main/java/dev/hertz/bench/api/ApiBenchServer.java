package dev.hertz.bench.api;

import dev.hertz.bench.Args;
import dev.hertz.api.ApiServer;
import dev.hertz.api.ApiSetup;
import dev.hertz.api.http.Route;
import dev.hertz.api.jobs.BackgroundJobs;
import dev.hertz.bench.BenchBot;
import dev.hertz.core.bot.BotState;
import dev.hertz.core.config.ApiServerConfig;
import dev.hertz.core.logging.LogRing;
import dev.hertz.core.rpc.BotControl;
import dev.hertz.core.rpc.Rpc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Hertz's side of the API benchmark: a dry-run bot over the benchmark's trade database, built by
 * {@link BenchBot} (so by {@code BotAssembly}, as {@code hertz trade} builds it, on the simulated
 * exchange), with its REST API on a free loopback port and Basic auth. The bot's loop does not run:
 * the benchmark measures the API, and the peer runs no loop either. Its state reads RUNNING, as a
 * trading bot's does.
 *
 * <p>Run as its own process by {@link ApiLoad}; prints {@code LISTENING <port>} when ready and
 * serves until it is terminated.
 */
public final class ApiBenchServer implements AutoCloseable {
    /** The file {@link BenchBot}'s config names ({@code sqlite:///tradesv3.bench.sqlite}, relative to its directory). */
    public static final String DB_FILE = "tradesv3.bench.sqlite";

    private final BenchBot bot;
    private final ApiServer server;
    private final BackgroundJobs jobs;

    private ApiBenchServer(BenchBot bot, ApiServer server, BackgroundJobs jobs) {
        this.bot = bot;
        this.server = server;
        this.jobs = jobs;
    }

    /**
     * Starts the bot in {@code dir}, whose {@value #DB_FILE} must already hold the trades, and its
     * API on an ephemeral loopback port.
     */
    public static ApiBenchServer start(Path dir, int pairs, String user, String password) {
        if (!Files.isRegularFile(dir.resolve(DB_FILE))) {
            throw new IllegalArgumentException("No trade database " + dir.resolve(DB_FILE)
                    + "; write it first with TradeDb (ApiLoad does)");
        }
        BenchBot bot = BenchBot.start(dir, pairs, pairs);
        Clock clock = bot.bot().context().clock();
        Rpc rpc = new Rpc(bot::bot, new AlwaysRunning(), new LogRing(), clock);
        ApiServerConfig config = new ApiServerConfig(true, "127.0.0.1", 0, user, password,
                "hertz-bench-jwt-secret-not-the-default", List.of(), List.of(), false, "error");
        BackgroundJobs jobs = new BackgroundJobs();
        ApiServer server = new ApiServer(new ApiSetup(config, rpc, Route.Mode.TRADE, dir.resolve("ui"), jobs,
                Clock.systemUTC()));
        server.start();
        return new ApiBenchServer(bot, server, jobs);
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        jobs.close();
        bot.close();
    }

    /** A worker state that starts RUNNING and takes what the API asks for (there is no loop to act on it). */
    private static final class AlwaysRunning implements BotControl {
        private volatile BotState state = BotState.RUNNING;

        @Override
        public BotState state() {
            return state;
        }

        @Override
        public void requestState(BotState next) {
            state = next;
        }
    }

    /** {@code ApiBenchServer --dir DIR --user U --password P [--pairs 100]}. */
    public static void main(String[] args) {
        Args a = Args.parse(args, Set.of("--dir", "--pairs", "--user", "--password"));
        ApiBenchServer server = start(Path.of(a.required("--dir")), a.integer("--pairs", ApiLoad.PAIRS),
                a.value("--user", ApiLoad.USER), a.value("--password", ApiLoad.PASSWORD));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "api-bench-stop"));
        System.out.println(ServerProcess.READY_PREFIX + server.port());
        System.out.flush();
        // Jetty's threads keep the JVM alive until it is terminated.
    }
}
