package dev.hertz.core.strategy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.ConfigValidator;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.strategy.builtin.BuiltinStrategies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads the strategy named in the configuration and merges the two (freqtrade's
 * {@code StrategyResolver}).
 *
 * <p>Where strategies are looked for, first match wins: the folder given by {@code strategy_path}
 * ({@code --strategy-path}), then {@code <user_data_dir>/strategies} (with its sub-folders when
 * {@code recursive_strategy_search} is set), then the built-in strategies
 * ({@link BuiltinStrategies}). A folder may hold {@code .jar} files and {@code .java} files; the
 * latter are compiled when the folder is searched, which needs a JDK.
 */
public final class StrategyResolver {

    private static final Logger LOG = LoggerFactory.getLogger(StrategyResolver.class);
    private static final String BUILTIN = "<builtin>";

    private final Path workingDirectory;
    private final List<Class<? extends Strategy>> builtins;

    /** @param workingDirectory what a relative {@code strategy_path} is relative to */
    public StrategyResolver(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.builtins = BuiltinStrategies.all();
    }

    /** {@link #load(ObjectNode, RunMode)} for a configuration as {@code Configuration.load()} returns it. */
    public ResolvedStrategy load(LoadedConfig loaded) {
        return load(loaded.config(), loaded.runMode());
    }

    /**
     * Loads {@code config.strategy}, applies its parameter file, merges strategy and config
     * (config wins), normalises, and validates the result for {@code runMode} as complete.
     *
     * @param config a loaded configuration ({@code LoadedConfig.config()}); not changed
     * @throws StrategyLoadException when the strategy cannot be found or used
     * @throws dev.hertz.core.config.ConfigException when the merged configuration is invalid
     */
    public ResolvedStrategy load(ObjectNode config, RunMode runMode) {
        String name = config.path("strategy").asText("");
        if (name.isEmpty()) {
            throw new StrategyLoadException("No strategy set. Please use `--strategy` to specify the strategy class to use.");
        }
        StrategySearch.Candidate found = find(name, config);
        Strategy strategy = instantiate(found.type());
        Path parameterFile = parameterFile(found, config);
        ObjectNode params = ParameterFile.read(parameterFile, name);
        StrategyAttributes.applyParameterFile(strategy, params);
        ResolvedStrategy resolved = attach(strategy, config, runMode, found.file(), parameterFile, params);
        LOG.info("Using resolved strategy {} from '{}'...", name, found.file() == null ? BUILTIN : found.file());
        return resolved;
    }

    /**
     * Where the named strategy's parameter file is (whether or not it exists yet), found as
     * {@link #load} finds the strategy; {@code hyperopt-show} writes the chosen epoch's parameters there.
     *
     * @throws StrategyLoadException when no strategy of that name can be found
     */
    public Path parameterFile(String name, ObjectNode config) {
        return parameterFile(find(name, config), config);
    }

    /**
     * Merges and validates an already constructed strategy with {@code config}, as {@link #load}
     * does after finding one: for strategies built in code (tests, optimisers), no parameter file.
     */
    public static ResolvedStrategy resolve(Strategy strategy, ObjectNode config, RunMode runMode) {
        return attach(strategy, config, runMode, null, null, JsonNodeFactory.instance.objectNode());
    }

    private static ResolvedStrategy attach(Strategy strategy, ObjectNode config, RunMode runMode, Path file,
                                           Path parameterFile, ObjectNode params) {
        ObjectNode merged = config.deepCopy();
        StrategyAttributes.merge(strategy, merged);
        StrategyAttributes.check(strategy, merged);
        ConfigValidator.Result result = new ConfigValidator().validate(merged, runMode, ConfigValidator.Stage.AFTER_STRATEGY);
        strategy.attach(HertzConfig.from(result.config()), file, parameterFile, params);
        return new ResolvedStrategy(strategy, result.config(), result.warnings());
    }

    /**
     * Every strategy that can be found with {@code config}, for {@code list-strategies}: sorted by
     * name, built-ins last among equals and left out when a user strategy has their name.
     */
    public List<StrategyListing> list(ObjectNode config) {
        List<StrategySearch.Candidate> candidates = new ArrayList<>();
        StrategySearch search = new StrategySearch();
        for (Path root : roots(config)) {
            for (Path folder : StrategySearch.folders(root, recursive(config))) {
                candidates.addAll(search.scan(folder, root));
            }
        }
        Set<String> userNames = new TreeSet<>();
        candidates.stream().filter(StrategySearch.Candidate::loaded).forEach(c -> userNames.add(c.name()));
        builtinCandidates().stream().filter(c -> !userNames.contains(c.name())).forEach(candidates::add);

        Map<String, Integer> nameCount = new HashMap<>();
        candidates.forEach(c -> nameCount.merge(c.name(), 1, Integer::sum));
        List<StrategyListing> rows = new ArrayList<>();
        for (StrategySearch.Candidate c : candidates) {
            rows.add(listing(c, nameCount.get(c.name()) > 1));
        }
        rows.sort(Comparator.comparing(StrategyListing::name));
        return List.copyOf(rows);
    }

