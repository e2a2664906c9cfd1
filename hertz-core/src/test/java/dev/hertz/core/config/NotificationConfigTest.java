package dev.hertz.core.config;

import static dev.hertz.core.config.TestConfigs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.ConfigValidator.Stage;
import dev.hertz.core.config.DiscordConfig.EmbedField;
import dev.hertz.core.rpc.RpcMessageType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code webhook} and {@code discord} sections: schema, defaults, template selection, bad values. */
class NotificationConfigTest {

    private static HertzConfig validated(String sections) {
        String text = TestConfigs.minimalTradeConfig().strip();
        ObjectNode config = json(text.substring(0, text.length() - 1) + ", " + sections + "}");
        return HertzConfig.from(new ConfigValidator().validate(config, RunMode.DRY_RUN, Stage.BEFORE_STRATEGY).config());
    }

    @Test
    void schemaAcceptsEveryWebhookKeyAndTheTypedViewReadsThem() {
        HertzConfig c = validated("""
                "webhook": {"enabled": true, "url": "https://example.com/hook", "format": "json",
                  "retries": 3, "retry_delay": 0.5, "timeout": 4, "allow_custom_messages": true,
                  "entry": {"text": "{pair}"}, "exit_fill": {"text": "{profit_ratio:.2%}"},
                  "strategy_msg": {"text": "{msg}"}, "webhookstatus": {"text": "{status}"},
                  "webhookexit": {"text": "old {pair}"}}
                """);

        WebhookConfig w = c.webhook();
        assertThat(w.enabled()).isTrue();
        assertThat(w.url()).isEqualTo("https://example.com/hook");
        assertThat(w.format()).isEqualTo(WebhookConfig.Format.JSON);
        assertThat(w.retries()).isEqualTo(3);
        assertThat(w.retryDelay()).isEqualTo(0.5);
        assertThat(w.timeout()).isEqualTo(4.0);
        assertThat(w.allowCustomMessages()).isTrue();
        assertThat(w.payloads().get("exit_fill")).containsExactly(Map.entry("text", "{profit_ratio:.2%}"));
        assertThat(w.toString()).doesNotContain("example.com");
    }

    @Test
    void webhookDefaultsAreFreqtrades() {
        WebhookConfig w = validated("\"webhook\": {\"enabled\": true, \"url\": \"http://127.0.0.1:9/x\"}").webhook();

        assertThat(w.format()).isEqualTo(WebhookConfig.Format.FORM);
        assertThat(w.retries()).isZero();
        assertThat(w.retryDelay()).isEqualTo(0.1);
        assertThat(w.timeout()).isEqualTo(10.0);
        assertThat(w.allowCustomMessages()).isFalse();
        assertThat(w.payloads()).isEmpty();
        assertThat(HertzConfig.from(json("{}")).webhook().enabled()).isFalse();
    }

    @Test
    void theTypesOwnPayloadWinsOverTheDeprecatedKeyWhichServesItsTypesOnly() {
        WebhookConfig w = validated("""
                "webhook": {"enabled": true, "url": "https://example.com/hook",
                  "exit": {"text": "new"}, "webhookexit": {"text": "old"}, "webhookentry": {"text": "old entry"},
                  "webhookstatus": {"text": "{status}"}, "protection_trigger": {"text": "{pair}"}}
                """).webhook();

        assertThat(w.payloadKey(RpcMessageType.EXIT)).contains("exit");
        assertThat(w.payloadKey(RpcMessageType.ENTRY)).contains("webhookentry");
        assertThat(w.payloadKey(RpcMessageType.ENTRY_FILL)).isEmpty();
        assertThat(List.of(RpcMessageType.STATUS, RpcMessageType.STARTUP, RpcMessageType.WARNING, RpcMessageType.EXCEPTION))
                .allSatisfy(type -> assertThat(w.payloadKey(type)).contains("webhookstatus"));
        assertThat(w.payloadKey(RpcMessageType.PROTECTION_TRIGGER)).contains("protection_trigger");
        assertThat(w.payloadKey(RpcMessageType.WHITELIST)).isEmpty();
    }

    @Test
    void legacyBuySellKeysAreRenamedAtLoad() {
        WebhookConfig w = validated("""
                "webhook": {"enabled": true, "url": "https://example.com/hook", "webhookbuy": {"text": "buy {pair}"}}
                """).webhook();

        assertThat(w.payloadKey(RpcMessageType.ENTRY)).contains("webhookentry");
        assertThat(w.payloads().get("webhookentry")).containsEntry("text", "buy {pair}");
    }

