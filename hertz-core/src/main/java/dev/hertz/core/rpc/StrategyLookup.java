package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.ConfigException;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.StrategyListing;
import dev.hertz.core.strategy.StrategyLoadException;
import dev.hertz.core.strategy.StrategyResolver;

import java.nio.file.Path;

/**
 * Finds strategies for the API the way {@code list-strategies} and the bot do, through
 * {@link StrategyResolver}. Each call searches (and compiles) the strategy folders afresh, so a
 * strategy file saved a moment ago is seen.
 */
final class StrategyLookup {
    private final Path workingDirectory;

    StrategyLookup(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** The names of every strategy {@code config} can find that loads, sorted. */
    StrategyList list(ObjectNode config) {
        return new StrategyList(new StrategyResolver(workingDirectory).list(config).stream()
                .filter(s -> s.status() != StrategyListing.Status.LOAD_FAILED)
                .map(StrategyListing::name).distinct().sorted().toList());
    }

    /**
     * Loads strategy {@code name} with {@code config} only to look at it: its parameters get their
     * stored values, {@code botStart} is not called.
     *
     * @throws RpcException {@link RpcException.Kind#NOT_FOUND} when no such strategy exists,
     *         {@link RpcException.Kind#LOAD_FAILED} when it exists but cannot be used,
     *         {@link RpcException.Kind#INPUT} for a name with {@code :} (freqtrade's base64-encoded
     *         strategies are refused)
     */
    Strategy load(ObjectNode config, String name) {
        if (name.contains(":")) {
            throw new RpcException(RpcException.Kind.INPUT, "base64 encoded strategies are not allowed.");
        }
        ObjectNode withName = config.deepCopy();
        withName.put("strategy", name);
        try {
            Strategy strategy = new StrategyResolver(workingDirectory).load(withName, RunMode.OTHER).strategy();
            strategy.ftLoadHyperParams();
            return strategy;
        } catch (StrategyLoadException e) {
            throw new RpcException(e.isNotFound() ? RpcException.Kind.NOT_FOUND : RpcException.Kind.LOAD_FAILED,
                    e.getMessage(), e);
        } catch (ConfigException e) {
            throw new RpcException(RpcException.Kind.LOAD_FAILED, e.getMessage(), e);
        }
    }
}
