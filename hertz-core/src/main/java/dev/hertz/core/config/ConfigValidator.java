package dev.hertz.core.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a merged configuration the way freqtrade does before trading: deprecated names are
 * migrated (or refused), schema defaults are inserted, the schema and the cross-key rules are
 * checked, and every problem is reported together in one {@link ConfigException}.
 *
 * <p>Keys a config needs depend on the run mode and on whether the strategy has been merged in yet
 * ({@link Stage}): before the strategy is loaded, keys a strategy may provide ({@code timeframe},
 * {@code stoploss}, {@code minimal_roi}, ...) are not required.
 */
public final class ConfigValidator {

    /** When the check runs relative to loading the strategy. */
    public enum Stage {
        /** Right after loading files, env and command line (freqtrade's "preliminary" check). */
        BEFORE_STRATEGY,
        /** After strategy attributes were merged into the config: everything must be there. */
        AFTER_STRATEGY
    }

    /** The checked configuration (a new tree with defaults inserted) and what the user should know. */
    public record Result(ObjectNode config, List<String> warnings) {
        public Result {
            config = config.deepCopy();
            warnings = List.copyOf(warnings);
        }

        /** A copy of the checked tree. */
        @Override
        public ObjectNode config() {
            return config.deepCopy();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ConfigValidator.class);

    private static final List<String> MINIMAL_REQUIRED = List.of("exchange", "dry_run", "dataformat_ohlcv", "dataformat_trades");
    private static final List<String> TRADE_REQUIRED = List.of("exchange", "timeframe", "max_open_trades",
            "stake_currency", "stake_amount", "tradable_balance_ratio", "last_stake_amount_min_ratio", "dry_run",
            "dry_run_wallet", "exit_pricing", "entry_pricing", "stoploss", "minimal_roi", "internals",
            "dataformat_ohlcv", "dataformat_trades");
    /** Keys a strategy class may supply; not required before the strategy is loaded. */
    private static final Set<String> STRATEGY_PROVIDED = Set.of("timeframe", "max_open_trades", "stake_currency",
            "stake_amount", "stoploss", "minimal_roi");
    private static final List<String> BACKTEST_REQUIRED = List.of("exchange", "stake_currency", "stake_amount",
            "dry_run_wallet", "dataformat_ohlcv", "dataformat_trades");
    private static final List<String> BACKTEST_REQUIRED_FINAL = List.of("exchange", "stake_currency", "stake_amount",
            "dry_run_wallet", "dataformat_ohlcv", "dataformat_trades", "stoploss", "minimal_roi", "max_open_trades");

    private final ConfigSchema schema = new ConfigSchema();
    private final SchemaMessages messages = new SchemaMessages(schema);
    private final Map<List<String>, JsonSchema> compiled = new ConcurrentHashMap<>();

    /**
     * Checks {@code config} (left unchanged) for {@code runMode}.
     *
     * @return the migrated tree with schema defaults, and warnings (deprecations, unknown keys)
     * @throws ConfigException listing every problem found
     */
    public Result validate(ObjectNode config, RunMode runMode, Stage stage) {
        ObjectNode checked = config.deepCopy();
        List<String> warnings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        DeprecatedSettings.migrate(checked, warnings, errors);
        schema.insertDefaults(checked);
        Set<ValidationMessage> findings = compiled
                .computeIfAbsent(requiredKeys(runMode, stage), schema::compile)
                .validate(checked);
        errors.addAll(messages.describe(findings, checked));
        ConsistencyChecks.check(checked, runMode, errors);
        Set<String> known = schema.topLevelKeys();
        checked.properties().forEach(entry -> {
            if (!known.contains(entry.getKey())) {
                warnings.add("Unknown configuration key `" + entry.getKey() + "` is ignored.");
            }
        });
        warnings.forEach(LOG::warn);
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return new Result(checked, warnings);
    }

    /** Top-level keys that must be present (after defaults) for this run mode and stage. */
    public static List<String> requiredKeys(RunMode runMode, Stage stage) {
        boolean afterStrategy = stage == Stage.AFTER_STRATEGY;
        return switch (runMode) {
            case LIVE, DRY_RUN -> afterStrategy ? TRADE_REQUIRED
                    : TRADE_REQUIRED.stream().filter(key -> !STRATEGY_PROVIDED.contains(key)).toList();
            case BACKTEST, HYPEROPT, EDGE -> afterStrategy ? BACKTEST_REQUIRED_FINAL : BACKTEST_REQUIRED;
            case WEBSERVER -> concat(MINIMAL_REQUIRED, "api_server");
            default -> MINIMAL_REQUIRED;
        };
    }

    private static List<String> concat(List<String> keys, String key) {
        List<String> all = new ArrayList<>(keys);
        all.add(key);
        return List.copyOf(all);
    }
}