    @Test
    void discordGetsFreqtradesDefaultFieldsAndEmptyListsTurnTypesOff() {
        DiscordConfig d = validated("""
                "discord": {"enabled": true, "webhook_url": "https://discord.com/api/webhooks/1/abc",
                  "exit_fill": [], "status": [{"Status": "{status}"}], "entry": [{"Pair": "{pair}", "Rate": "{open_rate}"}]}
                """).discord();

        assertThat(d.fields(RpcMessageType.ENTRY_FILL)).isEqualTo(DiscordConfig.DEFAULT_ENTRY_FILL);
        assertThat(d.fields(RpcMessageType.EXIT_FILL)).isEmpty();
        assertThat(d.fields(RpcMessageType.STATUS)).containsExactly(new EmbedField("Status", "{status}"));
        assertThat(d.fields(RpcMessageType.ENTRY))
                .containsExactly(new EmbedField("Pair", "{pair}"), new EmbedField("Rate", "{open_rate}"));
        assertThat(d.fields(RpcMessageType.EXIT)).isEmpty();
        assertThat(d.timeout()).isEqualTo(10.0);
        assertThat(d.toString()).doesNotContain("abc");
        // without the schema's defaults (a view taken from a raw tree) the code defaults apply
        assertThat(HertzConfig.from(json("{}")).discord().fields(RpcMessageType.EXIT_FILL))
                .isEqualTo(DiscordConfig.DEFAULT_EXIT_FILL);
    }

    @Test
    void badWebhookValuesAreRejectedWithTheirKey() {
        assertRejected("{\"webhook\": {\"enabled\": true}}", "webhook.url: required when webhook is enabled");
        assertRejected("{\"webhook\": {\"enabled\": true, \"url\": \"ftp://example.com\"}}", "webhook.url: not an http");
        assertRejected("{\"webhook\": {\"enabled\": true, \"url\": \"http://exa mple\"}}", "webhook.url: not a valid URL");
        assertRejected("{\"webhook\": {\"url\": \"http://x\", \"format\": \"xml\"}}",
                "webhook.format: \"xml\" is not one of form, json, raw");
        assertRejected("{\"webhook\": {\"retries\": -1}}", "webhook.retries: -1 is not 0 or more");
        assertRejected("{\"webhook\": {\"retries\": 1.5}}", "webhook.retries: 1.5 is not an integer");
        assertRejected("{\"webhook\": {\"retry_delay\": -0.5}}", "webhook.retry_delay: -0.5 is not a number of seconds of 0 or more");
        assertRejected("{\"webhook\": {\"timeout\": 0}}", "webhook.timeout: 0 is not a number of seconds greater than 0");
        assertRejected("{\"webhook\": {\"timeout\": \"10\"}}", "webhook.timeout: \"10\" is not a number");
        assertRejected("{\"webhook\": {\"enabled\": \"yes\"}}", "webhook.enabled: \"yes\" is not a boolean");
        assertRejected("{\"webhook\": {\"entry\": [\"{pair}\"]}}", "webhook.entry: [\"{pair}\"] is not an object");
        assertRejected("{\"webhook\": {\"entry\": {\"value1\": 5}}}", "webhook.entry.value1: 5 is not a template string");
    }

    @Test
    void badDiscordValuesAreRejectedWithTheirKey() {
        assertRejected("{\"discord\": {\"enabled\": true}}", "discord.webhook_url: required when discord is enabled");
        assertRejected("{\"discord\": {\"timeout\": -1}}", "discord.timeout: -1 is not a number of seconds greater than 0");
        assertRejected("{\"discord\": {\"entry\": {\"Pair\": \"{pair}\"}}}", "discord.entry: {\"Pair\":\"{pair}\"} is not a list");
        assertRejected("{\"discord\": {\"entry\": [\"{pair}\"]}}", "discord.entry[0]: \"{pair}\" is not a {\"field name\"");
        assertRejected("{\"discord\": {\"exit\": [{\"Pair\": \"{pair}\"}, {\"Profit\": 1}]}}",
                "discord.exit[1].Profit: 1 is not a template string");
    }

    @Test
    void theSchemaRejectsAnUnknownFormat() {
        assertThatThrownBy(() -> validated("\"webhook\": {\"enabled\": true, \"url\": \"http://x.org\", \"format\": \"xml\"}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("webhook")
                .hasMessageContaining("format");
    }

    private static void assertRejected(String config, String message) {
        assertThatThrownBy(() -> HertzConfig.from(json(config)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(message);
    }
}
