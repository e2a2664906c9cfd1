package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code /strategies}, {@code /strategy/{name}} and {@code /plot_config} on a trading bot whose
 * user data directory holds a strategy with every kind of parameter, one without a plot config
 * and one that does not compile. One bot serves every test (none changes it): compiling the
 * strategies is the slow part.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RpcStrategiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PLOTTED = """
            import dev.hertz.core.strategy.*;
            import java.util.List;
            import java.util.Map;

            public class Plotted extends Strategy {
                final IntParameter buyLevel = new IntParameter(5, 50, 20);
                final DecimalParameter sellRatio = new DecimalParameter(0.1, 0.9, 0.5, 2);
                final RealParameter sellReal = new RealParameter(1.0, 2.0, 1.5).optimize(false);
                final CategoricalParameter<String> buyMode = new CategoricalParameter<>(List.of("a", "b"), "b");
                final BooleanParameter useGuard = new BooleanParameter(true).space("protection");

                public Plotted() { timeframe = "5m"; stoploss = -0.1; }

                @Override
                public Map<String, Object> plotConfig() {
                    return Map.of("main_plot", Map.of("sma", Map.of("color", "red")));
                }

                public Frame populateIndicators(Frame df, Metadata metadata) { return df; }
                public Frame populateEntryTrend(Frame df, Metadata metadata) { return df; }
                public Frame populateExitTrend(Frame df, Metadata metadata) { return df; }
            }
            """;
    static final String PLAIN = """
            import dev.hertz.core.strategy.*;

            public class Plain extends Strategy {
                public Plain() { timeframe = "1h"; stoploss = -0.2; }
                public Frame populateIndicators(Frame df, Metadata metadata) { return df; }
                public Frame populateEntryTrend(Frame df, Metadata metadata) { return df; }
                public Frame populateExitTrend(Frame df, Metadata metadata) { return df; }
            }
            """;
    static final String BROKEN = """
            import dev.hertz.core.strategy.*;

            public class Broken extends Strategy {
                public Broken() { int wrong = "text"; }
            }
            """;

    @TempDir
    static Path dir;
    RpcBot fx;

    /** Writes the three strategy files and Plotted's parameter file into {@code <dir>/user_data/strategies}. */
    static Path userData(Path dir) throws IOException {
        Path strategies = Files.createDirectories(dir.resolve("user_data/strategies"));
        Files.writeString(strategies.resolve("Plotted.java"), PLOTTED);
        Files.writeString(strategies.resolve("Plotted.json"), """
                {"strategy_name": "Plotted", "params": {"buy": {"buy_level": 12}}}
                """);
        Files.writeString(strategies.resolve("Plain.java"), PLAIN);
        Files.writeString(strategies.resolve("Broken.java"), BROKEN);
        return dir.resolve("user_data");
    }

    @BeforeAll
    void setUp() throws IOException {
        Path userData = userData(dir);
        fx = new RpcBot(dir, "{\"user_data_dir\": " + JSON.writeValueAsString(userData.toString()) + "}");
    }

    @AfterAll
    void tearDown() {
        fx.close();
    }

    @Test
    void strategiesListsEveryStrategyThatLoadsSorted() {
        assertThat(fx.rpc.strategies().strategies())
                .containsExactly("DemoStrategy", "Plain", "Plotted", "SampleStrategy");
    }

    @Test
    void plotConfigOfTheRunningStrategy() {
        ObjectNode config = fx.rpc.plotConfig();
        assertThat(config.get("main_plot").get("ema_fast").get("color").asText()).isEqualTo("orange");
        assertThat(config.get("subplots").get("RSI").has("rsi")).isTrue();
        assertThat(fx.rpc.plotConfig(null)).isEqualTo(config);
        assertThat(fx.rpc.plotConfig("")).isEqualTo(config);
    }

    @Test
    void plotConfigOfANamedStrategy() {
        ObjectNode plotted = fx.rpc.plotConfig("Plotted");
        assertThat(plotted.get("main_plot").get("sma").get("color").asText()).isEqualTo("red");
        assertThat(plotted.get("subplots").isObject()).isTrue();
        assertThat(plotted.get("subplots").isEmpty()).isTrue();
        assertThat(fx.rpc.plotConfig("Plain").isEmpty()).isTrue();
        assertThat(fx.rpc.plotConfig("SampleStrategy").get("subplots").has("MACD")).isTrue();
    }

    @Test
    void plotConfigOfAStrategyThatCannotBeLoaded() {
        assertThatThrownBy(() -> fx.rpc.plotConfig("NoSuchStrategy"))
                .isInstanceOfSatisfying(RpcException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RpcException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).contains("Impossible to load Strategy 'NoSuchStrategy'");
                });
        assertThatThrownBy(() -> fx.rpc.plotConfig("Broken"))
                .isInstanceOfSatisfying(RpcException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RpcException.Kind.LOAD_FAILED);
                    assertThat(e.getMessage()).contains("does not compile");
                });
        assertThatThrownBy(() -> fx.rpc.plotConfig("Plotted:abc"))
                .isInstanceOfSatisfying(RpcException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RpcException.Kind.INPUT);
                    assertThat(e.getMessage()).isEqualTo("base64 encoded strategies are not allowed.");
                });
    }

    @Test
    void tradeModeShowsOnlyTheRunningStrategy() {
        StrategyInfo info = fx.rpc.strategy("DemoStrategy");
        assertThat(info.strategy()).isEqualTo("DemoStrategy");
        assertThat(info.timeframe()).isEqualTo("1m");
        assertThat(info.code()).startsWith("// DemoStrategy is built into Hertz");
        assertThat(info.params()).extracting(StrategyInfo.Parameter::name).containsExactly("buyRsi", "sellRsi");
        StrategyInfo.Parameter buy = info.params().get(0);
        assertThat(buy.paramType()).isEqualTo("IntParameter");
        assertThat(buy.space()).isEqualTo("buy");
        assertThat(buy.value()).isEqualTo(35);
        assertThat(buy.low()).isEqualTo(20);
        assertThat(buy.high()).isEqualTo(45);
        assertThat(buy.load()).isTrue();
        assertThat(buy.optimize()).isTrue();
        JsonNode json = JSON.valueToTree(buy);
        assertThat(json.has("decimals")).isFalse();
        assertThat(json.has("opt_range")).isFalse();
        assertThat(json.get("param_type").asText()).isEqualTo("IntParameter");

        assertThatThrownBy(() -> fx.rpc.strategy("Plotted"))
                .isInstanceOfSatisfying(RpcException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RpcException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo(Rpc.ONLY_ACTIVE_STRATEGY);
                });
    }

    @Test
    void strategyJsonOfAUserStrategyHasItsSourceAndEveryParameterKind() {
        StrategyInfo info = StrategyJson.info(fxLoad("Plotted"));
        assertThat(info.code()).isEqualTo(PLOTTED);
        assertThat(info.timeframe()).isEqualTo("5m");
        assertThat(info.params()).extracting(StrategyInfo.Parameter::name)
                .containsExactly("buyLevel", "buyMode", "sellRatio", "sellReal", "useGuard");
        List<JsonNode> json = info.params().stream().map(p -> (JsonNode) JSON.valueToTree(p)).toList();
        assertThat(json.get(0).toString()).isEqualTo("{\"param_type\":\"IntParameter\",\"name\":\"buyLevel\","
                + "\"space\":\"buy\",\"load\":true,\"optimize\":true,\"value\":12,\"low\":5,\"high\":50}");
        assertThat(json.get(1).toString()).isEqualTo("{\"param_type\":\"CategoricalParameter\",\"name\":\"buyMode\","
                + "\"space\":\"buy\",\"load\":true,\"optimize\":true,\"value\":\"b\",\"opt_range\":[\"a\",\"b\"]}");
        assertThat(json.get(2).toString()).isEqualTo("{\"param_type\":\"DecimalParameter\",\"name\":\"sellRatio\","
                + "\"space\":\"sell\",\"load\":true,\"optimize\":true,\"value\":0.5,\"low\":0.1,\"high\":0.9,"
                + "\"decimals\":2}");
        assertThat(json.get(3).get("optimize").asBoolean()).isFalse();
        assertThat(json.get(3).get("value").asDouble()).isEqualTo(1.5);
        assertThat(json.get(4).toString()).isEqualTo("{\"param_type\":\"BooleanParameter\",\"name\":\"useGuard\","
                + "\"space\":\"protection\",\"load\":true,\"optimize\":true,\"value\":true,\"opt_range\":[true,false]}");

        assertThat(StrategyJson.info(fxLoad("SampleStrategy")).code()).contains("class SampleStrategy");
    }

    private dev.hertz.core.strategy.Strategy fxLoad(String name) {
        ObjectNode config = fx.bot.context().config().raw();
        // the bot's config carries its own strategy's timeframe, which would win over Plotted's
        config.remove("timeframe");
        config.put("strategy", name);
        var strategy = new dev.hertz.core.strategy.StrategyResolver(dir)
                .load(config, dev.hertz.core.config.RunMode.OTHER).strategy();
        strategy.ftLoadHyperParams();
        return strategy;
    }
}
