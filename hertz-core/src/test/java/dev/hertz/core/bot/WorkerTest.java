package dev.hertz.core.bot;

import dev.hertz.core.testing.ManualClock;
import dev.hertz.core.util.Sleeper;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.OperationalException;
import dev.hertz.core.exchange.TemporaryError;
import dev.hertz.core.rpc.RpcMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerTest {
    /** A bot that records what the worker asked of it. */
    private static final class RecordingLoop implements TradingLoop {
        final List<String> calls;
        final int generation;
        RuntimeException failNextProcess;

        RecordingLoop(List<String> calls, int generation) {
            this.calls = calls;
            this.generation = generation;
        }

        @Override
        public void startup() {
            calls.add(generation + ":startup");
        }

        @Override
        public void process(boolean allowEntries) {
            if (failNextProcess != null) {
                RuntimeException e = failNextProcess;
                failNextProcess = null;
                throw e;
            }
            calls.add(generation + ":process" + (allowEntries ? "" : "-paused"));
        }

        @Override
        public void processStopped() {
            calls.add(generation + ":stopped");
        }

        @Override
        public Timeframe timeframe() {
            return Timeframe.parse("1m");
        }

        @Override
        public void checkForOpenTrades() {
            calls.add(generation + ":check-open-trades");
        }

        @Override
        public void close() {
            calls.add(generation + ":close");
        }

        @Override
        public void closeOnExit() {
            calls.add(generation + ":close-on-exit");
        }
    }

    private final ManualClock clock = new ManualClock(Instant.parse("2024-01-01T12:00:00Z"));
    private final List<String> calls = new ArrayList<>();
    private final List<RpcMessage> sent = new ArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<RecordingLoop> bots = new ArrayList<>();

    private Worker worker(BotState initial, Consumer<Integer> script) {
        Worker[] holder = new Worker[1];
        Sleeper sleeper = span -> {
            sleeps.add(span);
            clock.advance(span);
            script.accept(sleeps.size());
        };
        holder[0] = new Worker(() -> {
            RecordingLoop bot = new RecordingLoop(calls, bots.size() + 1);
            bots.add(bot);
            return bot;
        }, () -> initial, clock, sleeper, Duration.ofSeconds(5), Duration.ZERO, sent::add);
        return holder[0];
    }

    /** The {@code status} texts sent, in order. */
    private List<String> statuses() {
        return sent.stream().filter(RpcMessage.Status.class::isInstance).map(m -> ((RpcMessage.Status) m).status())
                .toList();
    }

    @Test
    void followsRequestedStatesAndStartsUpOnlyWhenEnteringTrading() {
        Worker[] w = new Worker[1];
        w[0] = worker(BotState.STOPPED, n -> {
            switch (n) {
                case 1 -> w[0].requestState(BotState.RUNNING);
                case 2 -> w[0].requestState(BotState.PAUSED);
                case 3 -> w[0].requestState(BotState.RUNNING);
                default -> w[0].shutdown();
            }
        });
        w[0].run();
        assertThat(calls).containsExactly("1:check-open-trades", "1:stopped", "1:startup", "1:process",
                "1:process-paused", "1:process", "1:close-on-exit");
        assertThat(statuses()).containsExactly("stopped", "running", "paused", "running", "process died");
        assertThat(sent).allMatch(RpcMessage.Status.class::isInstance);
    }

    @Test
    void reloadBuildsANewBotInItsInitialState() {
        Worker[] w = new Worker[1];
        w[0] = worker(BotState.RUNNING, n -> {
            if (n == 1) {
                w[0].requestState(BotState.RELOAD_CONFIG);
            } else if (n >= 2) {
                w[0].shutdown();
            }
        });
        w[0].run();
        assertThat(calls).containsExactly("1:startup", "1:process", "1:close", "2:startup", "2:process",
                "2:close-on-exit");
        // the change into the reload is announced, the change out of it is not: "config reloaded" said it
        assertThat(statuses()).containsExactly("running", "reload_config", "config reloaded", "process died");
    }

    @Test
    void stoppingChecksForOpenTradesButReloadingDoesNot() {
        Worker[] w = new Worker[1];
        w[0] = worker(BotState.RUNNING, n -> {
            switch (n) {
                case 1 -> w[0].requestState(BotState.STOPPED);
                case 2 -> w[0].requestState(BotState.RELOAD_CONFIG);
                default -> w[0].shutdown();
            }
        });
        w[0].run();
        assertThat(calls).containsExactly("1:startup", "1:process", "1:check-open-trades", "1:stopped", "1:close",
                "2:startup", "2:process", "2:close-on-exit");
        assertThat(statuses()).containsExactly("running", "stopped", "reload_config", "config reloaded",
                "process died");
    }

    @Test
    void operationalErrorStopsTheBotAndTellsWhy() {
        Worker[] w = new Worker[1];
        w[0] = worker(BotState.RUNNING, n -> {
            if (n == 1) {
                bots.get(0).failNextProcess = new OperationalException("exchange refused the api key");
            } else if (n >= 2) {
                w[0].shutdown();
            }
        });
        w[0].run();
        assertThat(calls).containsExactly("1:startup", "1:process", "1:check-open-trades", "1:stopped",
                "1:close-on-exit");
        assertThat(sent).hasSize(4);
        assertThat(sent.get(1)).isInstanceOfSatisfying(RpcMessage.ExceptionMsg.class, m -> {
            assertThat(m.status()).startsWith("*OperationalException:*\n```\n")
                    .contains("exchange refused the api key", "at dev.hertz.core.bot.WorkerTest")
                    .endsWith("```\n Issue `/start` if you think it is safe to restart.");
        });
        assertThat(statuses()).containsExactly("running", "stopped", "process died");
        assertThat(w[0].state()).isEqualTo(BotState.STOPPED);
    }

    @Test
    void temporaryErrorWaitsTheRetryTimeoutAndCarriesOn() {
        Worker[] w = new Worker[1];
        w[0] = worker(BotState.RUNNING, n -> {
            if (n >= 2) {
                w[0].shutdown();
            }
        });
        Worker loop = new Worker(() -> {
            RecordingLoop bot = new RecordingLoop(calls, 1);
            bot.failNextProcess = new TemporaryError("timeout");
            return bot;
        }, () -> BotState.RUNNING, clock, span -> {
            sleeps.add(span);
            clock.advance(span);
            if (sleeps.size() >= 2) {
                w[0].shutdown();
            }
        }, Duration.ofSeconds(5), Duration.ZERO, sent::add);
        w[0] = loop;
        loop.run();
        assertThat(sleeps.get(0)).isEqualTo(Worker.RETRY_TIMEOUT);
        assertThat(calls).containsExactly("1:startup", "1:process", "1:close-on-exit");
        // a temporary error is only logged
        assertThat(sent).allMatch(RpcMessage.Status.class::isInstance);
    }

    @Test
    void throttleIsCutToOneSecondAfterTheNextCandle() {
        Worker[] w = new Worker[1];
        w[0] = worker(BotState.RUNNING, n -> w[0].shutdown());
        w[0].run();
        // 12:00:00 with no work time: the next 1m candle is 60 s away, the 5 s throttle wins
        assertThat(sleeps).containsExactly(Duration.ofSeconds(5));

        ManualClock at58 = new ManualClock(Instant.parse("2024-01-01T12:00:58Z"));
        List<Duration> seen = new ArrayList<>();
        Worker[] h = new Worker[1];
        h[0] = new Worker(() -> new RecordingLoop(new ArrayList<>(), 1), () -> BotState.RUNNING, at58, span -> {
            seen.add(span);
            h[0].shutdown();
        }, Duration.ofSeconds(5), Duration.ZERO, m -> { });
        h[0].run();
        // the candle opens in 2 s: sleep until 1 s after it, not the full 5 s
        assertThat(seen).containsExactly(Duration.ofSeconds(3));
    }
}
