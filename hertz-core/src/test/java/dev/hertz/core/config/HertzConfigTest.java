package dev.hertz.core.config;

import dev.hertz.core.exchange.OrderType;
import static dev.hertz.core.config.TestConfigs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.ConfigValidator.Stage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HertzConfigTest {

    private static HertzConfig fullExample() throws Exception {
        ObjectNode config = (ObjectNode) JsonTrees.MAPPER.readTree(TestConfigs.fullExampleConfig().toFile());
        return HertzConfig.from(new ConfigValidator().validate(config, RunMode.DRY_RUN, Stage.AFTER_STRATEGY).config());
    }

    @Test
    void readsFreqtradesFullExample() throws Exception {
        HertzConfig c = fullExample();

        assertThat(c.dryRun()).isTrue();
        assertThat(c.stakeCurrency()).isEqualTo("BTC");
        assertThat(c.stakeAmount()).contains(StakeAmount.fixed(0.05));
        assertThat(c.maxOpenTrades()).isEqualTo(new MaxOpenTrades(3));
        assertThat(c.maxOpenTrades().isUnlimited()).isFalse();
        assertThat(c.availableCapital()).hasValue(1000);
        assertThat(c.dryRunWallet()).containsExactly(Map.entry("BTC", 1000.0));
        assertThat(c.timeframe()).contains("5m");
        assertThat(c.minimalRoi()).containsExactly(Map.entry(0, 0.04), Map.entry(20, 0.02), Map.entry(30, 0.01), Map.entry(40, 0.0));
        assertThat(c.stoploss()).hasValue(-0.10);
        assertThat(c.trailing()).isEqualTo(new TrailingStop(false, java.util.OptionalDouble.of(0.005), 0.0051, false));
        assertThat(c.tradingMode()).isEqualTo(TradingMode.SPOT);
        assertThat(c.marginMode()).isEqualTo(MarginMode.NONE);
        assertThat(c.orderTypes()).hasValueSatisfying(o -> {
            assertThat(o.entry()).isEqualTo(OrderType.LIMIT);
            assertThat(o.stoploss()).isEqualTo(OrderType.MARKET);
            assertThat(o.forceEntry()).isEqualTo(OrderType.MARKET);
            assertThat(o.stoplossPriceType()).contains("last");
            assertThat(o.stoplossOnExchangeLimitRatio()).isEqualTo(0.99);
        });
        assertThat(c.orderTimeInForce()).contains(new OrderTimeInForce("GTC", "GTC"));
        assertThat(c.unfilledTimeout()).hasValueSatisfying(u -> {
            assertThat(u.unit()).isEqualTo(ChronoUnit.MINUTES);
            assertThat(u.entryTimeout()).contains(Duration.ofMinutes(10));
        });
        assertThat(c.entryPricing()).isEqualTo(new PricingConfig(PriceSide.SAME, true, 1, 0.0, false, 1));
        assertThat(c.exchange().name()).isEqualTo("binance");
        assertThat(c.exchange().pairWhitelist()).hasSize(15).startsWith("ALGO/BTC");
        assertThat(c.exchange().pairBlacklist()).containsExactly("DOGE/BTC");
        assertThat(c.exchange().marketsRefreshInterval()).isEqualTo(60);
        assertThat(c.pairlists()).extracting(PairlistConfig::method).startsWith("StaticPairList", "FullTradesFilter", "VolumePairList");
        assertThat(c.pairlists().get(2).params().get("number_assets").asInt()).isEqualTo(20);
        assertThat(c.pairlists().get(2).params().has("method")).isFalse();
        assertThat(c.dbUrl()).contains("sqlite:///tradesv3.sqlite");
        assertThat(c.strategy()).contains("SampleStrategy");
        assertThat(c.initialState()).isEqualTo(InitialState.RUNNING);
        assertThat(c.internals()).isEqualTo(new InternalsConfig(5, 60, false));
        assertThat(c.botName()).isEqualTo("freqtrade");
        assertThat(c.apiServer().listenPort()).isEqualTo(8080);
        assertThat(c.apiServer().wsTokens()).containsExactly("secret_ws_t0ken.");
        assertThat(c.telegram().chatId()).isEqualTo("your_telegram_chat_id");
        assertThat(c.telegram().balanceDustLevel()).hasValue(0.01);
        assertThat(c.telegram().notificationSettings().setting("exit", "roi")).isEqualTo("off");
        assertThat(c.telegram().notificationSettings().setting("exit", "partial_exit")).isEqualTo("on");
        assertThat(c.telegram().notificationSettings().setting("entry_fill", null)).isEqualTo("on");
        assertThat(c.telegram().notificationSettings().setting("protection_trigger", null)).isEqualTo("off");
    }

    @Test
    void absentKeysGetFreqtradesCodeDefaults() {
        HertzConfig c = HertzConfig.from(json("{\"stake_currency\": \"USDT\"}"));

        assertThat(c.dryRun()).isTrue();
        assertThat(c.stakeAmount()).isEmpty();
        assertThat(c.maxOpenTrades().isUnlimited()).isTrue();
        assertThat(c.tradableBalanceRatio()).isEqualTo(0.99);
        assertThat(c.amountReservePercent()).isEqualTo(0.05);
        assertThat(c.dryRunWallet()).containsExactly(Map.entry("USDT", 1000.0));
        assertThat(c.minimalRoi()).isEmpty();
        assertThat(c.stoploss()).isEmpty();
        assertThat(c.useExitSignal()).isTrue();
        assertThat(c.orderTypes()).isEmpty();
        assertThat(c.entryPricing().priceSide()).isEqualTo(PriceSide.SAME);
        assertThat(c.entryPricing().useOrderBook()).as("freqtrade's code default").isFalse();
        assertThat(c.initialState()).isEqualTo(InitialState.STOPPED);
        assertThat(c.internals()).isEqualTo(new InternalsConfig(5, 60, false));
        assertThat(c.botName()).isEqualTo("freqtrade");
        assertThat(c.maxEntryPositionAdjustment()).isEqualTo(-1);
        assertThat(c.apiServer().enabled()).isFalse();
        assertThat(c.apiServer().jwtSecretKey()).isEqualTo(ApiServerConfig.DEFAULT_JWT_SECRET);
        assertThat(c.telegram().enabled()).isFalse();
        assertThat(c.telegram().apiUrl()).isEqualTo("https://api.telegram.org/bot");
        assertThat(c.telegram().notificationSettings().setting("entry_fill", null)).isEqualTo("off");
        assertThat(c.exchange().outdatedOffset()).isEqualTo(5);
        assertThat(c.exchange().sim().isEmpty()).isTrue();
        assertThat(c.userDataDir()).isEmpty();
    }

    @Test
    void unlimitedStakeWalletPerCurrencyAndPaths() {
        HertzConfig c = HertzConfig.from(json("""
                {"stake_amount": "unlimited", "dry_run_wallet": {"USDT": 500, "BTC": 0.01},
                 "user_data_dir": "/srv/user_data", "trading_mode": "futures", "margin_mode": "isolated",
                 "exchange": {"name": "binance", "sim": {"latency_ms": 5}, "ccxt_config": {"options": {"a": [1, 2]}}}}
                """));

        assertThat(c.stakeAmount()).hasValueSatisfying(s -> assertThat(s.isUnlimited()).isTrue());
        assertThat(c.dryRunWallet()).containsExactly(Map.entry("USDT", 500.0), Map.entry("BTC", 0.01));
        assertThat(c.userDataDir()).contains(Path.of("/srv/user_data"));
        assertThat(c.tradingMode()).isEqualTo(TradingMode.FUTURES);
        assertThat(c.marginMode()).isEqualTo(MarginMode.ISOLATED);
        assertThat(c.exchange().sim().get("latency_ms").asInt()).isEqualTo(5);
        assertThat(c.exchange().ccxtConfig()).containsKey("options");
        assertThat(c.exchange().ccxtConfig().get("options")).isEqualTo(Map.of("a", java.util.List.of(1, 2)));
    }

    @Test
    void rawIsADeepCopy() {
        HertzConfig c = HertzConfig.from(json("{\"exchange\": {\"name\": \"binance\"}}"));

        ObjectNode copy = c.raw();
        ((ObjectNode) copy.get("exchange")).put("name", "changed");

        assertThat(c.raw().at("/exchange/name").asText()).isEqualTo("binance");
        assertThat(c.exchange().name()).isEqualTo("binance");
    }

    @Test
    void wrongTypeInTheTreeNamesTheKey() {
        assertThatThrownBy(() -> HertzConfig.from(json("{\"exchange\": {\"outdated_offset\": \"5\"}}")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("exchange.outdated_offset: \"5\" is not an integer");
    }

    @Test
    void toStringNeverShowsSecrets() {
        HertzConfig c = HertzConfig.from(json("""
                {"exchange": {"name": "binance", "key": "KEY123", "secret": "SECRET456"},
                 "telegram": {"token": "TOKEN789", "chat_id": "42"}, "api_server": {"password": "PW000"}}
                """));

        assertThat(c.toString()).doesNotContain("KEY123", "SECRET456", "TOKEN789", "PW000").contains("binance");
        assertThat(c.exchange().toString()).doesNotContain("KEY123", "SECRET456");
        assertThat(c.telegram().toString()).doesNotContain("TOKEN789");
        assertThat(c.apiServer().toString()).doesNotContain("PW000");
    }

    @Test
    void telegramApiUrlPointsAtAnotherBotApiServer() {
        HertzConfig c = HertzConfig.from(json("""
                {"telegram": {"enabled": true, "token": "T", "chat_id": "42", "api_url": "http://127.0.0.1:8081/bot"}}
                """));

        assertThat(c.telegram().apiUrl()).isEqualTo("http://127.0.0.1:8081/bot");
    }
}
