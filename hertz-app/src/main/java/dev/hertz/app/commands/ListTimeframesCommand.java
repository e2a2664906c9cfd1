package dev.hertz.app.commands;

import dev.hertz.app.AppContext;
import dev.hertz.app.CommandException;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.Exchanges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code list-timeframes}: candle intervals of the configured (or {@code --exchange}) exchange. */
@Command(name = "list-timeframes", description = "Print available timeframes for the exchange.",
        mixinStandardHelpOptions = true)
public final class ListTimeframesCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Mixin
    private CommonOptions common;
    @Option(names = "--exchange", paramLabel = "EXCHANGE", description = "Exchange name (default: from the config).")
    private String exchange;
    @Option(names = {"-1", "--one-column"}, description = "Print output in one column.")
    private boolean oneColumn;

    public ListTimeframesCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        String name = exchange;
        if (name == null) {
            name = ConfigSupport.load(ctx, common.toArgs().runMode(RunMode.UTIL_EXCHANGE).requireConfigFile(false)
                    .dryRun(true).build()).config().path("exchange").path("name").asText("");
        }
        if (name.isBlank()) {
            throw new CommandException("This command requires a configured exchange. You should either use "
                    + "`--exchange <exchange_name>` or specify a configuration file via `--config`.\n"
                    + "The following exchanges are available for Hertz: "
                    + Exchanges.available().stream().map(Exchanges.Info::name).collect(Collectors.joining(", ")));
        }
        Exchanges.Info info = Exchanges.info(name);
        if (oneColumn) {
            info.timeframes().forEach(tf -> ctx.out().println(tf.name()));
        } else {
            ctx.out().println("Timeframes available for the exchange `" + info.name() + "`: "
                    + info.timeframes().stream().map(Timeframe::name).collect(Collectors.joining(", ")));
        }
        return 0;
    }
}
