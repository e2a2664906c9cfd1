package dev.hertz.app.commands;

import dev.hertz.app.AppContext;
import dev.hertz.app.CommandException;
import dev.hertz.core.config.ConfigArgs;
import dev.hertz.core.config.Configuration;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.Secrets;
import dev.hertz.core.logging.LogMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the configuration for a command and applies what it says about logging. */
final class ConfigSupport {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigSupport.class);

    private ConfigSupport() {
    }

    /**
     * Loads, validates and prepares directories; then hides the config's secrets from every later
     * log line and applies the verbosity and {@code logfile} it asks for.
     */
    static LoadedConfig load(AppContext ctx, ConfigArgs args) {
        LoadedConfig loaded = new Configuration(args, ctx.env(), ctx.stdin(), ctx.cwd()).load();
        Secrets.values(loaded.config()).forEach(LogMasker::register);
        Secrets.values(loaded.originalConfig()).forEach(LogMasker::register);
        String logfile = loaded.config().path("logfile").asText(null);
        try {
            ctx.logging().apply(args.verbosity(), logfile);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        loaded.warnings().forEach(LOG::warn);
        return loaded;
    }
}
