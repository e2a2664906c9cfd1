package dev.hertz.app.commands;

import dev.hertz.app.ApiService;
import dev.hertz.app.AppContext;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code webserver}: the REST API and the UI without a trading bot, for backtesting and data work
 * from FreqUI. Runs until SIGINT/SIGTERM.
 */
@Command(name = "webserver", description = "Webserver module.", mixinStandardHelpOptions = true)
public final class WebserverCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(WebserverCommand.class);

    private final AppContext ctx;

    @Mixin
    private CommonOptions common;

    public WebserverCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws InterruptedException {
        LoadedConfig loaded = ConfigSupport.load(ctx, common.toArgs().runMode(RunMode.WEBSERVER).build());
        CountDownLatch stop = new CountDownLatch(1);
        try (ApiService api = ApiService.forWebserver(ctx, loaded)) {
            Thread hook = new Thread(() -> {
                LOG.info("SIGINT received, aborting ...");
                stop.countDown();
            }, "hertz-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            ctx.out().println("Webserver mode: API on port " + api.port() + ". Stop with Ctrl-C.");
            stop.await();
        }
        return 0;
    }
}
