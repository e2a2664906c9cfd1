package dev.hertz.optimize.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.strategy.Strategy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * freqtrade's {@code get_strategy_run_id}: a SHA-1 over the configuration (without the keys that
 * cannot change a result), the strategy's parameter file and its source, so the same inputs give
 * the same id and a cached result can be reused.
 */
public final class RunId {
    /**
     * Options with no effect on one strategy's result: freqtrade's four, plus where and whether the
     * result is stored and how old a cached one may be, so that {@code --cache day} finds the result
     * of a run made with {@code --cache none} or another {@code --export}.
     */
    static final List<String> IGNORED_KEYS = List.of("strategy_list", "original_config", "telegram", "api_server",
            "backtest_cache", "export", "exportfilename");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunId() {
    }

    /** The run id of backtesting {@code strategy} with {@code config} (the effective configuration tree). */
    public static String of(ObjectNode config, Strategy strategy) {
        return of(config, strategy.parameterFile(), strategy.sourceFile(), strategy.getClass().getName());
    }

    /**
     * @param parameterFile the strategy's {@code <Strategy>.json}, hashed when it exists
     * @param sourceFile    the strategy's source or jar; a built-in strategy has none and is told
     *                      apart by {@code className}
     */
    static String of(ObjectNode config, Optional<Path> parameterFile, Optional<Path> sourceFile, String className) {
        MessageDigest digest = sha1();
        ObjectNode relevant = config.deepCopy();
        IGNORED_KEYS.forEach(relevant::remove);
        try {
            digest.update(MAPPER.writeValueAsBytes(relevant));
            if (parameterFile.isPresent() && Files.isRegularFile(parameterFile.get())) {
                digest.update(Files.readAllBytes(parameterFile.get()));
            } else {
                digest.update("{}".getBytes(StandardCharsets.UTF_8));
            }
            if (sourceFile.isPresent() && Files.isRegularFile(sourceFile.get())) {
                digest.update(Files.readAllBytes(sourceFile.get()));
            } else {
                digest.update(className.getBytes(StandardCharsets.UTF_8));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a configuration tree is always serialisable", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the strategy files for the run id: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-1", e);
        }
    }
}
