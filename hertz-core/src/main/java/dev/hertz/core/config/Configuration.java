package dev.hertz.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the bot configuration from every source, as freqtrade's {@code Configuration} class does:
 * config files (or the default file, or the minimal config), environment variables, then
 * command-line options; precedence is command line &gt; environment &gt; files &gt; schema defaults.
 *
 * <p>The result is validated for the run mode before anything is written to disk; only then are
 * the user data sub-folders and the data directory created.
 *
 * <p>freqtrade forces dry-run for its utility commands (all but {@code show-config}); a caller
 * running such a command passes {@code dryRun(true)} in the {@link ConfigArgs}.
 */
public final class Configuration {

    /** freqtrade's live database. */
    public static final String DEFAULT_DB_PROD_URL = "sqlite:///tradesv3.sqlite";
    /** freqtrade's dry-run database. */
    public static final String DEFAULT_DB_DRYRUN_URL = "sqlite:///tradesv3.dryrun.sqlite";
    /** The config file name looked up when no {@code -c} is given. */
    public static final String DEFAULT_CONFIG = "config.json";

    private static final Logger LOG = LoggerFactory.getLogger(Configuration.class);
    /** Credentials removed from the final config when no real orders can be placed. */
    private static final List<String> EXCHANGE_CREDENTIALS = List.of("key", "secret", "password", "uid");
    private static final List<String> EXCHANGE_CREDENTIAL_ALIASES = List.of("apiKey", "api_key", "private_key", "privateKey");

    private final ConfigArgs args;
    private final Map<String, String> env;
    private final InputStream stdin;
    private final Path workingDirectory;
    private final ConfigValidator validator;

    /**
     * @param args command-line values
     * @param env the process environment ({@code System.getenv()} in production)
     * @param stdin read only for a {@code -c -} path
     * @param workingDirectory what relative paths are relative to
     */
    public Configuration(ConfigArgs args, Map<String, String> env, InputStream stdin, Path workingDirectory) {
        this.args = args;
        this.env = Map.copyOf(env);
        this.stdin = stdin;
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.validator = new ConfigValidator();
    }

    /**
     * Loads, merges, applies the command line, validates and prepares the directories.
     *
     * @throws ConfigException for any problem; nothing has been created on disk then
     */
    public LoadedConfig load() {
        ObjectNode config = new ConfigLoader(workingDirectory).load(configFiles(), env, stdin);
        if (!config.has("internals")) {
            config.putObject("internals");
        }
        if (!config.has("pairlists")) {
            config.putArray("pairlists");
        }
        ObjectNode original = config.deepCopy();

        RunMode runMode = applyCommandLine(config);
        if (runMode.isTrading()) {
            applyDatabaseDefaults(config);
        }
        ConfigValidator.Result result = validator.validate(config, runMode, ConfigValidator.Stage.BEFORE_STRATEGY);
        ObjectNode checked = result.config();
        if (checked.path("dry_run").asBoolean(true) || runMode.isOptimize()) {
            removeCredentials(JsonTrees.objectAt(checked, "exchange"));
        }
        if (args.useUserDir()) {
            UserDataDirectory.prepare(Path.of(checked.get("user_data_dir").asText()), Path.of(checked.get("datadir").asText()));
        }
        return new LoadedConfig(original, checked, runMode, result.warnings());
    }

    /** The {@code -c} list, or freqtrade's default lookup when none was given. */
    private List<String> configFiles() {
        if (!args.config().isEmpty()) {
            return args.config();
        }
        String userDir = args.userDir() != null ? args.userDir() : "user_data";
        Path inUserDir = Path.of(userDir).resolve(DEFAULT_CONFIG);
        if (Files.isRegularFile(workingDirectory.resolve(inUserDir))) {
            return List.of(inUserDir.toString());
        }
        if (Files.isRegularFile(workingDirectory.resolve(DEFAULT_CONFIG)) || args.requireConfigFile()) {
            return List.of(DEFAULT_CONFIG);
        }
        return List.of();
    }

