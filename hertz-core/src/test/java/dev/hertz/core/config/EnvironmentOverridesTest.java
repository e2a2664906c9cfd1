package dev.hertz.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentOverridesTest {

    @Test
    void buildsNestedLowerCasedKeysAndIgnoresOtherVariables() {
        ObjectNode tree = EnvironmentOverrides.toTree(Map.of(
                "FREQTRADE__EXCHANGE__KEY", "abc",
                "FREQTRADE__EXCHANGE__CCXT_CONFIG__TIMEOUT", "3000",
                "PATH", "/usr/bin",
                "freqtrade__lower", "ignored: prefix is case-sensitive"));

        assertThat(tree.toString()).isEqualTo("{\"exchange\":{\"ccxt_config\":{\"timeout\":3000},\"key\":\"abc\"}}");
    }

    @Test
    void typesValuesLikeFreqtrade() {
        assertThat(typed("200").isInt()).isTrue();
        assertThat(typed("200").asInt()).isEqualTo(200);
        assertThat(typed("-3").asInt()).isEqualTo(-3);
        assertThat(typed("1_000").asInt()).isEqualTo(1000);
        assertThat(typed("0.05").isDouble()).isTrue();
        assertThat(typed("0.05").asDouble()).isEqualTo(0.05);
        assertThat(typed("1e3").asDouble()).isEqualTo(1000.0);
        assertThat(typed("true").booleanValue()).isTrue();
        assertThat(typed("T").booleanValue()).isTrue();
        assertThat(typed("False").booleanValue()).isFalse();
        assertThat(typed("f").booleanValue()).isFalse();
        assertThat(typed("yes").textValue()).isEqualTo("yes");
        assertThat(typed("0x10").textValue()).as("not a Python int").isEqualTo("0x10");
        assertThat(typed("1.5d").textValue()).as("not a Python float").isEqualTo("1.5d");
        assertThat(typed("inf").textValue()).as("JSON has no infinity").isEqualTo("inf");
    }

    @Test
    void chatIdAndPasswordStayStrings() {
        ObjectNode tree = EnvironmentOverrides.toTree(Map.of(
                "FREQTRADE__TELEGRAM__CHAT_ID", "-1001332619709",
                "FREQTRADE__API_SERVER__PASSWORD", "12345",
                "FREQTRADE__API_SERVER__LISTEN_PORT", "8081",
                "FREQTRADE__TELEGRAM__CHAT_ID_EXTRA", "5"));

        assertThat(tree.at("/telegram/chat_id").isTextual()).isTrue();
        assertThat(tree.at("/telegram/chat_id").asText()).isEqualTo("-1001332619709");
        assertThat(tree.at("/api_server/password").isTextual()).isTrue();
        assertThat(tree.at("/api_server/listen_port").isInt()).isTrue();
        assertThat(tree.at("/telegram/chat_id_extra").isInt()).as("only the exact last segment is protected").isTrue();
    }

    @Test
    void hertzPrefixIsAppliedAfterFreqtradeAndWins() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HERTZ__STAKE_AMOUNT", "5");
        env.put("FREQTRADE__STAKE_AMOUNT", "200");
        env.put("FREQTRADE__MAX_OPEN_TRADES", "3");

        ObjectNode tree = EnvironmentOverrides.toTree(env);

        assertThat(tree.get("stake_amount").asInt()).isEqualTo(5);
        assertThat(tree.get("max_open_trades").asInt()).isEqualTo(3);
    }

    @Test
    void laterSortedVariableWinsWithinAPrefix() {
        ObjectNode tree = EnvironmentOverrides.toTree(Map.of(
                "FREQTRADE__EXCHANGE", "{\"name\": \"kraken\", \"key\": \"json\"}",
                "FREQTRADE__EXCHANGE__KEY", "plain"));

        assertThat(tree.at("/exchange/name").asText()).isEqualTo("kraken");
        assertThat(tree.at("/exchange/key").asText()).isEqualTo("plain");
    }

    @Test
    void jsonListsAndObjectsAreParsed() {
        ObjectNode tree = EnvironmentOverrides.toTree(Map.of(
                "FREQTRADE__EXCHANGE__PAIR_WHITELIST", "[\"BTC/USDT\", \"ETH/USDT\"]",
                "HERTZ__MINIMAL_ROI", "{\"0\": 0.1, \"30\": 0.05}"));

        assertThat(tree.at("/exchange/pair_whitelist").toString()).isEqualTo("[\"BTC/USDT\",\"ETH/USDT\"]");
        assertThat(tree.at("/minimal_roi/30").asDouble()).isEqualTo(0.05);
    }

    @Test
    void malformedJsonListNamesTheVariable() {
        assertThatThrownBy(() -> EnvironmentOverrides.toTree(Map.of(
                "FREQTRADE__EXCHANGE__PAIR_WHITELIST", "[\"BTC/USDT\", ETH/USDT]")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Environment variable FREQTRADE__EXCHANGE__PAIR_WHITELIST looks like a JSON list"
                        + " but is not valid JSON at column");
    }

    @Test
    void variableWithEmptySegmentIsSkipped() {
        ObjectNode tree = EnvironmentOverrides.toTree(Map.of("FREQTRADE__", "x", "FREQTRADE__A____B", "y",
                "FREQTRADE__BOT_NAME", "ok"));

        assertThat(tree.toString()).isEqualTo("{\"bot_name\":\"ok\"}");
    }

    private static JsonNode typed(String value) {
        return EnvironmentOverrides.typed("FREQTRADE__X", value);
    }
}
