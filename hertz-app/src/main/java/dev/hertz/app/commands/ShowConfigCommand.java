package dev.hertz.app.commands;

import dev.hertz.app.AppContext;
import dev.hertz.core.config.ConfigArgs;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.config.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code show-config}: the merged files + environment config, before command-line options, secrets redacted. */
@Command(name = "show-config", description = "Show resolved config", mixinStandardHelpOptions = true)
public final class ShowConfigCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ShowConfigCommand.class);

    private final AppContext ctx;

    @Option(names = {"--userdir", "--user-data-dir"}, paramLabel = "PATH", description = "Path to userdata directory.")
    private String userdir;
    @Option(names = {"-c", "--config"}, paramLabel = "PATH", description = "Configuration file(s); '-' reads stdin.")
    private List<String> config = new ArrayList<>();
    @Option(names = "--show-sensitive", description = "Show secrets in the output.")
    private boolean showSensitive;

    public ShowConfigCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        LoadedConfig loaded = ConfigSupport.load(ctx, ConfigArgs.builder()
                .config(config.toArray(String[]::new)).userDir(userdir).runMode(RunMode.UTIL_EXCHANGE).useUserDir(false).build());
        if (showSensitive) {
            LOG.warn("Sensitive information will be shown in the upcoming output. "
                    + "Please make sure to never share this output without redacting the information yourself.");
        }
        ctx.out().println("Your combined configuration is:");
        ctx.out().println(ConfigFiles.pretty(showSensitive ? loaded.originalConfig() : Secrets.redact(loaded.originalConfig())));
        return 0;
    }
}
