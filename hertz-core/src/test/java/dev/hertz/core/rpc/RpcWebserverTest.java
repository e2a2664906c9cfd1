package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hertz.core.config.ConfigArgs;
import dev.hertz.core.config.Configuration;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.logging.LogRing;
import dev.hertz.core.testing.ManualClock;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The facade without a bot ({@code hertz webserver}): a configuration loaded from a file as the
 * app loads it, the strategies of {@link RpcStrategiesTest} in its user data directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RpcWebserverTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    Rpc rpc;
    LogRing logs = new LogRing();

    @BeforeAll
    void setUp() throws IOException {
        Path userData = RpcStrategiesTest.userData(dir);
        Path file = Files.writeString(dir.resolve("config.json"), """
                {"dry_run": true, "stake_currency": "USDT", "stake_amount": "unlimited", "max_open_trades": 2,
                 "bot_name": "web", "strategy": "Plotted",
                 "exchange": {"name": "sim", "pair_whitelist": ["BTC/USDT"]},
                 "entry_pricing": {"price_side": "same"}, "exit_pricing": {"price_side": "same"},
                 "api_server": {"enabled": true, "listen_ip_address": "127.0.0.1", "listen_port": 8080,
                                "username": "u", "password": "p", "jwt_secret_key": "s"}}
                """);
        ConfigArgs args = ConfigArgs.builder().config(file.toString()).userDir(userData.toString())
                .runMode(RunMode.WEBSERVER).build();
        LoadedConfig config = new Configuration(args, Map.of(), InputStream.nullInputStream(), dir).load();
        rpc = Rpc.webserver(config, logs, new ManualClock(RpcBot.NOW), dir);
    }

    @Test
    void showConfigFromTheLoadedConfiguration() {
        assertThat(rpc.isWebserver()).isTrue();
        ShowConfig c = rpc.showConfig(2.5);
        assertThat(c.state()).isEmpty();
        assertThat(c.runmode()).isEqualTo("webserver");
        assertThat(c.strategyVersion()).isNull();
        assertThat(c.orderTypes()).isNull();
        assertThat(c.apiVersion()).isEqualTo(2.5);
        assertThat(c.marginMode()).isEmpty();
        assertThat(c.strategy()).isEqualTo("Plotted");
        assertThat(c.botName()).isEqualTo("web");
        assertThat(c.stakeAmount()).isEqualTo("unlimited");
        assertThat(c.maxOpenTrades()).isEqualTo(2);
        assertThat(c.exchange()).isEqualTo("sim");
        assertThat(c.timeframe()).isNull();
        assertThat(c.timeframeMs()).isZero();
        JsonNode json = JSON.valueToTree(c);
        assertThat(json.get("api_version").asDouble()).isEqualTo(2.5);
        assertThat(json.get("margin_mode").asText()).isEmpty();
        assertThat(json.get("state").asText()).isEmpty();
        assertThat(rpc.showConfig().apiVersion()).isNull();
    }

    @Test
    void strategiesAnyStrategyAndNamedPlotConfigs() {
        assertThat(rpc.strategies().strategies()).containsExactly("DemoStrategy", "Plain", "Plotted", "SampleStrategy");
        StrategyInfo plotted = rpc.strategy("Plotted");
        assertThat(plotted.timeframe()).isEqualTo("5m");
        assertThat(plotted.code()).isEqualTo(RpcStrategiesTest.PLOTTED);
        // the parameter file's buy_level, not the default 20
        assertThat(plotted.params().get(0).value()).isEqualTo(12);
        assertThat(rpc.strategy("SampleStrategy").code()).contains("class SampleStrategy");
        assertThatThrownBy(() -> rpc.strategy("Nope")).isInstanceOfSatisfying(RpcException.class,
                e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> rpc.strategy("Broken")).isInstanceOfSatisfying(RpcException.class,
                e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.LOAD_FAILED));

        assertThat(rpc.plotConfig("Plotted").get("main_plot").has("sma")).isTrue();
        assertThat(rpc.plotConfig("DemoStrategy").get("subplots").has("RSI")).isTrue();
        assertThatThrownBy(() -> rpc.plotConfig()).isInstanceOf(RpcException.class)
                .hasMessage("Strategy is mandatory in webserver mode.");
        assertThatThrownBy(() -> rpc.plotConfig("")).hasMessage("Strategy is mandatory in webserver mode.");
    }

    @Test
    void resourcesWithoutABot() {
        Markets markets = rpc.markets(null, "USDT");
        assertThat(markets.exchangeId()).isEqualTo("sim");
        assertThat(markets.markets()).containsKey("BTC/USDT").hasSize(12);
        assertThat(rpc.exchanges().exchanges()).extracting(ExchangeList.Entry::name).containsExactly("sim");
        assertThat(rpc.version().version()).isNotBlank();
        assertThat(rpc.logs(null).logCount()).isZero();
        assertThat(rpc.sysinfo().cpuPct()).isNotEmpty();
    }

    @Test
    void tradeOperationsAreRefused() {
        List<ThrowingCallable> tradeOnly = List.of(rpc::health, rpc::balance, rpc::count, rpc::locks,
                rpc::whitelist, () -> rpc.blacklist(null), rpc::start, rpc::stop, rpc::stopEntry,
                rpc::reloadConfig, () -> rpc.tradeStatus(null), () -> rpc.tradeStatistics(null), rpc::profitAll,
                rpc::stats, rpc::performance, rpc::historicBalance, () -> rpc.tradeHistory(10, 0, true),
                () -> rpc.pairCandles("BTC/USDT", "5m", null, null), () -> rpc.listCustomData(1, null),
                () -> rpc.tradeActions().forceExit("1", null, null), () -> rpc.tradeActions().delete(1),
                () -> rpc.tradeActions().reloadTrade(1));
        for (ThrowingCallable call : tradeOnly) {
            assertThatThrownBy(call).isInstanceOfSatisfying(RpcException.class, e -> {
                assertThat(e.getMessage()).isEqualTo(Rpc.BOT_NOT_READY);
                assertThat(e.kind()).isEqualTo(RpcException.Kind.STATE);
            });
        }
    }
}
