package dev.hertz.core.strategy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.ConfigException;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.strategy.builtin.SampleStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class StrategyResolverTest {

    @TempDir
    Path dir;

    @Test
    void compilesAndLoadsAJavaFileUsingAHelperFromItsFolder() {
        StrategyFixture fx = new StrategyFixture(dir);
        fx.strategyFile("Levels.java", "final class Levels { static final double STOP = -0.05; }");
        fx.strategyFile("MyStrat.java", StrategyFixture.source("MyStrat", """
                    public MyStrat() {
                        timeframe = "1m";
                        stoploss = Levels.STOP;
                        minimalRoi = Map.of(0, 0.02, 10, 0.01);
                    }
                """));

        ResolvedStrategy resolved = fx.load("MyStrat");

        Strategy s = resolved.strategy();
        assertThat(s.name()).isEqualTo("MyStrat");
        assertThat(s.getClass().getClassLoader()).isNotSameAs(Strategy.class.getClassLoader());
        assertThat(s.stoploss()).isEqualTo(-0.05);
        assertThat(s.minimalRoi()).containsExactly(entry(0, 0.02), entry(10, 0.01));
        assertThat(s.parameterFile()).contains(fx.strategies.resolve("MyStrat.json"));
        assertThat(resolved.config().get("timeframe").asText()).isEqualTo("1m");
        assertThat(s.config().timeframe()).contains("1m");
    }

    @Test
    void aBrokenFileIsReportedWithFileAndLineAndDoesNotBlockItsNeighbours() {
        StrategyFixture fx = new StrategyFixture(dir);
        fx.strategyFile("Broken.java", """
                import dev.hertz.core.strategy.*;

                public class Broken extends Strategy {
                    public Broken() {
                        int wrong = "text";
                    }
                }
                """);
        fx.strategyFile("Good.java", StrategyFixture.source("Good",
                "    public Good() { timeframe = \"5m\"; stoploss = -0.1; }"));

        assertThatThrownBy(() -> fx.load("Broken"))
                .isInstanceOf(StrategyLoadException.class)
                .hasMessageContaining("Impossible to load Strategy 'Broken'")
                .hasMessageContaining("Broken.java:5: error: incompatible types");
        assertThat(fx.load("Good").strategy().name()).isEqualTo("Good");
    }

    @Test
    void anUnknownNameListsTheAvailableStrategiesAndTheFilesThatFailed() {
        StrategyFixture fx = new StrategyFixture(dir);
        fx.strategyFile("Good.java", StrategyFixture.source("Good", ""));
        fx.strategyFile("Typo.java", "public class Typo extends Nothing {}");

        assertThatThrownBy(() -> fx.load("Nope"))
                .isInstanceOf(StrategyLoadException.class)
                .hasMessageContaining("Impossible to load Strategy 'Nope'. This class does not exist or contains Java code errors.")
                .hasMessageContaining("Available strategies: DemoStrategy, Good, SampleStrategy.")
                .hasMessageContaining("Typo.java:1: error: cannot find symbol");
    }

    @Test
    void configValuesWinStrategyValuesFillTheConfigAndDefaultsFillTheRest() {
        StrategyFixture fx = new StrategyFixture(dir);
        fx.strategyFile("Mixed.java", StrategyFixture.source("Mixed", """
                    public Mixed() {
                        timeframe = "15m";
                        stoploss = -0.05;
                        minimalRoi = Map.of(0, 0.1);
                        trailingStop = true;
                        trailingStopPositive = 0.02;
                        trailingStopPositiveOffset = 0.03;
                        startupCandleCount = 50;
                        useExitSignal = false;
                        orderTypes = Map.of("entry", "limit", "exit", "limit", "stoploss", "market",
                                "stoploss_on_exchange", false);
                    }
                """));

        ResolvedStrategy resolved = fx.load("Mixed", """
                {"stoploss": -0.2, "minimal_roi": {"30": 0.01, "0": 0.5},
                 "order_types": {"entry": "market", "exit": "market", "stoploss": "market", "stoploss_on_exchange": false},
                 "entry_pricing": {"price_side": "other"}, "exit_pricing": {"price_side": "other"}}
                """);
        Strategy s = resolved.strategy();
        ObjectNode config = resolved.config();

        // config wins and is written into the strategy; order_types is replaced as a whole
        assertThat(s.stoploss()).isEqualTo(-0.2);
        assertThat(s.minimalRoi()).containsExactly(entry(0, 0.5), entry(30, 0.01));
        assertThat(s.orderTypes()).containsEntry("entry", "market").doesNotContainKey("stoploss_on_exchange_interval");
        assertThat(s.maxOpenTrades()).isEqualTo(3);
        // strategy values are copied into the config
        assertThat(config.get("timeframe").asText()).isEqualTo("15m");
        assertThat(config.get("trailing_stop").asBoolean()).isTrue();
        assertThat(config.get("trailing_stop_positive").asDouble()).isEqualTo(0.02);
        assertThat(config.get("startup_candle_count").asInt()).isEqualTo(50);
        assertThat(config.get("use_exit_signal").asBoolean()).isFalse();
        assertThat(s.config().useExitSignal()).isFalse();
        // neither side has them: freqtrade's defaults on both
        assertThat(config.get("exit_profit_only").asBoolean()).isFalse();
        assertThat(config.get("exit_profit_offset").asDouble()).isZero();
        assertThat(config.get("ignore_buying_expired_candle_after").asInt()).isZero();
        assertThat(config.get("max_entry_position_adjustment").asInt()).isEqualTo(-1);
        assertThat(s.exitProfitOnly()).isFalse();
        assertThat(config.get("minimal_roi").fieldNames()).toIterable().containsExactly("30", "0");
    }

    @Test
    void roiDefaultsOnlyWhenTheStrategySetsNoneAndNegativeMaxOpenTradesBecomesUnlimited() {
        StrategyFixture fx = new StrategyFixture(dir);
        fx.strategyFile("NoRoi.java", StrategyFixture.source("NoRoi",
                "    public NoRoi() { timeframe = \"5m\"; stoploss = -0.1; minimalRoi = null; maxOpenTrades = -5; }"));
        fx.strategyFile("EmptyRoi.java", StrategyFixture.source("EmptyRoi",
                "    public EmptyRoi() { timeframe = \"5m\"; stoploss = -0.1; }"));

        ResolvedStrategy noRoi = fx.load("NoRoi", "{\"max_open_trades\": null}");
        assertThat(noRoi.strategy().minimalRoi()).containsExactly(entry(0, 10.0));
        assertThat(noRoi.config().get("minimal_roi").get("0").asDouble()).isEqualTo(10.0);
        assertThat(noRoi.strategy().maxOpenTrades()).isEqualTo(-1);
        assertThat(noRoi.config().get("max_open_trades").asInt()).isEqualTo(-1);

        assertThat(fx.load("EmptyRoi").strategy().minimalRoi()).isEmpty();
    }

    @Test
    void theParameterFileOverridesTheClassButNotTheConfig() {
        StrategyFixture fx = new StrategyFixture(dir);
        fx.strategyFile("Tuned.java", StrategyFixture.source("Tuned", """
                    final IntParameter buyRsi = new IntParameter(10, 40, 30);
                    final IntParameter buyLevel = new IntParameter(1, 9, 5);
                    final DecimalParameter sellGap = new DecimalParameter(0.01, 0.1, 0.05, 2).load(false);
                    final CategoricalParameter<String> sellMode = new CategoricalParameter<>(java.util.List.of("ema", "sma"));
                    public Tuned() {
                        timeframe = "5m";
                        stoploss = -0.1;
                        minimalRoi = Map.of(0, 0.04);
                        buyParams = Map.of("buy_rsi", 20, "buyLevel", 7);
                        sellParams = Map.of("sellMode", "sma");
                    }
                """));
        fx.strategyFile("Tuned.json", """
                {"strategy_name": "Tuned",
                 "params": {
                   "buy": {"buy_rsi": 35},
                   "sell": {"sellGap": 0.09},
                   "roi": {"0": 0.3, "20": 0.1},
                   "stoploss": {"stoploss": -0.15},
                   "trailing": {"trailing_stop": true, "trailing_stop_positive": 0.01,
                                "trailing_stop_positive_offset": 0.02, "trailing_only_offset_is_reached": true}
                 },
                 "ft_stratparam_v": 1}
                """);

        Strategy fromFile = fx.load("Tuned").strategy();
        assertThat(fromFile.stoploss()).isEqualTo(-0.15);
        assertThat(fromFile.minimalRoi()).containsExactly(entry(0, 0.3), entry(20, 0.1));
        assertThat(fromFile.trailingStop()).isTrue();
        assertThat(fromFile.trailingStopPositive()).hasValue(0.01);
        assertThat(fromFile.trailingOnlyOffsetIsReached()).isTrue();

        fromFile.ftBotStart();
        Map<String, Object> values = new java.util.HashMap<>();
        HyperParameters.detect(fromFile).forEach(d -> values.put(d.name(), d.parameter().rawValue()));
        assertThat(values).containsEntry("buyRsi", 35)       // file beats buyParams (snake_case name)
                .containsEntry("buyLevel", 7)               // buyParams beat the default
                .containsEntry("sellGap", 0.05)             // load(false) keeps the default
                .containsEntry("sellMode", "sma");

        Strategy configWins = fx.load("Tuned", "{\"stoploss\": -0.3}").strategy();
        assertThat(configWins.stoploss()).isEqualTo(-0.3);
        assertThat(configWins.minimalRoi()).containsKey(20);
    }

    @Test
    void aParameterFileOfAnotherStrategyIsRefused() {
        StrategyFixture fx = new StrategyFixture(dir);
        fx.strategyFile("Tuned.java", StrategyFixture.source("Tuned", "    public Tuned() { timeframe = \"5m\"; stoploss = -0.1; }"));
        fx.strategyFile("Tuned.json", "{\"strategy_name\": \"Other\", \"params\": {}}");

        assertThatThrownBy(() -> fx.load("Tuned"))
                .isInstanceOf(StrategyLoadException.class)
                .hasMessageContaining("Invalid parameter file provided")
                .hasMessageContaining("expected \"Tuned\"");
    }

    @Test
    void aUserFileShadowsTheBuiltInOfTheSameNameAndBuiltInsLoadWithoutAnyFile() {
        StrategyFixture fx = new StrategyFixture(dir);
        Strategy builtin = fx.load("SampleStrategy").strategy();
        assertThat(builtin).isExactlyInstanceOf(SampleStrategy.class);
        assertThat(builtin.parameterFile()).contains(fx.strategies.resolve("SampleStrategy.json"));
        assertThat(builtin.timeframe()).isEqualTo("5m");
        assertThat(builtin.startupCandleCount()).isEqualTo(200);

        fx.strategyFile(StrategyTemplates.SAMPLE_FILE, StrategyTemplates.sampleStrategy());
        Strategy deployed = fx.load("SampleStrategy").strategy();
        assertThat(deployed.getClass()).isNotEqualTo(SampleStrategy.class);
        assertThat(deployed.getClass().getName()).isEqualTo("SampleStrategy");
        assertThat(deployed.stoploss()).isEqualTo(-0.10);
    }

    @Test
    void strategyPathIsSearchedFirstAndSubFoldersOnlyWhenRecursive() {
        StrategyFixture fx = new StrategyFixture(dir);
        fx.strategyFile("Twin.java", StrategyFixture.source("Twin", "    public Twin() { timeframe = \"5m\"; stoploss = -0.1; }"));
        StrategyFixture.write(dir.resolve("extra/Twin.java"),
                StrategyFixture.source("Twin", "    public Twin() { timeframe = \"1h\"; stoploss = -0.1; }"));
        fx.strategyFile("deep/Hidden.java", StrategyFixture.source("Hidden", "    public Hidden() { timeframe = \"5m\"; stoploss = -0.1; }"));

        assertThat(fx.load("Twin").strategy().timeframe()).isEqualTo("5m");
        assertThat(fx.load("Twin", "{\"strategy_path\": \"extra\"}").strategy().timeframe()).isEqualTo("1h");
        assertThatThrownBy(() -> fx.load("Hidden")).isInstanceOf(StrategyLoadException.class);
        assertThat(fx.load("Hidden", "{\"recursive_strategy_search\": true}").strategy().name()).isEqualTo("Hidden");
    }

    @Test
    void sanityChecksRefuseIncompleteOrderTypesAndShortsInSpot() {
        StrategyFixture fx = new StrategyFixture(dir);
        fx.strategyFile("Partial.java", StrategyFixture.source("Partial", """
                    public Partial() { timeframe = "5m"; stoploss = -0.1; orderTypes = Map.of("entry", "limit", "exit", "limit"); }
                """));
        fx.strategyFile("Shorty.java", StrategyFixture.source("Shorty",
                "    public Shorty() { timeframe = \"5m\"; stoploss = -0.1; canShort = true; }"));

        assertThatThrownBy(() -> fx.load("Partial")).hasMessageContaining("Order-types mapping is incomplete");
        assertThatThrownBy(() -> fx.load("Shorty")).hasMessageContaining("Short strategies cannot run in spot markets");
    }

    @Test
    void theMergedConfigIsValidatedAsComplete() {
        StrategyFixture fx = new StrategyFixture(dir);
        fx.strategyFile("NoStop.java", StrategyFixture.source("NoStop", "    public NoStop() { timeframe = \"5m\"; }"));
        fx.strategyFile("BadStop.java", StrategyFixture.source("BadStop",
                "    public BadStop() { timeframe = \"5m\"; stoploss = 0.1; }"));

        assertThatThrownBy(() -> fx.load("NoStop")).isInstanceOf(ConfigException.class).hasMessageContaining("stoploss");
        assertThatThrownBy(() -> fx.load("BadStop")).isInstanceOf(ConfigException.class).hasMessageContaining("stoploss");
    }

    @Test
    void noStrategySetIsAClearError() {
        StrategyFixture fx = new StrategyFixture(dir);
        LoadedConfig loaded = fx.config(null);
        assertThatThrownBy(() -> new StrategyResolver(dir).load(loaded.config(), loaded.runMode()))
                .hasMessage("No strategy set. Please use `--strategy` to specify the strategy class to use.");
    }
}