    private StrategySearch.Candidate find(String name, ObjectNode config) {
        StrategySearch search = new StrategySearch();
        Set<String> available = new TreeSet<>();
        List<StrategySearch.Candidate> failed = new ArrayList<>();
        for (Path root : roots(config)) {
            for (Path folder : StrategySearch.folders(root, recursive(config))) {
                for (StrategySearch.Candidate c : search.scan(folder, root)) {
                    if (c.loaded() && c.name().equals(name)) {
                        return c;
                    }
                    if (c.loaded()) {
                        available.add(c.name());
                    } else {
                        failed.add(c);
                    }
                }
            }
        }
        for (StrategySearch.Candidate c : builtinCandidates()) {
            if (c.name().equals(name)) {
                return c;
            }
            available.add(c.name());
        }
        throw notFound(name, available, failed);
    }

    private static StrategyLoadException notFound(String name, Set<String> available,
                                                  List<StrategySearch.Candidate> failed) {
        for (StrategySearch.Candidate c : failed) {
            if (c.file().getFileName().toString().equals(name + ".java")) {
                return new StrategyLoadException("Impossible to load Strategy '" + name + "'. `" + c.file()
                        + "` does not compile:\n" + c.problem());
            }
        }
        StringBuilder message = new StringBuilder("Impossible to load Strategy '").append(name)
                .append("'. This class does not exist or contains Java code errors. Available strategies: ")
                .append(String.join(", ", available)).append('.');
        for (StrategySearch.Candidate c : failed) {
            message.append("\nCould not load `").append(c.file()).append("`: ").append(c.problem());
        }
        return StrategyLoadException.notFound(message.toString());
    }

    private StrategyListing listing(StrategySearch.Candidate c, boolean duplicate) {
        if (!c.loaded()) {
            return new StrategyListing(c.name(), c.location(), StrategyListing.Status.LOAD_FAILED,
                    Optional.of(c.problem()), 0, 0, 0);
        }
        List<HyperParameters.Detected> parameters;
        try {
            parameters = HyperParameters.detect(instantiate(c.type()));
        } catch (StrategyLoadException e) {
            LOG.warn("Could not load strategy {} from `{}`: {}", c.name(), c.location(), e.getMessage());
            return new StrategyListing(c.name(), c.location(), StrategyListing.Status.LOAD_FAILED,
                    Optional.of(e.getMessage()), 0, 0, 0);
        }
        int buy = (int) parameters.stream().filter(p -> p.space().equals("buy")).count();
        int sell = (int) parameters.stream().filter(p -> p.space().equals("sell")).count();
        StrategyListing.Status status = duplicate ? StrategyListing.Status.DUPLICATE_NAME : StrategyListing.Status.OK;
        return new StrategyListing(c.name(), c.location(), status, Optional.empty(), buy, sell, parameters.size());
    }

    /** {@code strategy_path} first, then the user data directory's {@code strategies} folder. */
    private List<Path> roots(ObjectNode config) {
        Set<Path> roots = new LinkedHashSet<>();
        String extra = config.path("strategy_path").asText("");
        if (!extra.isEmpty()) {
            roots.add(workingDirectory.resolve(extra).normalize());
        }
        String userData = config.path("user_data_dir").asText("");
        if (!userData.isEmpty()) {
            roots.add(workingDirectory.resolve(userData).resolve("strategies").normalize());
        }
        return List.copyOf(roots);
    }

    private static boolean recursive(ObjectNode config) {
        return config.path("recursive_strategy_search").asBoolean(false);
    }

    private List<StrategySearch.Candidate> builtinCandidates() {
        return builtins.stream()
                .map(type -> new StrategySearch.Candidate(type.getSimpleName(), type, null, BUILTIN, null))
                .toList();
    }

    /**
     * {@code <StrategyFile>.json} beside the source file; for a jar, {@code <ClassName>.json}
     * beside the jar; for a built-in, {@code <ClassName>.json} in the user strategies folder.
     */
    private Path parameterFile(StrategySearch.Candidate c, ObjectNode config) {
        if (c.file() == null) {
            String userData = config.path("user_data_dir").asText("user_data");
            return workingDirectory.resolve(userData).resolve("strategies").resolve(c.name() + ".json");
        }
        String fileName = c.file().getFileName().toString();
        String stem = fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - 5) : c.name();
        return c.file().resolveSibling(stem + ".json");
    }

    private static Strategy instantiate(Class<? extends Strategy> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new StrategyLoadException("Impossible to load Strategy '" + type.getSimpleName()
                    + "'. It needs a constructor without arguments.", e);
        } catch (InvocationTargetException e) {
            throw new StrategyLoadException("Impossible to load Strategy '" + type.getSimpleName()
                    + "'. Its constructor failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new StrategyLoadException("Impossible to load Strategy '" + type.getSimpleName() + "': " + e, e);
        }
    }
}
