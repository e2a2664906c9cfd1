package dev.hertz.app;

import dev.hertz.app.commands.BacktestingAnalysisCommand;
import dev.hertz.app.commands.BacktestingCommand;
import dev.hertz.app.commands.BacktestingShowCommand;
import dev.hertz.app.commands.ClientCommand;
import dev.hertz.app.commands.HyperoptCommand;
import dev.hertz.app.commands.ConvertDataCommand;
import dev.hertz.app.commands.ConvertDbCommand;
import dev.hertz.app.commands.CreateUserdirCommand;
import dev.hertz.app.commands.DemoCommand;
import dev.hertz.app.commands.InstallUiCommand;
import dev.hertz.app.commands.DownloadDataCommand;
import dev.hertz.app.commands.ListDataCommand;
import dev.hertz.app.commands.ListExchangesCommand;
import dev.hertz.app.commands.ListStrategiesCommand;
import dev.hertz.app.commands.ListTimeframesCommand;
import dev.hertz.app.commands.NewConfigCommand;
import dev.hertz.app.commands.NewStrategyCommand;
import dev.hertz.app.commands.ShowConfigCommand;
import dev.hertz.app.commands.TradeCommand;
import dev.hertz.app.commands.WebserverCommand;
import dev.hertz.core.config.ConfigException;
import dev.hertz.core.exchange.HertzException;
import dev.hertz.core.persistence.PersistenceException;
import dev.hertz.core.logging.LoggingSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * Builds the command tree and runs one command line. Exit codes follow freqtrade: 0 success,
 * 1 configuration error or unexpected failure, 2 usage error or a failure the user can fix.
 */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger("dev.hertz.app");

    private final CommandLine commandLine;

    public Cli(LoggingSetup logging, InputStream stdin, Map<String, String> env) {
        this(new AppContext(logging, stdin, System.out, env, Path.of("").toAbsolutePath()));
    }

    public Cli(AppContext ctx) {
        commandLine = new CommandLine(new HertzCommand())
                .addSubcommand(new TradeCommand(ctx))
                .addSubcommand(new DemoCommand(ctx))
                .addSubcommand(new CreateUserdirCommand(ctx))
                .addSubcommand(new NewConfigCommand(ctx))
                .addSubcommand(new NewStrategyCommand(ctx))
                .addSubcommand(new ListStrategiesCommand(ctx))
                .addSubcommand(new ShowConfigCommand(ctx))
                .addSubcommand(new ListExchangesCommand(ctx))
                .addSubcommand(new ListTimeframesCommand(ctx))
                .addSubcommand(new ConvertDbCommand(ctx))
                .addSubcommand(new InstallUiCommand(ctx))
                .addSubcommand(new DownloadDataCommand(ctx))
                .addSubcommand(new ConvertDataCommand(ctx))
                .addSubcommand(new ListDataCommand(ctx))
                .addSubcommand(new BacktestingCommand(ctx))
                .addSubcommand(new BacktestingShowCommand(ctx))
                .addSubcommand(new BacktestingAnalysisCommand(ctx))
                .addSubcommand(new HyperoptCommand(ctx))
                .addSubcommand(new WebserverCommand(ctx))
                .addSubcommand(new ClientCommand(ctx))
                .setAbbreviatedOptionsAllowed(true)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(ctx.out(), true))
                .setExecutionExceptionHandler(this::failure);
    }

    /** Runs the command line and returns the process exit code. */
    public int execute(String... args) {
        return commandLine.execute(args);
    }

    private int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof ConfigException) {
            LOG.error("Configuration error: {}\nPlease make sure to review the documentation at "
                    + "https://www.freqtrade.io/en/stable.", e.getMessage());
            return 1;
        }
        if (e instanceof CommandException || e instanceof HertzException || e instanceof PersistenceException) {
            LOG.error(e.getMessage());
            return 2;
        }
        LOG.error("Fatal exception!", e);
        return 1;
    }
}
