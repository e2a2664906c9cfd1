package dev.hertz.core.bot;

import dev.hertz.core.exchange.OperationalException;
import dev.hertz.core.exchange.TemporaryError;
import dev.hertz.core.rpc.RpcMessage;
import dev.hertz.core.rpc.RpcSender;
import dev.hertz.core.util.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * freqtrade's {@code Worker}: runs the bot's state machine until shutdown.
 *
 * <p>Each iteration lasts at least {@code process_throttle_secs}; while trading, the wait is cut
 * so the next iteration starts one second after the next candle opens, when new signals appear.
 * The state is changed from other threads (REST, Telegram) through {@link #requestState}; the loop
 * picks it up at the start of its next iteration, so a request never interrupts a half-done step.
 *
 * <p>Every state change is announced as a {@code status} message with the new state's name, except
 * the change out of a reload, which {@code config reloaded} already announced; a loop iteration
 * failing with an {@link OperationalException} sends an {@code exception} message and stops.
 */
public final class Worker {
    /** Wait after a temporary exchange error before trying again. */
    static final Duration RETRY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CANDLE_OFFSET = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);

    private final Supplier<TradingLoop> factory;
    private final Supplier<BotState> initialState;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration throttle;
    private final Duration heartbeat;
    private final RpcSender rpc;
    private final AtomicReference<BotState> requested = new AtomicReference<>();
    private volatile boolean shutdown;
    private volatile boolean sleeping;
    private volatile Thread runner;
    private volatile BotState state;
    private TradingLoop bot;
    private long lastHeartbeat = Long.MIN_VALUE;
    /** The next state change is the one out of a reload: no {@code status} message for it. */
    private boolean reloaded;

    /**
     * @param factory        builds a bot from the current configuration (called again on reload)
     * @param initialState   the configured {@code initial_state}, re-read on every reload
     * @param throttle       {@code internals.process_throttle_secs}
     * @param heartbeat      {@code internals.heartbeat_interval}; zero disables the heartbeat line
     * @param rpc            where {@code status} and {@code exception} messages go
     */
    public Worker(Supplier<TradingLoop> factory, Supplier<BotState> initialState, Clock clock, Sleeper sleeper,
                  Duration throttle, Duration heartbeat, RpcSender rpc) {
        this.factory = factory;
        this.initialState = initialState;
        this.clock = clock;
        this.sleeper = sleeper;
        this.throttle = throttle;
        this.heartbeat = heartbeat;
        this.rpc = rpc;
    }

    /** Asks the loop to change state at its next iteration. */
    public void requestState(BotState next) {
        requested.set(next);
    }

    /** The current state; {@code null} before the loop started. */
    public BotState state() {
        return state;
    }

    /**
     * Makes {@link #run()} return after the current step. A step in progress is never interrupted
     * (it may be writing a trade); only the pause between steps is cut short.
     */
    public void shutdown() {
        shutdown = true;
        Thread thread = runner;
        if (sleeping && thread != null) {
            thread.interrupt();
        }
    }

    /** Runs until {@link #shutdown()} or the thread is interrupted; closes the bot on the way out. */
    public void run() {
        runner = Thread.currentThread();
        bot = factory.get();
        BotState previous = null;
        state = initialState.get();
        try {
            while (!shutdown && !Thread.currentThread().isInterrupted()) {
                BotState next = requested.getAndSet(null);
                if (next != null) {
                    state = next;
                }
                if (state == BotState.RELOAD_CONFIG) {
                    reload(previous);
                    previous = null;
                    continue;
                }
                if (state != previous) {
                    enter(previous, state);
                    previous = state;
                }
                iterate();
                heartbeat();
            }
        } finally {
            if (shutdown) {
                // the interrupt, if any, was ours to cut the pause short; don't leak it to the caller
                Thread.interrupted();
            }
            send(new RpcMessage.Status("process died"));
            bot.closeOnExit();
        }
    }

    private void enter(BotState from, BotState to) {
        if (!reloaded) {
            send(new RpcMessage.Status(to.value()));
        }
        reloaded = false;
        LOG.info("Changing state{} to: {}", from == null ? "" : " from " + from, to);
        if (to == BotState.RUNNING || to == BotState.PAUSED) {
            if (from != BotState.RUNNING && from != BotState.PAUSED) {
                bot.startup();
            }
        } else if (to == BotState.STOPPED) {
            bot.checkForOpenTrades();
        }
    }

    private void reload(BotState from) {
        send(new RpcMessage.Status(BotState.RELOAD_CONFIG.value()));
        LOG.info("Changing state{} to: {}", from == null ? "" : " from " + from, BotState.RELOAD_CONFIG);
        LOG.info("Reloading configuration ...");
        bot.close();
        bot = factory.get();
        state = initialState.get();
        send(new RpcMessage.Status("config reloaded"));
        reloaded = true;
    }

    /** A notification must never stop the loop, whatever the sender does. */
    private void send(RpcMessage message) {
        try {
            rpc.sendMsg(message);
        } catch (RuntimeException e) {
            LOG.warn("Could not send {} message: {}", message.type(), e.toString());
        }
    }

    /** freqtrade's text: the stack trace in a code block, then what the user can do. */
    private static String operationalExceptionText(OperationalException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return "*OperationalException:*\n```\n" + trace + "```\n Issue `/start` if you think it is safe to restart.";
    }

    private void iterate() {
        long started = clock.millis();
        boolean trading = state == BotState.RUNNING || state == BotState.PAUSED;
        try {
            if (trading) {
                bot.process(state == BotState.RUNNING);
            } else {
                bot.processStopped();
            }
        } catch (TemporaryError e) {
            LOG.warn("Error: {}, retrying in {} seconds...", e.getMessage(), RETRY_TIMEOUT.toSeconds());
            pauseFor(RETRY_TIMEOUT);
            return;
        } catch (OperationalException e) {
            send(new RpcMessage.ExceptionMsg(operationalExceptionText(e)));
            LOG.error("OperationalException. Stopping trader ...", e);
            requested.compareAndSet(null, BotState.STOPPED);
            return;
        }
        pauseFor(pause(started, trading));
    }

    private void pauseFor(Duration span) {
        sleeping = true;
        try {
            if (!shutdown) {
                sleeper.sleep(span);
            }
        } finally {
            sleeping = false;
        }
    }

    /** freqtrade's throttle: at least {@code throttle} per iteration, aligned to the next candle + 1 s. */
    Duration pause(long startedMillis, boolean alignToCandle) {
        long now = clock.millis();
        long sleep = throttle.toMillis() - (now - startedMillis);
        if (alignToCandle) {
            long untilCandle = bot.timeframe().nextCandleOpen(now) - now;
            long untilCandleWithOffset = untilCandle + CANDLE_OFFSET.toMillis();
            if (untilCandle < sleep && sleep < untilCandleWithOffset) {
                sleep = untilCandleWithOffset;
            }
            sleep = Math.min(sleep, untilCandleWithOffset);
        }
        return Duration.ofMillis(Math.max(sleep, 0));
    }

    /** On the wall clock: a fast simulation should not flood the log with heartbeats. */
    private void heartbeat() {
        if (heartbeat.isZero()) {
            return;
        }
        long now = System.nanoTime() / 1_000_000;
        if (lastHeartbeat == Long.MIN_VALUE || now - lastHeartbeat >= heartbeat.toMillis()) {
            LOG.info("Bot heartbeat. PID={}, version='{}', state='{}'", ProcessHandle.current().pid(),
                    Worker.class.getPackage().getImplementationVersion() == null ? "dev"
                            : Worker.class.getPackage().getImplementationVersion(), state);
            lastHeartbeat = now;
        }
    }
}