    /** Copies the given command-line values into {@code config}; returns the run mode. */
    private RunMode applyCommandLine(ObjectNode config) {
        config.put("verbosity", args.verbosity());
        if (args.logfile() != null) {
            config.put("logfile", args.logfile());
        }
        if (Boolean.TRUE.equals(args.dryRun())) {
            config.put("dry_run", true);
        }
        RunMode runMode = args.runMode() != null ? args.runMode()
                : config.path("dry_run").asBoolean(true) ? RunMode.DRY_RUN : RunMode.LIVE;
        LOG.info("Runmode set to {}.", runMode.value());
        config.put("runmode", runMode.value());

        putIfGiven(config, "strategy", args.strategy());
        putIfGiven(config, "strategy_path", args.strategyPath());
        if (args.dbUrl() != null && !args.dbUrl().equals(DEFAULT_DB_PROD_URL)) {
            config.put("db_url", args.dbUrl());
        }
        if (Boolean.TRUE.equals(args.sdNotify()) && config.get("internals") instanceof ObjectNode internals) {
            internals.put("sd_notify", true);
        }
        putIfGiven(config, "timeframe", args.timeframe());
        if (args.maxOpenTrades() != null && args.maxOpenTrades() != 0) {
            config.put("max_open_trades", args.maxOpenTrades());
        }
        if (args.stakeAmount() != null) {
            JsonNode number = PythonNumbers.parse(args.stakeAmount());
            if (number != null) {
                config.set("stake_amount", number);
            } else {
                config.put("stake_amount", args.stakeAmount());
            }
        }
        if (args.dryRunWallet() != null) {
            config.put("dry_run_wallet", args.dryRunWallet());
        }
        if (args.fee() != null) {
            config.put("fee", args.fee());
        }
        if (Boolean.TRUE.equals(args.recursiveStrategySearch())) {
            config.put("recursive_strategy_search", true);
        }
        // A non-object exchange is left alone for the schema to report.
        if (!config.has("exchange") || config.get("exchange").isObject()) {
            ObjectNode exchange = JsonTrees.objectAt(config, "exchange");
            putIfGiven(exchange, "name", args.exchange());
            if (!exchange.has("pair_whitelist")) {
                exchange.putArray("pair_whitelist");
            }
        }
        putIfGiven(config, "trading_mode", args.tradingMode());
        if (config.path("trading_mode").asText("").isEmpty()) {
            config.put("trading_mode", "spot");
        }
        if (config.path("margin_mode").isMissingNode() || config.path("margin_mode").isNull()) {
            config.put("margin_mode", "");
        }
        applyDirectories(config);
        return runMode;
    }

    /** {@code user_data_dir}, {@code datadir} and {@code exportfilename} as absolute paths (not created yet). */
    private void applyDirectories(ObjectNode config) {
        JsonNode configured = config.get("user_data_dir");
        if (args.userDir() == null && configured != null && !configured.isTextual()) {
            return;
        }
        String userDir = args.userDir() != null ? args.userDir()
                : configured != null ? configured.asText() : "user_data";
        Path userDataDir = workingDirectory.resolve(userDir).normalize();
        config.put("user_data_dir", userDataDir.toString());
        LOG.info("Using user-data directory: {} ...", userDataDir);

        // As in freqtrade, only --datadir chooses the data directory; a config value is replaced.
        Path datadir = args.datadir() != null ? workingDirectory.resolve(args.datadir()).normalize()
                : userDataDir.resolve("data").resolve(config.path("exchange").path("name").asText("").toLowerCase(Locale.ROOT));
        config.put("datadir", datadir.toString());
        LOG.info("Using data directory: {} ...", datadir);

        Path export = args.exportFilename() != null ? workingDirectory.resolve(args.exportFilename()).normalize()
                : userDataDir.resolve("backtest_results");
        config.put("exportfilename", export.toString());
    }

    /**
     * Dry-run never touches the live database by accident: no URL, or the live default, becomes the
     * dry-run file. Live without a URL uses the live default.
     */
    private static void applyDatabaseDefaults(ObjectNode config) {
        JsonNode url = config.get("db_url");
        if (config.path("dry_run").asBoolean(false)) {
            LOG.info("Dry run is enabled");
            if (url == null || url.isNull() || DEFAULT_DB_PROD_URL.equals(url.asText())) {
                config.put("db_url", DEFAULT_DB_DRYRUN_URL);
            }
        } else {
            if (url == null || url.isNull() || url.asText().isEmpty()) {
                config.put("db_url", DEFAULT_DB_PROD_URL);
            }
            LOG.info("Dry run is disabled");
        }
        LOG.info("Using DB: \"{}\"", Secrets.maskDbUrl(config.path("db_url").asText()));
    }

    private static void removeCredentials(ObjectNode exchange) {
        List<String> present = new ArrayList<>(EXCHANGE_CREDENTIALS);
        EXCHANGE_CREDENTIAL_ALIASES.stream().filter(exchange::has).forEach(present::add);
        present.forEach(key -> exchange.put(key, ""));
    }

    private static void putIfGiven(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
