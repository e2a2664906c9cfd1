package dev.hertz.app.commands;

import dev.hertz.app.AppContext;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.optimize.hyperopt.loss.HyperOptLosses;
import dev.hertz.optimize.hyperopt.loss.LossListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code list-hyperoptloss}: the built-in loss functions and those in {@code user_data/hyperopts}
 * (and {@code --hyperopt-path}), as freqtrade's table ({@code Name}, {@code Location},
 * {@code Status}) or, with {@code -1}, one name per line.
 */
@Command(name = "list-hyperoptloss", description = "Print available hyperopt loss functions.",
        mixinStandardHelpOptions = true)
public final class ListHyperoptLossCommand implements Callable<Integer> {
    private static final List<String> HEADERS = List.of("Name", "Location", "Status");

    private final AppContext ctx;

    @Mixin
    private CommonOptions common = new CommonOptions();
    @Option(names = "--hyperopt-path", paramLabel = "PATH", description = "Specify additional lookup path for "
            + "Hyperopt Loss functions.")
    private String hyperoptPath;
    @Option(names = {"-1", "--one-column"}, description = "Print output in one column.")
    private boolean oneColumn;
    @Option(names = "--no-color", description = "Disable colorization of output (Hertz prints tables without colour).")
    private boolean noColor;

    public ListHyperoptLossCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        LoadedConfig loaded = ConfigSupport.load(ctx, common.toArgs().runMode(RunMode.UTIL_NO_EXCHANGE)
                .requireConfigFile(false).build());
        Path userData = Path.of(loaded.config().path("user_data_dir").asText("user_data"));
        List<LossListing> losses = HyperOptLosses.list(ctx.cwd().resolve(userData),
                HyperoptPaths.extraPath(ctx, loaded.config(), hyperoptPath));
        if (oneColumn) {
            losses.stream().map(LossListing::name).filter(name -> !name.isEmpty()).forEach(ctx.out()::println);
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (LossListing l : losses) {
            rows.add(List.of(l.name().isEmpty() ? "--" : l.name(), l.location(), l.status()));
        }
        ctx.out().print(ListStrategiesCommand.table(HEADERS, rows));
        return 0;
    }
}
