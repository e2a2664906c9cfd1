package dev.hertz.app;

import dev.hertz.core.bot.BotState;
import dev.hertz.core.util.Sleeper;
import dev.hertz.core.bot.TradingBot;
import dev.hertz.core.bot.Worker;
import dev.hertz.core.config.LoadedConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs the worker loop for {@code trade} and {@code demo}: builds the bot from the configuration
 * (again on every reload), and shuts down cleanly on SIGINT/SIGTERM — the current step finishes,
 * the database is closed, then the process exits.
 */
public final class BotRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BotRunner.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private final Supplier<LoadedConfig> config;
    private final BotAssembly assembly;
    private final AtomicReference<BotAssembly.Built> current = new AtomicReference<>();
    private final AtomicReference<BotAssembly.Built> prepared = new AtomicReference<>();
    private final AtomicReference<LoadedConfig> loaded = new AtomicReference<>();
    private final Clock botClock = new BotClock();
    private Worker worker;

    /**
     * @param config loads the configuration; called at start and on every {@code reload_config}
     */
    public BotRunner(Supplier<LoadedConfig> config, BotAssembly assembly) {
        this.config = config;
        this.assembly = assembly;
    }

    /** Builds the first bot (failing fast on a bad strategy or database) and the worker around it. */
    public Worker prepare() {
        LoadedConfig first = config.get();
        loaded.set(first);
        BotAssembly.Built built = assembly.build(first, this::retire);
        prepared.set(built);
        current.set(built);
        worker = new Worker(this::nextBot, this::initialState, botClock, this::sleep,
                Duration.ofSeconds(first.typed().internals().processThrottleSecs()),
                Duration.ofSeconds(first.typed().internals().heartbeatInterval()),
                status -> LOG.info("Status: {}", status));
        return worker;
    }

    /** Runs until shutdown; installs the signal handling around the loop. */
    public int run() {
        Worker w = worker != null ? worker : prepare();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            LOG.info("SIGINT received, aborting ...");
            w.shutdown();
            try {
                finished.await(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hertz-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            w.run();
        } finally {
            finished.countDown();
        }
        return 0;
    }

    /** The bot currently running, for tests. */
    public TradingBot bot() {
        return current.get().bot();
    }

    /** The bot currently running, or null while a reload replaces it (the API answers "not in the correct state"). */
    public TradingBot currentBot() {
        BotAssembly.Built built = current.get();
        return built == null ? null : built.bot();
    }

    /** The worker driving the bot; set by {@link #prepare()}. */
    public Worker worker() {
        return worker;
    }

    /** The first loaded configuration (the API server is built from it and kept across reloads). */
    public LoadedConfig initialConfig() {
        return loaded.get();
    }

    /** The bot's time: market time on the simulated exchange, wall time elsewhere. */
    public Clock clock() {
        return botClock;
    }

    private TradingBot nextBot() {
        BotAssembly.Built built = prepared.getAndSet(null);
        if (built == null) {
            LoadedConfig reloaded = config.get();
            loaded.set(reloaded);
            built = assembly.build(reloaded, this::retire);
        }
        current.set(built);
        return built.bot();
    }

    /** Runs as a bot starts closing: from then on the API must not reach it. */
    private void retire() {
        current.set(null);
    }

    private BotState initialState() {
        return BotAssembly.initialState(loaded.get().typed());
    }

    private void sleep(Duration span) {
        BotAssembly.Built built = current.get();
        Sleeper.realTime(built == null ? 1.0 : built.speed()).sleep(span);
    }

    /** The running bot's clock: market time on the simulated exchange, wall time elsewhere. */
    private final class BotClock extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            BotAssembly.Built built = current.get();
            return built == null ? Instant.now() : built.bot().context().clock().instant();
        }
    }
}
