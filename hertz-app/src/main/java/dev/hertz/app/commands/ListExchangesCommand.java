package dev.hertz.app.commands;

import dev.hertz.app.AppContext;
import dev.hertz.core.exchange.Exchanges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code list-exchanges}: the exchanges Hertz can trade on. */
@Command(name = "list-exchanges", description = "Print available exchanges.", mixinStandardHelpOptions = true)
public final class ListExchangesCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Option(names = {"-1", "--one-column"}, description = "Print output in one column.")
    private boolean oneColumn;
    @Option(names = {"-a", "--all"}, description = "Print all exchanges known to Hertz.")
    private boolean all;

    public ListExchangesCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        List<Exchanges.Info> exchanges = Exchanges.available();
        if (oneColumn) {
            exchanges.forEach(e -> ctx.out().println(e.name()));
            return 0;
        }
        String title = (all ? "All exchanges supported by Hertz" : "Exchanges available for Hertz")
                + " (" + exchanges.size() + " exchanges):";
        TextTable table = new TextTable(title, List.of("Exchange name", "Markets", "Reason"));
        exchanges.forEach(e -> table.row(List.of(e.name() + " (Supported)", e.markets(), e.description())));
        ctx.out().print(table.render());
        return 0;
    }
}
