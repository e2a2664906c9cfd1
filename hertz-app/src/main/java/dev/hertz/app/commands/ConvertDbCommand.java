package dev.hertz.app.commands;

import dev.hertz.app.AppContext;
import dev.hertz.app.CommandException;
import dev.hertz.core.persistence.Database;
import dev.hertz.core.persistence.DatabaseConverter;
import dev.hertz.core.persistence.DatabaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.util.concurrent.Callable;

/** {@code convert-db}: copies trades, orders, locks, key-values and custom data into an empty database. */
@Command(name = "convert-db", description = "Migrate database to different system", mixinStandardHelpOptions = true)
public final class ConvertDbCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ConvertDbCommand.class);

    private final AppContext ctx;

    @Option(names = "--db-url", required = true, paramLabel = "PATH",
            description = "Target database URL, e.g. postgresql://user:pass@host/db or sqlite:///new.sqlite.")
    private String target;
    @Option(names = "--db-url-from", required = true, paramLabel = "PATH",
            description = "Source database URL to migrate from, e.g. sqlite:///tradesv3.sqlite.")
    private String source;

    public ConvertDbCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        DatabaseUrl from = DatabaseUrl.parse(source, ctx.cwd());
        DatabaseUrl to = DatabaseUrl.parse(target, ctx.cwd());
        if (from.kind() == DatabaseUrl.Kind.SQLITE_FILE && !Files.isRegularFile(from.sqlitePath())) {
            // opening would create an empty database and "migrate" nothing
            throw new CommandException("Source database " + from.sqlitePath() + " does not exist.");
        }
        if (from.kind() == DatabaseUrl.Kind.SQLITE_MEMORY || to.kind() == DatabaseUrl.Kind.SQLITE_MEMORY) {
            throw new CommandException("convert-db needs databases that outlive the process; `sqlite://` is in-memory.");
        }
        if (from.original().equals(to.original())) {
            throw new CommandException("--db-url and --db-url-from name the same database.");
        }
        try (Database src = Database.open(from); Database dst = Database.open(to)) {
            DatabaseConverter.Result result = DatabaseConverter.convert(src, dst);
            LOG.info(result.logLine());
            ctx.out().println(result.logLine());
        }
        return 0;
    }
}
