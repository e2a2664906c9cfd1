package dev.hertz.bench.ws;

import dev.hertz.api.ApiServer;
import dev.hertz.api.ApiSetup;
import dev.hertz.api.http.Route;
import dev.hertz.api.jobs.BackgroundJobs;
import dev.hertz.core.bot.BotState;
import dev.hertz.core.config.ApiServerConfig;
import dev.hertz.core.logging.LogRing;
import dev.hertz.core.rpc.BotControl;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.RpcMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Hertz's real API server in this JVM, as {@code hertz trade} starts it but with no bot behind its
 * {@link Rpc}. A broadcast calls {@code MessageStream.sendMsg} from the calling thread, as the RPC
 * manager's delivery thread does for a running bot: the message is serialised once and queued on
 * every subscribed client's outbox, whose own sender thread writes it to the socket.
 */
final class HertzTarget implements FanoutTarget {
    static final String TOKEN = "fanout-bench-token";

    private final ApiServer server;
    private final BackgroundJobs jobs;
    private final Path uiDir;

    private HertzTarget(ApiServer server, BackgroundJobs jobs, Path uiDir) {
        this.server = server;
        this.jobs = jobs;
        this.uiDir = uiDir;
    }

    static HertzTarget start() {
        Path uiDir;
        try {
            uiDir = Files.createTempDirectory("hertz-ws-bench-ui");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temp directory for the UI", e);
        }
        ApiServerConfig config = new ApiServerConfig(true, "127.0.0.1", 0, "bench", "bench",
                "a-jwt-secret-the-benchmark-never-uses", List.of(TOKEN), List.of(), false, "error");
        BotControl control = new BotControl() {
            @Override
            public BotState state() {
                return BotState.RUNNING;
            }

            @Override
            public void requestState(BotState next) {
            }
        };
        Rpc rpc = new Rpc(() -> null, control, new LogRing(), Clock.systemUTC());
        BackgroundJobs jobs = new BackgroundJobs();
        ApiServer server = new ApiServer(new ApiSetup(config, rpc, Route.Mode.TRADE, uiDir, jobs, Clock.systemUTC()))
                .start();
        return new HertzTarget(server, jobs, uiDir);
    }

    @Override
    public String name() {
        return "hertz";
    }

    @Override
    public URI wsUri() {
        return URI.create("ws://127.0.0.1:" + server.port() + "/api/v1/message/ws?token=" + TOKEN);
    }

    @Override
    public void broadcast(long first, int count, int size, double perSecond) {
        Pacer pacer = new Pacer(perSecond);
        for (int i = 0; i < count; i++) {
            pacer.awaitTurn(i);
            server.messageStream().sendMsg(new RpcMessage.Status(FanoutMessage.text(first + i, WallClock.nanos(), size)));
        }
    }

    @Override
    public long processCpuNanos() {
        return -1;
    }

    @Override
    public void close() {
        server.close();
        jobs.close();
        try {
            Files.deleteIfExists(uiDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + uiDir, e);
        }
    }
}
