package dev.hertz.notify.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.rpc.RpcMessage;
import dev.hertz.core.rpc.RpcMessageType;
import dev.hertz.notify.webhook.FormatTemplate;
import dev.hertz.notify.webhook.HttpReceiver;
import dev.hertz.notify.webhook.SampleMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Discord handler against a real HTTP receiver standing in for Discord's webhook endpoint. */
class DiscordHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpReceiver receiver = new HttpReceiver();
    private final List<DiscordHandler> handlers = new ArrayList<>();

    DiscordHandlerTest() throws Exception {
    }

    @AfterEach
    void close() {
        handlers.forEach(DiscordHandler::cleanup);
        receiver.close();
    }

    /** A handler for a {@code discord} section given as JSON (without enabled and webhook_url). */
    private DiscordHandler handler(String section) throws Exception {
        ObjectNode discord = (ObjectNode) JSON.readTree(section);
        discord.put("enabled", true).put("webhook_url", receiver.url("/api/webhooks/1/token").toString());
        ObjectNode config = JSON.createObjectNode();
        config.set("discord", discord);
        DiscordHandler handler = new DiscordHandler(HertzConfig.from(config).discord(), "SampleStrategy", "5m", "");
        handlers.add(handler);
        return handler;
    }

    private JsonNode nextEmbed() throws Exception {
        JsonNode body = JSON.readTree(receiver.next().body());
        assertThat(body.path("embeds")).hasSize(1);
        return body.path("embeds").get(0);
    }

    private static Map<String, String> fields(JsonNode embed) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        embed.path("fields").forEach(field -> {
            assertThat(field.path("inline").asBoolean()).isTrue();
            fields.put(field.path("name").asText(), field.path("value").asText());
        });
        return fields;
    }

    @Test
    void entryFillIsSentWithFreqtradesDefaultFieldsExactlyAsFreqtradePostsIt() throws Exception {
        DiscordHandler handler = handler("{}");

        handler.sendMsg(SampleMessages.entryFill());

        HttpReceiver.Request request = receiver.next();
        assertThat(request.path()).isEqualTo("/api/webhooks/1/token");
        assertThat(request.contentType()).isEqualTo("application/json");
        // Python's json.dumps of freqtrade's payload for the same message
        assertThat(request.body()).isEqualTo("{\"embeds\": [{\"title\": \"Trade: ETH/USDT entry_fill\", \"color\": 255, "
                + "\"fields\": [{\"name\": \"Trade ID\", \"value\": \"7\", \"inline\": true}, "
                + "{\"name\": \"Exchange\", \"value\": \"Binance\", \"inline\": true}, "
                + "{\"name\": \"Pair\", \"value\": \"ETH/USDT\", \"inline\": true}, "
                + "{\"name\": \"Direction\", \"value\": \"Long\", \"inline\": true}, "
                + "{\"name\": \"Open rate\", \"value\": \"2000.5\", \"inline\": true}, "
                + "{\"name\": \"Amount\", \"value\": \"0.05\", \"inline\": true}, "
                + "{\"name\": \"Open date\", \"value\": \"2024-03-01 10:00:00\", \"inline\": true}, "
                + "{\"name\": \"Enter tag\", \"value\": \"breakout\", \"inline\": true}, "
                + "{\"name\": \"Strategy\", \"value\": \"SampleStrategy 5m\", \"inline\": true}]}]}");
    }

    @Test
    void aProfitableExitIsGreenWithTheDefaultExitFillFields() throws Exception {
        DiscordHandler handler = handler("{}");

        handler.sendMsg(SampleMessages.exitFill(0.049));

        JsonNode embed = nextEmbed();
        assertThat(embed.path("title").asText()).isEqualTo("Trade: ETH/USDT exit_fill");
        assertThat(embed.path("color").asInt()).isEqualTo(0x00FF00);
        assertThat(fields(embed)).containsExactly(
                Map.entry("Trade ID", "7"), Map.entry("Exchange", "Binance"), Map.entry("Pair", "ETH/USDT"),
                Map.entry("Direction", "Long"), Map.entry("Open rate", "2000.5"), Map.entry("Close rate", "2098.5"),
                Map.entry("Amount", "0.05"), Map.entry("Open date", "2024-03-01 10:00:00"),
                Map.entry("Close date", "2024-03-01 10:10:30"), Map.entry("Profit", "4.9 USDT"),
                Map.entry("Profitability", "4.90%"), Map.entry("Enter tag", "breakout"), Map.entry("Exit Reason", "roi"),
                Map.entry("Strategy", "SampleStrategy"), Map.entry("Timeframe", "5m"));
    }

    @Test
    void aLosingOrFlatExitIsRed() throws Exception {
        DiscordHandler handler = handler("{\"exit\": [{\"Profit\": \"{profit_amount} {stake_currency}\"},"
                + " {\"Ratio\": \"{profit_ratio:.2%}\"}]}");

        handler.sendMsg(SampleMessages.exit(-0.0125));
        handler.sendMsg(SampleMessages.exitFill(0.0));

        JsonNode loss = nextEmbed();
        assertThat(loss.path("title").asText()).isEqualTo("Trade: ETH/USDT exit");
        assertThat(loss.path("color").asInt()).isEqualTo(0xFF0000);
        assertThat(fields(loss)).containsExactly(Map.entry("Profit", "-1.25 USDT"), Map.entry("Ratio", "-1.25%"));
        assertThat(nextEmbed().path("color").asInt()).isEqualTo(0xFF0000);
    }

    @Test
    void statusIsABlueEmbedTitledByItsType() throws Exception {
        DiscordHandler handler = handler("{\"status\": [{\"Status\": \"{status}\"}, {\"Bot\": \"{bot_name}|{strategy}\"}]}");

        handler.sendMsg(new RpcMessage.Status("running"));

        JsonNode embed = nextEmbed();
        assertThat(embed.path("title").asText()).isEqualTo("status");
        assertThat(embed.path("color").asInt()).isEqualTo(0x0000FF);
        assertThat(fields(embed)).containsExactly(Map.entry("Status", "running"), Map.entry("Bot", "|SampleStrategy"));
    }

    @Test
    void typesWithoutFieldsAreNotSent() throws Exception {
        DiscordHandler handler = handler("{\"exit_fill\": [], \"status\": [{\"Status\": \"{status}\"}]}");

        handler.sendMsg(SampleMessages.entry());
        handler.sendMsg(SampleMessages.exitFill(0.049));
        handler.sendMsg(new RpcMessage.Warning("careful"));
        handler.sendMsg(new RpcMessage.Status("stopped"));

        assertThat(fields(nextEmbed())).containsExactly(Map.entry("Status", "stopped"));
        assertThat(receiver.received()).isEqualTo(1);
    }

    @Test
    void aFailedPostIsRetriedOnceThenDropped() throws Exception {
        DiscordHandler handler = handler("{\"status\": [{\"Status\": \"{status}\"}]}");
        receiver.failFirst(3);

        handler.sendMsg(new RpcMessage.Status("first"));
        handler.sendMsg(new RpcMessage.Status("second"));

        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(fields(nextEmbed()).get("Status"));
        }
        // first: two failed attempts; second: one failed, then answered
        assertThat(statuses).containsExactly("first", "first", "second", "second");
        assertThat(receiver.poll(300)).isNull();
    }

    @Test
    void renderingErrorsReachTheManager() throws Exception {
        DiscordHandler handler = handler("{\"status\": [{\"Status\": \"{status} {pair}\"}]}");

        assertThatThrownBy(() -> handler.sendMsg(new RpcMessage.Status("running")))
                .isInstanceOf(FormatTemplate.MissingField.class).hasMessage("'pair'");
        assertThat(receiver.received()).isZero();
    }

    @Test
    void addedFieldsFollowTheTypesDiscordSends() throws Exception {
        DiscordHandler handler = handler("{\"strategy_msg\": [{\"Message\": \"{msg}\"}]}");

        assertThat(handler.addedFields(RpcMessageType.ENTRY_FILL))
                .containsOnly(Map.entry("strategy", "SampleStrategy"), Map.entry("timeframe", "5m"), Map.entry("bot_name", ""));
        assertThat(handler.addedFields(RpcMessageType.ENTRY)).isEmpty();
        // strategy messages reach Discord only with allow_custom_messages
        assertThat(handler.addedFields(RpcMessageType.STRATEGY_MSG)).isEmpty();
        assertThat(handler.name()).isEqualTo("discord");
    }
}
