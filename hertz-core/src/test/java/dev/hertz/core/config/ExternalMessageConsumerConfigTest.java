package dev.hertz.core.config;

import static dev.hertz.core.config.TestConfigs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.ConfigValidator.Stage;
import dev.hertz.core.config.ExternalMessageConsumerConfig.Producer;
import org.junit.jupiter.api.Test;

class ExternalMessageConsumerConfigTest {

    private static final String MINIMAL = """
            {"stake_currency": "USDT", "stake_amount": 10, "max_open_trades": 1, "dry_run": true,
             "timeframe": "5m", "stoploss": -0.1, "minimal_roi": {"0": 0.1},
             "entry_pricing": {}, "exit_pricing": {}, "exchange": {"name": "sim", "pair_whitelist": ["BTC/USDT"]},
             "external_message_consumer": %s}
            """;

    private static HertzConfig validated(String section) {
        ObjectNode config = json(MINIMAL.formatted(section));
        return HertzConfig.from(new ConfigValidator().validate(config, RunMode.DRY_RUN, Stage.AFTER_STRATEGY).config());
    }

    @Test
    void absentSectionIsDisabledWithFreqtradesDefaults() {
        ExternalMessageConsumerConfig c = HertzConfig.from(json("{}")).externalMessageConsumer();

        assertThat(c).isEqualTo(new ExternalMessageConsumerConfig(false, java.util.List.of(), 30, 10, 10, false, 1500, 8));
    }

    @Test
    void schemaDefaultsFillAProducerAndTheSection() {
        ExternalMessageConsumerConfig c = validated("""
                {"enabled": true, "producers": [{"name": "default", "host": "127.0.0.1", "ws_token": "tok"}]}
                """).externalMessageConsumer();

        assertThat(c.enabled()).isTrue();
        assertThat(c.producers()).containsExactly(new Producer("default", "127.0.0.1", 8080, false, "tok"));
        assertThat(c.waitTimeout()).isEqualTo(30);
        assertThat(c.pingTimeout()).isEqualTo(10);
        assertThat(c.sleepTime()).isEqualTo(10);
        assertThat(c.removeEntryExitSignals()).isFalse();
        assertThat(c.initialCandleLimit()).isEqualTo(1500);
        assertThat(c.messageSizeLimit()).isEqualTo(8);
    }

    @Test
    void readsEveryKey() {
        ExternalMessageConsumerConfig c = validated("""
                {"enabled": true,
                 "producers": [{"name": "a", "host": "10.0.0.1", "port": 9090, "secure": true, "ws_token": "x"},
                               {"name": "b", "host": "10.0.0.2", "ws_token": "y"}],
                 "wait_timeout": 5, "ping_timeout": 2, "sleep_time": 3, "remove_entry_exit_signals": true,
                 "initial_candle_limit": 200, "message_size_limit": 1}
                """).externalMessageConsumer();

        assertThat(c).isEqualTo(new ExternalMessageConsumerConfig(true, java.util.List.of(
                new Producer("a", "10.0.0.1", 9090, true, "x"), new Producer("b", "10.0.0.2", 8080, false, "y")),
                5, 2, 3, true, 200, 1));
    }

    @Test
    void schemaAndConsistencyRulesNameTheProblem() {
        assertThatThrownBy(() -> validated("{\"enabled\": true, \"producers\": [{\"name\": \"a\", \"host\": \"h\"}]}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("ws_token");
        assertThatThrownBy(() -> validated("{\"enabled\": true, \"producers\": []}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("You must specify at least 1 Producer to connect to.");
        assertThatThrownBy(() -> validated("""
                {"enabled": true, "producers": [{"name": "a", "host": "h", "ws_token": "t"},
                                                {"name": "a", "host": "g", "ws_token": "u"}]}
                """)).isInstanceOf(ConfigException.class).hasMessageContaining("Producer names must be unique. Duplicate: a");
        assertThatThrownBy(() -> validated("{\"producers\": [], \"message_size_limit\": 21}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("message_size_limit");
    }

    @Test
    void unvalidatedTreeWithAMissingKeyNamesItsPath() {
        assertThatThrownBy(() -> HertzConfig.from(json("""
                {"external_message_consumer": {"producers": [{"name": "a", "ws_token": "t"}]}}
                """))).isInstanceOf(ConfigException.class)
                .hasMessage("external_message_consumer.producers[0].host: required key is missing");
        assertThatThrownBy(() -> HertzConfig.from(json("{\"external_message_consumer\": {\"producers\": \"a\"}}")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("external_message_consumer.producers: \"a\" is not a list of producers");
    }

    @Test
    void toStringHidesTheToken() {
        ExternalMessageConsumerConfig c = HertzConfig.from(json("""
                {"external_message_consumer": {"producers": [{"name": "a", "host": "h", "ws_token": "TOKEN42"}]}}
                """)).externalMessageConsumer();

        assertThat(c.toString()).contains("name=a").doesNotContain("TOKEN42");
    }
}
