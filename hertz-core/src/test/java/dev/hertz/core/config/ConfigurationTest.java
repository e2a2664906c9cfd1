package dev.hertz.core.config;

import static dev.hertz.core.config.TestConfigs.minimalTradeConfig;
import static dev.hertz.core.config.TestConfigs.noStdin;
import static dev.hertz.core.config.TestConfigs.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {

    @TempDir
    Path cwd;

    @BeforeEach
    void userDataDirectory() throws IOException {
        Files.createDirectory(cwd.resolve("user_data"));
        write(cwd, "config.json", minimalTradeConfig());
    }

    private LoadedConfig load(ConfigArgs args) {
        return load(args, Map.of());
    }

    private LoadedConfig load(ConfigArgs args, Map<String, String> env) {
        return new Configuration(args, env, noStdin(), cwd).load();
    }

    private static ConfigArgs.Builder args() {
        return ConfigArgs.builder();
    }

    @Test
    void dryRunDefaultsToTheDryRunDatabaseEvenWhenTheLiveOneIsGiven() {
        LoadedConfig loaded = load(args().dbUrl(Configuration.DEFAULT_DB_PROD_URL).build());

        assertThat(loaded.runMode()).isEqualTo(RunMode.DRY_RUN);
        assertThat(loaded.config().get("db_url").asText()).isEqualTo("sqlite:///tradesv3.dryrun.sqlite");
        assertThat(loaded.config().get("runmode").asText()).isEqualTo("dry_run");
    }

    @Test
    void liveDefaultsToTheLiveDatabaseAndKeepsCredentials() {
        LoadedConfig loaded = load(args().build(), Map.of("FREQTRADE__DRY_RUN", "false"));

        assertThat(loaded.runMode()).isEqualTo(RunMode.LIVE);
        assertThat(loaded.config().get("db_url").asText()).isEqualTo("sqlite:///tradesv3.sqlite");
        assertThat(loaded.config().at("/exchange/key").asText()).isEqualTo("k");
    }

    @Test
    void explicitDatabaseUrlIsKept() {
        LoadedConfig loaded = load(args().dbUrl("postgresql://u:pw@db/hertz").build());

        assertThat(loaded.config().get("db_url").asText()).isEqualTo("postgresql://u:pw@db/hertz");
    }

    @Test
    void commandLineBeatsEnvironmentBeatsFiles() {
        LoadedConfig loaded = load(
                args().maxOpenTrades(7).stakeAmount("unlimited").timeframe("1h").fee(0.001).build(),
                Map.of("FREQTRADE__MAX_OPEN_TRADES", "5", "FREQTRADE__TIMEFRAME", "15m", "FREQTRADE__STAKE_CURRENCY", "BTC",
                        "FREQTRADE__STAKE_AMOUNT", "20"));
        ObjectNode config = loaded.config();

        assertThat(config.get("max_open_trades").asInt()).isEqualTo(7);
        assertThat(config.get("stake_amount").asText()).isEqualTo("unlimited");
        assertThat(config.get("timeframe").asText()).isEqualTo("1h");
        assertThat(config.get("stake_currency").asText()).isEqualTo("BTC");
        assertThat(config.get("fee").asDouble()).isEqualTo(0.001);
        ObjectNode original = loaded.originalConfig();
        assertThat(original.get("max_open_trades").asInt()).as("original = files + env").isEqualTo(5);
        assertThat(original.get("stake_amount").asInt()).isEqualTo(20);
        assertThat(original.has("runmode")).isFalse();
        assertThat(original.get("pairlists").isArray()).isTrue();
    }

    @Test
    void numericStakeAmountFromTheCommandLineBecomesANumber() {
        ObjectNode config = load(args().stakeAmount("12.5").maxOpenTrades(0).build()).config();

        assertThat(config.get("stake_amount").isNumber()).isTrue();
        assertThat(config.get("stake_amount").asDouble()).isEqualTo(12.5);
        assertThat(config.get("max_open_trades").asInt()).as("--max-open-trades 0 is ignored").isEqualTo(3);
    }

    @Test
    void unlimitedMaxOpenTradesStaysMinusOne() {
        LoadedConfig loaded = load(args().maxOpenTrades(-1).build());

        assertThat(loaded.config().get("max_open_trades").asInt()).isEqualTo(-1);
        assertThat(loaded.typed().maxOpenTrades().isUnlimited()).isTrue();
    }

    @Test
    void dryRunFlagBlanksExchangeCredentials() {
        write(cwd, "config.json", minimalTradeConfig().replace("\"dry_run\": true", "\"dry_run\": false"));

        LoadedConfig loaded = load(args().dryRun(true).build());

        assertThat(loaded.runMode()).isEqualTo(RunMode.DRY_RUN);
        assertThat(loaded.config().at("/exchange/key").asText()).isEmpty();
        assertThat(loaded.config().at("/exchange/secret").asText()).isEmpty();
        assertThat(loaded.config().at("/exchange/password").asText()).isEmpty();
        assertThat(loaded.config().at("/exchange/uid").asText()).isEmpty();
        assertThat(loaded.originalConfig().at("/exchange/key").asText()).isEqualTo("k");
    }

    @Test
    void schemaDefaultsLoseToEverySource() {
        ObjectNode config = load(args().build(), Map.of("FREQTRADE__TRADABLE_BALANCE_RATIO", "0.5")).config();

        assertThat(config.get("tradable_balance_ratio").asDouble()).isEqualTo(0.5);
        assertThat(config.get("last_stake_amount_min_ratio").asDouble()).isEqualTo(0.5);
        assertThat(config.get("trading_mode").asText()).isEqualTo("spot");
        assertThat(config.get("margin_mode").asText()).isEmpty();
    }

    @Test
    void userDataDirAndDatadirAreResolvedAndCreated() {
        LoadedConfig loaded = load(args().build());
        Path userData = cwd.resolve("user_data");

        assertThat(loaded.config().get("user_data_dir").asText()).isEqualTo(userData.toString());
        assertThat(loaded.config().get("datadir").asText()).isEqualTo(userData.resolve("data/binance").toString());
        assertThat(loaded.config().get("exportfilename").asText()).isEqualTo(userData.resolve("backtest_results").toString());
        for (String sub : UserDataDirectory.SUB_DIRECTORIES) {
            assertThat(userData.resolve(sub)).isDirectory();
        }
        assertThat(userData.resolve("data/binance")).isDirectory();
    }

    @Test
    void datadirOptionIsUsedAsGivenRelativeToTheWorkingDirectory() {
        LoadedConfig loaded = load(args().datadir("mydata").exchange("Kraken").build());

        assertThat(loaded.config().get("datadir").asText()).isEqualTo(cwd.resolve("mydata").toString());
        assertThat(loaded.config().at("/exchange/name").asText()).isEqualTo("Kraken");
        assertThat(cwd.resolve("mydata")).isDirectory();
    }

    @Test
    void missingUserDataDirectoryIsAnError() {
        assertThatThrownBy(() -> load(args().userDir("nowhere").config("config.json").build()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Directory `" + cwd.resolve("nowhere") + "` does not exist. "
                        + "Please use `hertz create-userdir` to create a user directory");
    }

    @Test
    void fileInPlaceOfASubFolderIsAnErrorAndNothingIsCreated() throws IOException {
        write(cwd, "user_data/strategies", "not a directory");

        assertThatThrownBy(() -> load(args().build()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("user_data/strategies` exists already and is not a directory.");
        try (Stream<Path> files = Files.list(cwd.resolve("user_data"))) {
            assertThat(files).containsExactly(cwd.resolve("user_data/strategies"));
        }
    }

    @Test
    void invalidConfigCreatesNothing() throws IOException {
        write(cwd, "config.json", minimalTradeConfig().replace("\"stake_amount\": 10", "\"stake_amount\": \"lots\""));

        assertThatThrownBy(() -> load(args().build()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("stake_amount: \"lots\" is not a number or \"unlimited\"");
        try (Stream<Path> files = Files.list(cwd.resolve("user_data"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void sectionOfTheWrongTypeIsReportedNotReplaced() {
        write(cwd, "config.json", minimalTradeConfig().replace("\"exchange\": {", "\"exchange\": [], \"x\": {"));

        assertThatThrownBy(() -> load(args().exchange("kraken").sdNotify(true).build(),
                Map.of("FREQTRADE__INTERNALS", "[]")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("exchange: [] is not an object")
                .hasMessageContaining("internals: [] is not an object");
    }

    @Test
    void readOnlyUserDataDirectoryGivesAClearError() throws IOException {
        Path userData = cwd.resolve("user_data");
        Files.setPosixFilePermissions(userData, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean immutable = false;
        try {
            if (Files.isWritable(userData)) {
                // root ignores permission bits; the immutable attribute stops root as well (CI runs as root)
                immutable = run("chattr", "+i", userData.toString());
            }
            assumeFalse(Files.isWritable(userData), "cannot make a directory read-only for this user here");

            assertThatThrownBy(() -> load(args().build()))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("Could not create directory `" + userData.resolve("backtest_results")
                            + "`: permission denied. Please make sure the user data directory `" + userData
                            + "` is writable.");
        } finally {
            if (immutable) {
                run("chattr", "-i", userData.toString());
            }
            Files.setPosixFilePermissions(userData, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean run(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void defaultConfigIsLookedUpInTheUserDirectoryFirst() {
        write(cwd, "user_data/config.json", minimalTradeConfig().replace("\"5m\"", "\"4h\""));

        LoadedConfig loaded = load(args().build());

        assertThat(loaded.config().get("timeframe").asText()).isEqualTo("4h");
        assertThat(loaded.config().get("config_files").get(0).asText()).isEqualTo(Path.of("user_data", "config.json").toString());
    }

    @Test
    void withoutAnyConfigFileCommandsThatNeedOneFailAndOthersUseTheMinimalConfig() throws IOException {
        Files.delete(cwd.resolve("config.json"));

        assertThatThrownBy(() -> load(args().build()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Config file \"config.json\" not found!");

        LoadedConfig loaded = load(args().requireConfigFile(false).runMode(RunMode.UTIL_NO_EXCHANGE).build());
        assertThat(loaded.config().get("stake_currency").asText()).isEmpty();
        assertThat(loaded.config().get("dry_run").asBoolean()).isTrue();
        assertThat(loaded.config().get("datadir").asText()).isEqualTo(cwd.resolve("user_data/data").toString());
    }

    @Test
    void stdinConfiguration() {
        LoadedConfig loaded = new Configuration(args().config("-").build(), Map.of(),
                TestConfigs.stdin(minimalTradeConfig().replace("\"USDT\"", "\"EUR\"")), cwd).load();

        assertThat(loaded.config().get("stake_currency").asText()).isEqualTo("EUR");
    }

    @Test
    void unknownKeyFromAnySourceIsOnlyAWarning() {
        LoadedConfig loaded = load(args().build(), Map.of("HERTZ__MAX_OPEN_TRADE", "4"));

        assertThat(loaded.warnings()).containsExactly("Unknown configuration key `max_open_trade` is ignored.");
        assertThat(loaded.config().get("max_open_trade").asInt()).isEqualTo(4);
        assertThat(loaded.config().get("max_open_trades").asInt()).isEqualTo(3);
    }

    @Test
    void sdNotifyAndStrategyOptions() {
        ObjectNode config = load(args().sdNotify(true).strategy("SampleStrategy").strategyPath("strats")
                .recursiveStrategySearch(true).verbosity(2).logfile("bot.log").dryRunWallet(500.0).build()).config();

        assertThat(config.at("/internals/sd_notify").asBoolean()).isTrue();
        assertThat(config.get("strategy").asText()).isEqualTo("SampleStrategy");
        assertThat(config.get("strategy_path").asText()).isEqualTo("strats");
        assertThat(config.get("recursive_strategy_search").asBoolean()).isTrue();
        assertThat(config.get("verbosity").asInt()).isEqualTo(2);
        assertThat(config.get("logfile").asText()).isEqualTo("bot.log");
        assertThat(config.get("dry_run_wallet").asDouble()).isEqualTo(500.0);
    }

    @Test
    void freqtradesFullExampleLoadsThroughTheWholePipeline() {
        Path example = TestConfigs.fullExampleConfig();

        LoadedConfig loaded = load(args().config(example.toString()).strategy("SampleStrategy").build());

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.runMode()).isEqualTo(RunMode.DRY_RUN);
        assertThat(loaded.config().get("db_url").asText()).isEqualTo(Configuration.DEFAULT_DB_DRYRUN_URL);
        assertThat(loaded.config().get("config_files")).extracting(node -> node.asText()).containsExactly(example.toString());
        assertThat(List.of(loaded.config().at("/exchange/key").asText(), loaded.config().at("/exchange/secret").asText()))
                .containsOnly("");
    }
}
