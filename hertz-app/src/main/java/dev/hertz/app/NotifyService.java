package dev.hertz.app;

import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.rpc.BotControl;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.notify.Notifications;
import dev.hertz.notify.telegram.TelegramHandler;

/**
 * Registers the notification interfaces a configuration enables with the runner's
 * {@code RpcManager}, which delivers to each on its own thread and cleans them up on shutdown.
 * Like the API, they are built once from the first configuration and kept across reloads.
 */
public final class NotifyService {
    private NotifyService() {
    }

    /**
     * Call after {@link BotRunner#prepare()} and before {@link BotRunner#run()}.
     *
     * @throws dev.hertz.core.config.ConfigException when an enabled section is unusable (e.g. a bad Telegram keyboard)
     */
    public static void register(AppContext ctx, BotRunner runner) {
        HertzConfig config = runner.initialConfig().typed();
        if (config.telegram().enabled()) {
            TelegramHandler telegram = new TelegramHandler(config, rpc(ctx, runner), runner.clock());
            telegram.start();
            runner.rpc().register(telegram);
        }
        // the bot's configuration after the strategy merge, so that templates can show its timeframe
        HertzConfig merged = runner.currentBot() != null ? runner.currentBot().context().config() : config;
        Notifications.handlers(merged).forEach(runner.rpc()::register);
    }

    /** The facade as {@link ApiService#forBot} makes it: following the runner's current bot. */
    private static Rpc rpc(AppContext ctx, BotRunner runner) {
        return new Rpc(runner::currentBot, BotControl.of(runner.worker()), ctx.logging().ring(), runner.clock(),
                ctx.cwd());
    }
}
