package dev.hertz.app.commands;

import dev.hertz.core.config.ConfigArgs;
import picocli.CommandLine.Option;

/** freqtrade's "Strategy arguments": {@code -s, --strategy-path, --recursive-strategy-search}. */
public final class StrategyOptions {
    @Option(names = {"-s", "--strategy"}, paramLabel = "NAME",
            description = "Specify strategy class name which will be used by the bot.")
    String strategy;
    @Option(names = "--strategy-path", paramLabel = "PATH", description = "Specify additional strategy lookup path.")
    String strategyPath;
    @Option(names = "--recursive-strategy-search", description = "Recursively search for a strategy in the strategies folder.")
    boolean recursive;

    /** Adds these options to {@code args}. */
    ConfigArgs.Builder apply(ConfigArgs.Builder args) {
        return args.strategy(strategy).strategyPath(strategyPath).recursiveStrategySearch(recursive ? Boolean.TRUE : null);
    }
}
