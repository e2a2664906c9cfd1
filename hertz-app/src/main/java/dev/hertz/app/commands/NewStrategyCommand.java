package dev.hertz.app.commands;

import dev.hertz.app.AppContext;
import dev.hertz.app.CommandException;
import dev.hertz.core.config.ConfigArgs;
import dev.hertz.core.config.ConfigException;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.strategy.StrategyTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code new-strategy}: writes {@code <userdir>/strategies/<Name>.java} from a template. */
@Command(name = "new-strategy", description = "Create new strategy", mixinStandardHelpOptions = true)
public final class NewStrategyCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(NewStrategyCommand.class);

    private final AppContext ctx;

    @Option(names = {"--userdir", "--user-data-dir"}, paramLabel = "PATH", description = "Path to userdata directory.")
    private String userdir;
    @Option(names = {"-s", "--strategy"}, paramLabel = "NAME", description = "Specify strategy class name.")
    private String strategy;
    @Option(names = "--template", paramLabel = "{full,minimal,advanced}", defaultValue = "full",
            description = "Use a template which is either `minimal`, `full` (containing multiple sample indicators) "
                    + "or `advanced`. Default: `${DEFAULT-VALUE}`.")
    private StrategyTemplates.Template template;

    public NewStrategyCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        // freqtrade reads no environment variables for this command.
        AppContext withoutEnv = new AppContext(ctx.logging(), ctx.stdin(), ctx.out(), Map.of(), ctx.cwd());
        LoadedConfig loaded = ConfigSupport.load(withoutEnv, ConfigArgs.builder().userDir(userdir)
                .runMode(RunMode.UTIL_NO_EXCHANGE).requireConfigFile(false).dryRun(true).build());
        if (strategy == null || strategy.isEmpty()) {
            throw new ConfigException("`new-strategy` requires --strategy to be set.");
        }
        String source;
        try {
            source = StrategyTemplates.render(strategy, template);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        Path target = Path.of(loaded.config().get("user_data_dir").asText()).resolve("strategies").resolve(strategy + ".java");
        if (Files.exists(target)) {
            throw new CommandException("`" + target + "` already exists. Please choose another Strategy Name.");
        }
        LOG.info("Writing strategy to `{}`.", target);
        try {
            Files.writeString(target, source);
        } catch (IOException e) {
            throw new CommandException("Could not write `" + target + "`: " + e.getMessage(), e);
        }
        return 0;
    }
}
