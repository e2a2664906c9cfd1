package dev.hertz.app.commands;

import dev.hertz.app.AppContext;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.strategy.StrategyListing;
import dev.hertz.core.strategy.StrategyResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code list-strategies}: every strategy Hertz can find, as freqtrade's table ({@code Name},
 * {@code Location}, {@code Status}, {@code Hyperoptable}, {@code Buy-params}, {@code Sell-params})
 * or, with {@code -1}, one name per line. Why a file failed to load is logged as a warning.
 */
@Command(name = "list-strategies", description = "Print available strategies.", mixinStandardHelpOptions = true)
public final class ListStrategiesCommand implements Callable<Integer> {
    private static final List<String> HEADERS = List.of("Name", "Location", "Status", "Hyperoptable", "Buy-params",
            "Sell-params");

    private final AppContext ctx;

    @Mixin
    private CommonOptions common = new CommonOptions();
    @Option(names = "--strategy-path", paramLabel = "PATH", description = "Specify additional strategy lookup path.")
    private String strategyPath;
    @Option(names = {"-1", "--one-column"}, description = "Print output in one column.")
    private boolean oneColumn;
    @Option(names = "--no-color", description = "Disable colorization of output (Hertz prints tables without colour).")
    private boolean noColor;
    @Option(names = "--recursive-strategy-search", description = "Recursively search for a strategy in the strategies folder.")
    private boolean recursive;

    public ListStrategiesCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        LoadedConfig loaded = ConfigSupport.load(ctx, common.toArgs().strategyPath(strategyPath)
                .recursiveStrategySearch(recursive ? Boolean.TRUE : null)
                .runMode(RunMode.UTIL_NO_EXCHANGE).requireConfigFile(false).dryRun(true).build());
        List<StrategyListing> strategies = new StrategyResolver(ctx.cwd()).list(loaded.config());
        if (oneColumn) {
            strategies.stream().map(StrategyListing::name).filter(name -> !name.isEmpty()).forEach(ctx.out()::println);
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (StrategyListing s : strategies) {
            rows.add(List.of(s.name().isEmpty() ? "--" : s.name(), s.location(), s.status().label(),
                    s.hyperoptable() ? "Yes" : "No", String.valueOf(s.buyParameters()), String.valueOf(s.sellParameters())));
        }
        ctx.out().print(table(HEADERS, rows));
        return 0;
    }

    /** A table in the layout of freqtrade's console tables: heavy header, right-aligned cells. */
    static String table(List<String> headers, List<List<String>> rows) {
        int[] width = new int[headers.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = headers.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        rule(out, width, '┏', '━', '┳', '┓');
        line(out, width, headers, '┃');
        rule(out, width, '┡', '━', '╇', '┩');
        for (List<String> row : rows) {
            line(out, width, row, '│');
        }
        rule(out, width, '└', '─', '┴', '┘');
        return out.toString();
    }

    private static void rule(StringBuilder out, int[] width, char left, char fill, char cross, char right) {
        out.append(left);
        for (int c = 0; c < width.length; c++) {
            out.append(String.valueOf(fill).repeat(width[c] + 2)).append(c < width.length - 1 ? cross : right);
        }
        out.append('\n');
    }

    private static void line(StringBuilder out, int[] width, List<String> cells, char bar) {
        out.append(bar);
        for (int c = 0; c < width.length; c++) {
            out.append(' ').append(" ".repeat(width[c] - cells.get(c).length())).append(cells.get(c)).append(' ').append(bar);
        }
        out.append('\n');
    }
}
