package dev.hertz.core.config;

import static dev.hertz.core.config.TestConfigs.json;
import static dev.hertz.core.config.TestConfigs.minimalTradeConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.ConfigValidator.Stage;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ConfigValidatorTest {

    private final ConfigValidator validator = new ConfigValidator();

    private ObjectNode trade(String overrides) {
        return JsonTrees.mergeInto(json(minimalTradeConfig()), json(overrides));
    }

    private ObjectNode valid(ObjectNode config) {
        return validator.validate(config, RunMode.DRY_RUN, Stage.AFTER_STRATEGY).config();
    }

    private ConfigException invalid(ObjectNode config) {
        return catchThrowableOfType(ConfigException.class,
                () -> validator.validate(config, RunMode.DRY_RUN, Stage.AFTER_STRATEGY));
    }

    @Test
    void minimalTradeConfigNeedsStopLossAndRoiOnlyAfterStrategy() {
        ObjectNode config = json(minimalTradeConfig());

        validator.validate(config, RunMode.DRY_RUN, Stage.BEFORE_STRATEGY);
        assertThat(invalid(config).errors()).containsExactly(
                "minimal_roi: required key is missing",
                "stoploss: required key is missing");
    }

    @Test
    void wrongTypesAreReportedWithPathValueAndWhatIsAllowed() {
        ConfigException error = invalid(trade("""
                {"stoploss": -0.1, "minimal_roi": {"0": 0.1},
                 "stake_amount": "lots", "max_open_trades": -5, "trading_mode": "spot2",
                 "tradable_balance_ratio": 2, "dry_run": "yes",
                 "exchange": {"pair_whitelist": ["A/B", 5]},
                 "api_server": {"enabled": true, "listen_ip_address": "127.0.0.1", "listen_port": 80,
                                "username": "u", "password": "p", "ws_token": 5}}
                """));

        assertThat(error.errors()).containsExactly(
                "api_server.listen_port: 80 is less than the minimum 1024",
                "api_server.ws_token: 5 is not a string or a list",
                "dry_run: \"yes\" is not a boolean (true or false)",
                "exchange.pair_whitelist[1]: 5 is not a string",
                "max_open_trades: -5 is less than the minimum -1",
                "stake_amount: \"lots\" is not a number or \"unlimited\"",
                "tradable_balance_ratio: 2 is greater than the maximum 1",
                "trading_mode: \"spot2\" is not one of [\"spot\",\"margin\",\"futures\"]");
        assertThat(error.getMessage()).startsWith("Invalid configuration (8 problems):\n  - api_server.listen_port");
    }

    @Test
    void numberInTheRightAlternativeGetsThatAlternativesComplaint() {
        assertThat(invalid(trade("{\"stoploss\": -0.1, \"minimal_roi\": {}, \"stake_amount\": 0.00001}")).errors())
                .containsExactly("stake_amount: 0.00001 is less than the minimum 0.0001");
    }

    @Test
    void missingRequiredNestedKey() {
        ObjectNode config = trade("{\"stoploss\": -0.1, \"minimal_roi\": {}}");
        ((ObjectNode) config.get("exchange")).remove("name");

        assertThat(invalid(config).errors()).containsExactly("exchange.name: required key is missing");
    }

    @Test
    void stoplossOfZeroAndBadRoiKeysAreRejected() {
        assertThat(invalid(trade("{\"stoploss\": 0, \"minimal_roi\": {\"abc\": 0.1, \"10.5\": 0.2}}")).errors())
                .containsExactly(
                        "minimal_roi.abc: key is not allowed here (keys must match ^[0-9.]+$)",
                        "stoploss: 0 must be less than 0",
                        "minimal_roi.10.5: \"10.5\" is not a whole number of minutes");
    }

    @Test
    void schemaDefaultsAreInsertedOnlyInsideObjectsThatExist() {
        ObjectNode checked = valid(trade("{\"stoploss\": -0.1, \"minimal_roi\": {}}"));

        assertThat(checked.get("tradable_balance_ratio").asDouble()).isEqualTo(0.99);
        assertThat(checked.get("last_stake_amount_min_ratio").asDouble()).isEqualTo(0.5);
        assertThat(checked.get("dry_run_wallet").asInt()).isEqualTo(1000);
        assertThat(checked.get("dataformat_ohlcv").asText()).isEqualTo("feather");
        assertThat(checked.get("dataformat_trades").asText()).isEqualTo("feather");
        assertThat(checked.get("internals").isObject()).isTrue();
        assertThat(checked.at("/exchange/enable_ws").asBoolean()).isTrue();
        assertThat(checked.at("/exchange/password").asText()).isEmpty();
        assertThat(checked.has("unfilledtimeout")).isFalse();
        assertThat(checked.has("telegram")).isFalse();

        ObjectNode withSections = valid(trade("""
                {"stoploss": -0.1, "minimal_roi": {}, "unfilledtimeout": {"entry": 10},
                 "telegram": {"enabled": false, "token": "t", "chat_id": "1"}}
                """));
        assertThat(withSections.at("/unfilledtimeout/unit").asText()).isEqualTo("minutes");
        assertThat(withSections.at("/unfilledtimeout/exit_timeout_count").asInt()).isZero();
        assertThat(withSections.at("/telegram/allow_custom_messages").asBoolean()).isTrue();
        assertThat(withSections.at("/telegram/notification_settings/entry_fill").asText()).isEqualTo("off");
        assertThat(withSections.at("/telegram/notification_settings/exit_fill").asText()).isEqualTo("on");
    }

    @Test
    void inputIsNotModified() {
        ObjectNode config = trade("{\"stoploss\": -0.1, \"minimal_roi\": {}, \"use_sell_signal\": false}");
        String before = config.toString();

        valid(config);

        assertThat(config.toString()).isEqualTo(before);
    }

    @Test
    void unknownTopLevelKeyIsAWarningNotAnError() {
        Logger logger = (Logger) LoggerFactory.getLogger(ConfigValidator.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            ConfigValidator.Result result = validator.validate(
                    trade("{\"stoploss\": -0.1, \"minimal_roi\": {}, \"stake_amout\": 5}"), RunMode.DRY_RUN, Stage.AFTER_STRATEGY);

            assertThat(result.warnings()).containsExactly("Unknown configuration key `stake_amout` is ignored.");
            assertThat(result.config().get("stake_amout").asInt()).isEqualTo(5);
            assertThat(appender.list).anySatisfy(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.WARN);
                assertThat(event.getFormattedMessage()).contains("stake_amout");
            });
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void deprecatedNamesAreMigratedInSpot() {
        ObjectNode config = trade("""
                {"stoploss": -0.1, "minimal_roi": {},
                 "use_sell_signal": false, "sell_profit_only": true, "ignore_roi_if_buy_signal": true,
                 "order_types": {"buy": "limit", "sell": "limit", "stoploss": "market", "stoploss_on_exchange": false,
                                 "forcesell": "market"},
                 "order_time_in_force": {"buy": "GTC", "sell": "IOC"},
                 "unfilledtimeout": {"buy": 10, "sell": 20},
                 "bid_strategy": {"price_side": "bid", "ask_last_balance": 0.5},
                 "ask_strategy": {"price_side": "ask"},
                 "forcebuy_enable": true}
                """);
        config.remove("entry_pricing");
        config.remove("exit_pricing");
        ConfigValidator.Result result = validator.validate(config, RunMode.DRY_RUN, Stage.AFTER_STRATEGY);
        ObjectNode c = result.config();

        assertThat(c.get("use_exit_signal").asBoolean()).isFalse();
        assertThat(c.get("exit_profit_only").asBoolean()).isTrue();
        assertThat(c.get("ignore_roi_if_entry_signal").asBoolean()).isTrue();
        assertThat(c.has("use_sell_signal")).isFalse();
        assertThat(c.at("/order_types/entry").asText()).isEqualTo("limit");
        assertThat(c.at("/order_types/force_exit").asText()).isEqualTo("market");
        assertThat(c.at("/order_time_in_force/exit").asText()).isEqualTo("IOC");
        assertThat(c.at("/unfilledtimeout/exit").asInt()).isEqualTo(20);
        assertThat(c.at("/entry_pricing/price_side").asText()).isEqualTo("bid");
        assertThat(c.at("/entry_pricing/price_last_balance").asDouble()).isEqualTo(0.5);
        assertThat(c.at("/exit_pricing/price_side").asText()).isEqualTo("ask");
        assertThat(c.has("bid_strategy")).isFalse();
        assertThat(c.get("force_entry_enable").asBoolean()).isTrue();
        assertThat(result.warnings()).anyMatch(w -> w.contains("`use_sell_signal` setting is deprecated"));
    }

    @Test
    void deprecatedNamesAreFatalInFutures() {
        ConfigException error = invalid(trade("""
                {"stoploss": -0.1, "minimal_roi": {}, "trading_mode": "futures", "margin_mode": "isolated",
                 "use_sell_signal": false,
                 "order_types": {"buy": "limit", "sell": "limit", "stoploss": "market", "stoploss_on_exchange": false},
                 "order_time_in_force": {"buy": "GTC", "sell": "GTC"},
                 "unfilledtimeout": {"buy": 10}}
                """));

        assertThat(error.errors()).anyMatch(e -> e.contains("Please migrate your order_types settings"));
        assertThat(error.errors()).anyMatch(e -> e.contains("Please migrate your time_in_force settings"));
        assertThat(error.errors()).anyMatch(e -> e.contains("Please migrate your unfilledtimeout settings"));
        assertThat(error.errors()).anyMatch(e -> e.startsWith("`use_sell_signal` is no longer supported in futures mode"));
    }

    @Test
    void conflictingOldAndNewNamesAreAnError() {
        assertThat(invalid(trade("{\"stoploss\": -0.1, \"minimal_roi\": {}, \"use_sell_signal\": true, \"use_exit_signal\": false}"))
                .errors()).singleElement().asString()
                .startsWith("Conflicting settings `use_exit_signal` and `use_sell_signal` (DEPRECATED) detected");
    }

    @Test
    void tickerIntervalAndTopLevelProtectionsAreFatal() {
        assertThat(invalid(trade("{\"stoploss\": -0.1, \"minimal_roi\": {}, \"ticker_interval\": \"5m\", \"protections\": []}"))
                .errors()).containsExactly(
                "DEPRECATED: 'ticker_interval' detected. Please use 'timeframe' instead of 'ticker_interval'.",
                "DEPRECATED: Setting 'protections' in the configuration is deprecated. Protections must be defined in the strategy.");
    }

    @Test
    void crossKeyRules() {
        assertThat(invalid(trade("{\"stoploss\": -0.1, \"minimal_roi\": {}, \"max_open_trades\": -1, \"stake_amount\": \"unlimited\"}"))
                .errors()).containsExactly("`max_open_trades` and `stake_amount` cannot both be unlimited.");
        assertThat(invalid(trade("""
                {"stoploss": -0.1, "minimal_roi": {},
                 "order_types": {"entry": "market", "exit": "market", "stoploss": "market", "stoploss_on_exchange": false}}
                """)).errors()).containsExactly(
                "Market entry orders require entry_pricing.price_side = \"other\".",
                "Market exit orders require exit_pricing.price_side = \"other\".");
        assertThat(invalid(trade("""
                {"stoploss": -0.1, "minimal_roi": {}, "trailing_stop": true,
                 "trailing_stop_positive": 0.02, "trailing_stop_positive_offset": 0.01}
                """)).errors()).containsExactly(
                "The config trailing_stop_positive_offset needs to be greater than trailing_stop_positive in your config.");
        assertThat(invalid(trade("""
                {"stoploss": -0.1, "minimal_roi": {}, "trailing_stop": true, "trailing_only_offset_is_reached": true}
                """)).errors()).containsExactly(
                "The config trailing_only_offset_is_reached needs trailing_stop_positive_offset to be more than 0 in your config.");
    }

    @Test
    void staticPairListNeedsAWhitelistWhenTrading() {
        ObjectNode config = trade("{\"stoploss\": -0.1, \"minimal_roi\": {}, \"pairlists\": [{\"method\": \"StaticPairList\"}]}");
        ((ObjectNode) config.get("exchange")).putArray("pair_whitelist");

        assertThat(invalid(config).errors()).containsExactly("StaticPairList requires pair_whitelist to be set.");
        validator.validate(config, RunMode.UTIL_EXCHANGE, Stage.AFTER_STRATEGY);
    }

    @Test
    void requiredKeysFollowTheRunMode() {
        assertThat(ConfigValidator.requiredKeys(RunMode.WEBSERVER, Stage.BEFORE_STRATEGY))
                .containsExactly("exchange", "dry_run", "dataformat_ohlcv", "dataformat_trades", "api_server");
        assertThat(ConfigValidator.requiredKeys(RunMode.BACKTEST, Stage.AFTER_STRATEGY))
                .contains("stoploss", "minimal_roi", "max_open_trades");
        assertThat(ConfigValidator.requiredKeys(RunMode.LIVE, Stage.BEFORE_STRATEGY))
                .contains("entry_pricing").doesNotContain("timeframe", "stoploss");
        assertThatThrownBy(() -> validator.validate(json("{\"exchange\": {\"name\": \"x\"}, \"dry_run\": true, \"pairlists\": []}"),
                RunMode.WEBSERVER, Stage.BEFORE_STRATEGY))
                .isInstanceOf(ConfigException.class)
                .hasMessage("api_server: required key is missing");
    }

    @Test
    void freqtradesFullExampleConfigValidatesCleanly() throws Exception {
        ObjectNode config = (ObjectNode) JsonTrees.MAPPER.readTree(TestConfigs.fullExampleConfig().toFile());

        for (RunMode mode : new RunMode[] {RunMode.DRY_RUN, RunMode.LIVE, RunMode.BACKTEST, RunMode.WEBSERVER}) {
            ConfigValidator.Result result = validator.validate(config, mode, Stage.AFTER_STRATEGY);
            assertThat(result.warnings()).as(mode.value()).isEmpty();
        }
    }
}
