package dev.hertz.app.commands;

import dev.hertz.core.config.ConfigArgs;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** freqtrade's "Common arguments": {@code -v, --logfile, -c, -d, --userdir}. */
public final class CommonOptions {
    @Option(names = {"-v", "--verbose"}, description = "Verbose mode (-vv for more, -vvv to get all messages).")
    boolean[] verbose = new boolean[0];
    @Option(names = {"--logfile", "--log-file"}, paramLabel = "FILE",
            description = "Log to the file specified. Special values are: 'syslog', 'journald'.")
    String logfile;
    @Option(names = {"-c", "--config"}, paramLabel = "PATH",
            description = "Specify configuration file (default: user_data/config.json or config.json). "
                    + "Multiple --config options may be used. Can be set to '-' to read config from stdin.")
    List<String> config = new ArrayList<>();
    @Option(names = {"-d", "--datadir", "--data-dir"}, paramLabel = "PATH",
            description = "Path to the base directory of the exchange with historical backtesting data.")
    String datadir;
    @Option(names = {"--userdir", "--user-data-dir"}, paramLabel = "PATH", description = "Path to userdata directory.")
    String userdir;

    /** A builder pre-filled with these options. */
    public ConfigArgs.Builder toArgs() {
        return ConfigArgs.builder()
                .config(config.toArray(String[]::new))
                .verbosity(verbose.length)
                .logfile(logfile)
                .datadir(datadir)
                .userDir(userdir);
    }
}
