package dev.hertz.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.bot.BotState;
import dev.hertz.core.bot.Worker;
import dev.hertz.core.rpc.RpcMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runner's one message manager across the worker's life: a handler registered once hears the
 * state changes, the start-up messages of each bot a reload builds, and the process dying.
 */
class BotRunnerMessagesTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void oneManagerCarriesTheStatusMessagesThroughStopReloadAndShutdown() throws Exception {
        BotFixture fx = new BotFixture(dir).strategy();
        ObjectNode config = BotFixture.config("""
                {"initial_state": "running", "internals": {"process_throttle_secs": 1}}
                """);
        BotRunner runner = new BotRunner(() -> fx.load(config), new BotAssembly(dir, InstantSource.system()));
        Worker worker = runner.prepare();
        RecordingHandler handler = new RecordingHandler();
        runner.rpc().register(handler);
        Thread loop = new Thread(runner::run, "worker-under-test");
        loop.start();
        try {
            handler.await(status("running"));
            handler.await(RpcMessage.EntryFill.class::isInstance);

            worker.requestState(BotState.STOPPED);
            handler.await(status("stopped"));
            RpcMessage.Warning stopped = (RpcMessage.Warning) handler.await(RpcMessage.Warning.class::isInstance);
            long open = fx.count("SELECT count(*) FROM trades WHERE is_open = 1");
            assertThat(open).isPositive();
            assertThat(stopped.status()).isEqualTo(openTradesWarning(open));

            worker.requestState(BotState.RELOAD_CONFIG);
            handler.await(status("reload_config"));
            handler.await(status("config reloaded"));
            int reloaded = handler.received().size();
            handler.await(m -> m instanceof RpcMessage.Startup s && s.status().startsWith("Searching for USDT"));
            // the new bot starts RUNNING again: its start-up messages, but no "running" status
            List<RpcMessage> afterReload = handler.received().subList(reloaded, handler.received().size());
            assertThat(afterReload).noneMatch(RpcMessage.Status.class::isInstance)
                    .contains(new RpcMessage.Warning("Dry run is enabled. All trades are simulated."));
        } finally {
            worker.shutdown();
            loop.join();
        }
        handler.await(status("process died"));
        RpcMessage.Warning exiting = (RpcMessage.Warning) handler.await(RpcMessage.Warning.class::isInstance);
        long openAtExit = fx.count("SELECT count(*) FROM trades WHERE is_open = 1");
        assertThat(exiting.status()).isEqualTo(openTradesWarning(openAtExit));
        // one registration served both bots; the runner closed the manager as it finished
        assertThat(handler.received()).filteredOn(status("running")).hasSize(1);
        assertThat(handler.cleanedUp()).isTrue();
        assertThat(runner.rpc().handlerNames()).isEmpty();
    }

    private static Predicate<RpcMessage> status(String text) {
        return m -> m instanceof RpcMessage.Status s && s.status().equals(text);
    }

    private static String openTradesWarning(long open) {
        return open + " open trades active.\n\nHandle these trades manually on Sim, or '/start' the bot again and "
                + "use '/stopentry' to handle open trades gracefully. \nNote: Trades are simulated (dry run).";
    }
}
