package dev.hertz.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code hertz} command: only {@code --help} and {@code --version}; the work is in subcommands. */
@Command(name = "hertz", description = "Crypto-trading bot for the JVM, compatible with freqtrade.",
        mixinStandardHelpOptions = true, versionProvider = HertzCommand.VersionProvider.class,
        synopsisSubcommandLabel = "<subcommand>")
final class HertzCommand implements Runnable {
    static final String NO_SUBCOMMAND = """
            Usage of Hertz requires a subcommand to be specified.
            To have the bot executing trades in live/dry-run modes, depending on the value of the `dry_run` setting \
            in the config, run Hertz as `hertz trade [options...]`.
            To see the full list of options available, please use `hertz --help` or `hertz <command> --help`.""";

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), NO_SUBCOMMAND);
    }

    /** {@code hertz 0.1.0}, as freqtrade prints {@code freqtrade 2024.10}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"hertz " + Version.get()};
        }
    }
}
