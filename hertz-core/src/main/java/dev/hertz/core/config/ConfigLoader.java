package dev.hertz.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads freqtrade-format configuration files and merges them with environment overrides.
 *
 * <p>Rules (freqtrade's): files are merged in the given order, later files win, nested objects are
 * deep-merged while arrays and scalars are replaced. A path of {@code -} reads the whole
 * configuration from stdin and that configuration is used alone. A file may list
 * {@code add_config_files} (relative to itself, loaded recursively, at most 5 levels deep); the
 * listing file wins over its sub-files and later sub-files win over earlier ones. The result lists
 * every loaded file under {@code config_files}: each file followed by the files it included.
 * Environment overrides ({@code FREQTRADE__...}, then {@code HERTZ__...}) are merged over all files.
 */
public final class ConfigLoader {

    /** Deeper {@code add_config_files} nesting than this is taken for a loop. */
    static final int MAX_INCLUDE_DEPTH = 5;

    private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);

    private final Path workingDirectory;

    /** @param workingDirectory what relative paths given on the command line are relative to */
    public ConfigLoader(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /**
     * Files merged, then the environment merged over them.
     *
     * @param paths config paths as given by the user ({@code -} = stdin); empty = the minimal config
     * @param env the process environment (only {@code FREQTRADE__} / {@code HERTZ__} entries are used)
     * @param stdin read only when a path is {@code -}
     * @throws ConfigException for a missing file, a syntax error, an include loop or a bad env value
     */
    public ObjectNode load(List<String> paths, Map<String, String> env, InputStream stdin) {
        ObjectNode config = loadFiles(paths, stdin);
        return JsonTrees.mergeInto(config, EnvironmentOverrides.toTree(env));
    }

    /** Only the files (no environment); see {@link #load}. */
    public ObjectNode loadFiles(List<String> paths, InputStream stdin) {
        Objects.requireNonNull(stdin, "stdin");
        if (paths.isEmpty()) {
            return minimalConfig();
        }
        return loadLevel(paths, null, 0, stdin);
    }

    /**
     * The configuration used when no file is given:
     * {@code {"stake_currency": "", "dry_run": true, "exchange": {"name": "", "key": "", "secret": "",
     * "pair_whitelist": [], "ccxt_async_config": {}}}}.
     */
    public static ObjectNode minimalConfig() {
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        config.put("stake_currency", "");
        config.put("dry_run", true);
        ObjectNode exchange = config.putObject("exchange");
        exchange.put("name", "");
        exchange.put("key", "");
        exchange.put("secret", "");
        exchange.putArray("pair_whitelist");
        exchange.putObject("ccxt_async_config");
        return config;
    }

    /**
     * One list of files: {@code includingDirectory} is null for the command-line list and the
     * directory of the including file for an {@code add_config_files} list.
     */
    private ObjectNode loadLevel(List<String> files, Path includingDirectory, int level, InputStream stdin) {
        if (level > MAX_INCLUDE_DEPTH) {
            throw new ConfigException("Config loop detected.");
        }
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        List<String> loaded = new ArrayList<>();
        for (String name : files) {
            LOG.info("Using config: {} ...", name);
            if (name.equals("-")) {
                return ConfigFileReader.readStdin(stdin);
            }
            Path file = (includingDirectory == null ? workingDirectory : includingDirectory).resolve(name).normalize();
            String shownAs = includingDirectory == null ? name : file.toString();
            ObjectNode config = ConfigFileReader.readFile(file, shownAs);
            loaded.add(shownAs);
            JsonNode includes = config.get("add_config_files");
            if (includes != null) {
                ObjectNode included = loadLevel(includeList(includes, shownAs), file.getParent(), level + 1, stdin);
                JsonNode includedFiles = included.remove("config_files");
                if (includedFiles != null) {
                    includedFiles.forEach(f -> loaded.add(f.asText()));
                }
                // The including file wins over everything it includes.
                config = JsonTrees.mergeInto(included, config);
            }
            JsonTrees.mergeInto(merged, config);
        }
        ArrayNode configFiles = merged.putArray("config_files");
        loaded.forEach(configFiles::add);
        return merged;
    }

    private static List<String> includeList(JsonNode includes, String file) {
        if (!includes.isArray()) {
            throw new ConfigException("add_config_files in config file \"" + file + "\": "
                    + JsonTrees.describe(includes) + " is not a list of file names");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode include : includes) {
            if (!include.isTextual()) {
                throw new ConfigException("add_config_files in config file \"" + file + "\": "
                        + JsonTrees.describe(include) + " is not a file name");
            }
            names.add(include.asText());
        }
        return names;
    }
}
