package dev.hertz.app.commands;

import dev.hertz.app.AppContext;
import dev.hertz.app.CommandException;
import dev.hertz.core.config.UserDataDirectory;
import dev.hertz.core.strategy.StrategyTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code create-userdir}: creates the user data directory with freqtrade's standard sub-folders
 * and deploys the sample strategy source into {@code strategies/} (an existing file is kept
 * unless {@code --reset}).
 */
@Command(name = "create-userdir", description = "Create user-data directory.", mixinStandardHelpOptions = true)
public final class CreateUserdirCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(CreateUserdirCommand.class);

    private final AppContext ctx;

    @Option(names = {"--userdir", "--user-data-dir"}, paramLabel = "PATH", description = "Path to userdata directory.")
    private Path userdir;
    @Option(names = "--reset", description = "Reset sample files to their original state.")
    private boolean reset;

    public CreateUserdirCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (userdir == null) {
            LOG.warn("`create-userdir` requires --userdir to be set.");
            return 1;
        }
        Path dir = ctx.cwd().resolve(userdir).normalize();
        UserDataDirectory.create(dir);
        deploySample(dir.resolve("strategies").resolve(StrategyTemplates.SAMPLE_FILE));
        LOG.info("User data directory {} is ready.", dir);
        return 0;
    }

    private void deploySample(Path target) {
        if (Files.exists(target)) {
            if (!reset) {
                LOG.warn("File `{}` exists already, not deploying sample file.", target);
                return;
            }
            LOG.warn("File `{}` exists already, overwriting.", target);
        }
        try {
            Files.writeString(target, StrategyTemplates.sampleStrategy());
        } catch (IOException e) {
            throw new CommandException("Could not write `" + target + "`: " + e.getMessage(), e);
        }
    }
}
