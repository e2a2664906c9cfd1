package dev.hertz.core.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Command-line values that feed the configuration (freqtrade's parsed {@code args}). A
 * {@code null} (or {@code false} for flags) means "not given" and never overrides the config files.
 *
 * @param config {@code -c/--config} paths in order; {@code -} = stdin; empty = default lookup
 * @param requireConfigFile false for commands that may run without any config file (download-data,
 *        list-pairs, ...): then a missing default file means the minimal built-in config
 * @param useUserDir false for commands that touch no file under the user data directory
 *        ({@code show-config}): then it need not exist and nothing is created
 * @param runMode the mode the command runs in; {@code null} for {@code trade}, where it follows
 *        {@code dry_run} (dry-run when true or missing, else live)
 * @param userDir {@code --userdir} → {@code user_data_dir}
 * @param datadir {@code -d/--datadir} → {@code datadir}
 * @param dbUrl {@code --db-url} → {@code db_url}
 * @param dryRun {@code --dry-run} → {@code dry_run} (also blanks exchange credentials)
 * @param strategy {@code -s/--strategy} → {@code strategy}
 * @param strategyPath {@code --strategy-path} → {@code strategy_path}
 * @param recursiveStrategySearch {@code --recursive-strategy-search} → {@code recursive_strategy_search}
 * @param dryRunWallet {@code --dry-run-wallet} → {@code dry_run_wallet}
 * @param stakeAmount {@code --stake-amount} → {@code stake_amount} (a number or {@code unlimited})
 * @param maxOpenTrades {@code --max-open-trades} → {@code max_open_trades} (0 is ignored)
 * @param timeframe {@code -i/--timeframe} → {@code timeframe}
 * @param exchange {@code --exchange} → {@code exchange.name}
 * @param fee {@code --fee} → {@code fee}
 * @param tradingMode {@code --trading-mode} → {@code trading_mode}
 * @param exportFilename {@code --export-filename} → {@code exportfilename}
 * @param sdNotify {@code --sd-notify} → {@code internals.sd_notify}
 * @param verbosity {@code -v} count → {@code verbosity}
 * @param logfile {@code --logfile} → {@code logfile}
 */
public record ConfigArgs(
        List<String> config,
        boolean requireConfigFile,
        boolean useUserDir,
        RunMode runMode,
        String userDir,
        String datadir,
        String dbUrl,
        Boolean dryRun,
        String strategy,
        String strategyPath,
        Boolean recursiveStrategySearch,
        Double dryRunWallet,
        String stakeAmount,
        Integer maxOpenTrades,
        String timeframe,
        String exchange,
        Double fee,
        String tradingMode,
        String exportFilename,
        Boolean sdNotify,
        int verbosity,
        String logfile) {

    public ConfigArgs {
        config = List.copyOf(config);
    }

    /** A builder with nothing given: default config lookup, {@code trade} run mode. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the values of one command line; every setter is optional. */
    public static final class Builder {
        private final List<String> config = new ArrayList<>();
        private boolean requireConfigFile = true;
        private boolean useUserDir = true;
        private RunMode runMode;
        private String userDir;
        private String datadir;
        private String dbUrl;
        private Boolean dryRun;
        private String strategy;
        private String strategyPath;
        private Boolean recursiveStrategySearch;
        private Double dryRunWallet;
        private String stakeAmount;
        private Integer maxOpenTrades;
        private String timeframe;
        private String exchange;
        private Double fee;
        private String tradingMode;
        private String exportFilename;
        private Boolean sdNotify;
        private int verbosity;
        private String logfile;

        private Builder() {
        }

        /** Adds {@code -c} paths (repeatable, in order). */
        public Builder config(String... paths) {
            config.addAll(List.of(paths));
            return this;
        }

        public Builder useUserDir(boolean value) {
            useUserDir = value;
            return this;
        }

        public Builder requireConfigFile(boolean value) {
            requireConfigFile = value;
            return this;
        }

        public Builder runMode(RunMode value) {
            runMode = value;
            return this;
        }

        public Builder userDir(String value) {
            userDir = value;
            return this;
        }

        public Builder datadir(String value) {
            datadir = value;
            return this;
        }

        public Builder dbUrl(String value) {
            dbUrl = value;
            return this;
        }

        public Builder dryRun(Boolean value) {
            dryRun = value;
            return this;
        }

        public Builder strategy(String value) {
            strategy = value;
            return this;
        }

        public Builder strategyPath(String value) {
            strategyPath = value;
            return this;
        }

        public Builder recursiveStrategySearch(Boolean value) {
            recursiveStrategySearch = value;
            return this;
        }

        public Builder dryRunWallet(Double value) {
            dryRunWallet = value;
            return this;
        }

        public Builder stakeAmount(String value) {
            stakeAmount = value;
            return this;
        }

        public Builder maxOpenTrades(Integer value) {
            maxOpenTrades = value;
            return this;
        }

        public Builder timeframe(String value) {
            timeframe = value;
            return this;
        }

        public Builder exchange(String value) {
            exchange = value;
            return this;
        }

        public Builder fee(Double value) {
            fee = value;
            return this;
        }

        public Builder tradingMode(String value) {
            tradingMode = value;
            return this;
        }

        public Builder exportFilename(String value) {
            exportFilename = value;
            return this;
        }

        public Builder sdNotify(Boolean value) {
            sdNotify = value;
            return this;
        }

        public Builder verbosity(int value) {
            verbosity = value;
            return this;
        }

        public Builder logfile(String value) {
            logfile = value;
            return this;
        }

        public ConfigArgs build() {
            return new ConfigArgs(config, requireConfigFile, useUserDir, runMode, userDir, datadir, dbUrl, dryRun, strategy,
                    strategyPath, recursiveStrategySearch, dryRunWallet, stakeAmount, maxOpenTrades, timeframe,
                    exchange, fee, tradingMode, exportFilename, sdNotify, verbosity, logfile);
        }
    }
}
