package dev.hertz.core.strategy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A strategy's stored hyperopt results, {@code <StrategyFile>.json} next to the strategy:
 * {@code {"strategy_name": ..., "params": {"buy": {...}, "sell": {...}, "roi": {...},
 * "stoploss": {...}, "trailing": {...}, "max_open_trades": {...}}}}.
 */
final class ParameterFile {

    private static final Logger LOG = LoggerFactory.getLogger(ParameterFile.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ParameterFile() {
    }

    /**
     * The {@code params} object of {@code file}; empty when there is no file or it is not valid
     * JSON (logged, as freqtrade does).
     *
     * @throws StrategyLoadException when the file belongs to another strategy
     */
    static ObjectNode read(Path file, String strategyName) {
        if (!Files.isRegularFile(file)) {
            LOG.info("Found no parameter file.");
            return JsonNodeFactory.instance.objectNode();
        }
        LOG.info("Loading parameters from file {}", file);
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JacksonException e) {
            LOG.warn("Invalid parameter file format: {}: {}", file, e.getOriginalMessage());
            return JsonNodeFactory.instance.objectNode();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read parameter file " + file, e);
        }
        if (root == null || !root.isObject()) {
            LOG.warn("Invalid parameter file format: {}: not a JSON object", file);
            return JsonNodeFactory.instance.objectNode();
        }
        String owner = root.path("strategy_name").asText(null);
        if (!strategyName.equals(owner)) {
            throw new StrategyLoadException("Invalid parameter file provided: `" + file + "` has strategy_name "
                    + root.path("strategy_name") + ", expected \"" + strategyName + "\".");
        }
        return root.get("params") instanceof ObjectNode params ? params : JsonNodeFactory.instance.objectNode();
    }
}
