package dev.hertz.app.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.app.AppContext;

import java.nio.file.Path;

/** Where the hyperopt commands look: {@code user_data/hyperopt_results} and the extra loss folder. */
final class HyperoptPaths {
    private HyperoptPaths() {
    }

    /** {@code <user_data_dir>/hyperopt_results} of a loaded configuration. */
    static Path resultsDirectory(AppContext ctx, ObjectNode config) {
        return ctx.cwd().resolve(config.path("user_data_dir").asText("user_data")).resolve("hyperopt_results");
    }

    /** {@code --hyperopt-path}, else the config's {@code hyperopt_path}; null when neither is set. */
    static Path extraPath(AppContext ctx, ObjectNode config, String option) {
        String path = option != null ? option : config.path("hyperopt_path").asText("");
        return path.isEmpty() ? null : ctx.cwd().resolve(path);
    }

    /** The stake currency of the config, else the one the epochs' statistics name. */
    static String stakeCurrency(ObjectNode config, String fromResults) {
        String configured = config.path("stake_currency").asText("");
        return configured.isEmpty() ? fromResults : configured;
    }
}
