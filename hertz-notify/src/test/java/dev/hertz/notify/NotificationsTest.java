package dev.hertz.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.ConfigException;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.rpc.RpcHandler;
import dev.hertz.core.rpc.RpcManager;
import dev.hertz.core.rpc.RpcMessage;
import dev.hertz.notify.webhook.HttpReceiver;
import dev.hertz.notify.webhook.SampleMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpReceiver webhook = new HttpReceiver();
    private final HttpReceiver discord = new HttpReceiver();

    NotificationsTest() throws Exception {
    }

    @AfterEach
    void close() {
        webhook.close();
        discord.close();
    }

    private HertzConfig config(boolean webhookEnabled, boolean discordEnabled) throws Exception {
        ObjectNode config = (ObjectNode) JSON.readTree("""
                {"strategy": "SampleStrategy", "timeframe": "5m", "bot_name": "hertz-1",
                 "webhook": {"format": "json", "entry_fill": {"t": "{pair} {strategy} {timeframe} {bot_name}"},
                             "status": {"t": "{status}"}},
                 "discord": {"status": [{"Status": "{status}"}]}}
                """);
        ((ObjectNode) config.get("webhook")).put("enabled", webhookEnabled).put("url", webhook.url("/w").toString());
        ((ObjectNode) config.get("discord")).put("enabled", discordEnabled).put("webhook_url", discord.url("/d").toString());
        return HertzConfig.from(config);
    }

    @Test
    void onlyEnabledHandlersAreBuiltDiscordFirst() throws Exception {
        assertThat(names(config(true, true))).containsExactly("discord", "webhook");
        assertThat(names(config(true, false))).containsExactly("webhook");
        assertThat(names(config(false, true))).containsExactly("discord");
        assertThat(names(config(false, false))).isEmpty();
    }

    private static List<String> names(HertzConfig config) {
        List<RpcHandler> handlers = Notifications.handlers(config);
        handlers.forEach(RpcHandler::cleanup);
        return handlers.stream().map(RpcHandler::name).toList();
    }

    @Test
    void withDiscordEnabledWebhookTemplatesSeeTheFieldsDiscordAdds() throws Exception {
        List<RpcHandler> handlers = Notifications.handlers(config(true, true));
        try (RpcManager manager = new RpcManager()) {
            handlers.forEach(manager::register);

            manager.sendMsg(SampleMessages.entryFill());
            manager.sendMsg(new RpcMessage.Status("running"));

            assertThat(webhook.next().body()).isEqualTo("{\"t\": \"ETH/USDT SampleStrategy 5m hertz-1\"}");
            assertThat(webhook.next().body()).isEqualTo("{\"t\": \"running\"}");
            assertThat(JSON.readTree(discord.next().body()).at("/embeds/0/title").asText()).isEqualTo("Trade: ETH/USDT entry_fill");
            assertThat(JSON.readTree(discord.next().body()).at("/embeds/0/title").asText()).isEqualTo("status");
        }
    }

    @Test
    void withoutDiscordThoseFieldsAreUnknownAndTheMessageIsSkipped() throws Exception {
        List<RpcHandler> handlers = Notifications.handlers(config(true, false));
        try (RpcManager manager = new RpcManager()) {
            handlers.forEach(manager::register);

            manager.sendMsg(SampleMessages.entryFill());
            manager.sendMsg(new RpcMessage.Status("running"));

            assertThat(webhook.next().body()).isEqualTo("{\"t\": \"running\"}");
        }
        assertThat(webhook.received()).isEqualTo(1);
        assertThat(discord.received()).isZero();
    }

    @Test
    void aMalformedTemplateIsAConfigErrorNamingItsKey() throws Exception {
        ObjectNode config = (ObjectNode) JSON.readTree("""
                {"webhook": {"enabled": true, "url": "http://127.0.0.1:9/w", "exit": {"text": "Sold {pair"}},
                 "discord": {"enabled": true, "webhook_url": "http://127.0.0.1:9/d", "entry": [{"Rate": "{open_rate:.2q}"}, {"Pair": "{pair}}"}]}}
                """);
        HertzConfig parsed = HertzConfig.from(config);

        assertThatThrownBy(() -> Notifications.handlers(parsed)).isInstanceOf(ConfigException.class)
                .hasMessage("discord.entry field \"Pair\": Single '}' encountered in format string in template \"{pair}}\"");
        ((ObjectNode) config.get("discord")).put("enabled", false);
        assertThatThrownBy(() -> Notifications.handlers(HertzConfig.from(config))).isInstanceOf(ConfigException.class)
                .hasMessage("webhook.exit.text: expected '}' before end of string in template \"Sold {pair\"");
    }
}
