package dev.hertz.app.commands;

import dev.hertz.app.ApiService;
import dev.hertz.app.NotifyService;
import dev.hertz.app.AppContext;
import dev.hertz.app.BotAssembly;
import dev.hertz.app.BotRunner;
import dev.hertz.core.config.ConfigArgs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.InstantSource;
import java.util.concurrent.Callable;

/** {@code trade}: runs the dry-run or live trading bot until stopped. */
@Command(name = "trade", description = "Trade module.", mixinStandardHelpOptions = true)
public final class TradeCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Mixin
    private CommonOptions common;
    @Mixin
    private StrategyOptions strategy;
    @Option(names = "--db-url", paramLabel = "PATH",
            description = "Override trades database URL (default: sqlite:///tradesv3.dryrun.sqlite in dry-run).")
    private String dbUrl;
    @Option(names = "--sd-notify", description = "Notify systemd service manager.")
    private boolean sdNotify;
    @Option(names = "--dry-run", description = "Enforce dry-run for trading (removes Exchange secrets and simulates trades).")
    private boolean dryRun;
    @Option(names = {"--dry-run-wallet", "--starting-balance"}, paramLabel = "FLOAT",
            description = "Starting balance, used for backtesting / hyperopt and dry-runs.")
    private Double dryRunWallet;
    @Option(names = "--fee", paramLabel = "FLOAT", description = "Specify fee ratio, applied twice (on entry and exit).")
    private Double fee;

    public TradeCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    /** The arguments {@code trade} loads its configuration with (also used by {@code demo}). */
    ConfigArgs args() {
        return strategy.apply(common.toArgs())
                .dbUrl(dbUrl)
                .sdNotify(sdNotify ? Boolean.TRUE : null)
                .dryRun(dryRun ? Boolean.TRUE : null)
                .dryRunWallet(dryRunWallet)
                .fee(fee)
                .build();
    }

    @Override
    public Integer call() {
        ConfigArgs args = args();
        BotRunner runner = new BotRunner(() -> ConfigSupport.load(ctx, args),
                new BotAssembly(ctx.cwd(), InstantSource.system()));
        runner.prepare();
        try (ApiService api = ApiService.forBot(ctx, runner)) {
            NotifyService.register(ctx, runner);
            return runner.run();
        }
    }
}
