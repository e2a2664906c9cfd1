package dev.hertz.notify.discord;

import dev.hertz.core.config.DiscordConfig;
import dev.hertz.core.config.WebhookConfig;
import dev.hertz.core.rpc.RpcHandler;
import dev.hertz.core.rpc.RpcMessage;
import dev.hertz.core.rpc.RpcMessageDict;
import dev.hertz.core.rpc.RpcMessageType;
import dev.hertz.notify.webhook.FormatTemplate;
import dev.hertz.notify.webhook.WebhookSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * freqtrade's {@code discord} handler: a message whose type has embed fields configured is posted
 * to the Discord webhook as one embed, titled by the type (and the pair for trade messages),
 * coloured blue, or green/red by profit for exits, with one inline field per configured
 * {@code {name: template}}. It posts as freqtrade's does: JSON, one retry after 0.1 s.
 */
public final class DiscordHandler implements RpcHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordHandler.class);
    private static final int BLUE = 0x0000FF;
    private static final int GREEN = 0x00FF00;
    private static final int RED = 0xFF0000;
    private static final FormatTemplate TRADE_TITLE = FormatTemplate.compile("Trade: {pair} {type}");

    /** One compiled embed field. */
    private record Field(String name, FormatTemplate value) {
    }

    private final DiscordConfig config;
    private final Map<RpcMessageType, List<Field>> fields = new EnumMap<>(RpcMessageType.class);
    private final Map<String, Object> addedFields;
    private final WebhookSender sender;

    /**
     * @param strategy  the config's {@code strategy}, offered to templates as {@code {strategy}}
     * @param timeframe the config's {@code timeframe}, as {@code {timeframe}}
     * @param botName   the config's {@code bot_name} (freqtrade's default here is empty), as {@code {bot_name}}
     * @throws dev.hertz.core.config.ConfigException naming the key of a malformed template
     */
    public DiscordHandler(DiscordConfig config, String strategy, String timeframe, String botName) {
        this.config = config;
        config.embeds().forEach((type, configured) -> {
            List<Field> compiled = new ArrayList<>();
            configured.forEach(field -> compiled.add(new Field(field.name(), FormatTemplate.fromConfig(
                    "discord." + type.wire() + " field \"" + field.name() + "\"", field.template()))));
            fields.put(type, List.copyOf(compiled));
        });
        Map<String, Object> added = new LinkedHashMap<>();
        added.put("strategy", strategy);
        added.put("timeframe", timeframe);
        added.put("bot_name", botName);
        this.addedFields = Map.copyOf(added);
        this.sender = new WebhookSender("Discord", URI.create(config.webhookUrl()), WebhookConfig.Format.JSON, 1,
                Duration.ofMillis(100), WebhookSender.seconds(config.timeout()));
    }

    @Override
    public String name() {
        return "discord";
    }

    @Override
    public boolean allowCustomMessages() {
        return config.allowCustomMessages();
    }

    /**
     * The fields this handler adds to a message of {@code type} before rendering it
     * ({@code strategy}, {@code timeframe}, {@code bot_name}); empty for a type it does not send.
     * freqtrade adds them to the message dict its other handlers then see, so the webhook handler
     * offers them too while Discord is enabled.
     */
    public Map<String, Object> addedFields(RpcMessageType type) {
        boolean receives = type != RpcMessageType.STRATEGY_MSG || config.allowCustomMessages();
        return receives && !fields.getOrDefault(type, List.of()).isEmpty() ? addedFields : Map.of();
    }

    /** Posts the embed when the type has fields; rendering errors go to the manager, which logs them. */
    @Override
    public void sendMsg(RpcMessage message) {
        RpcMessageType type = message.messageType();
        List<Field> configured = fields.getOrDefault(type, List.of());
        if (configured.isEmpty()) {
            return;
        }
        LOG.info("Sending discord message: {}", message);
        Map<String, Object> values = RpcMessageDict.of(message);
        values.putAll(addedFields);
        List<Map<String, Object>> embedFields = new ArrayList<>();
        for (Field field : configured) {
            Map<String, Object> embedField = new LinkedHashMap<>();
            embedField.put("name", field.name());
            embedField.put("value", field.value().render(values));
            embedField.put("inline", true);
            embedFields.add(embedField);
        }
        Map<String, Object> embed = new LinkedHashMap<>();
        embed.put("title", values.containsKey("pair") ? TRADE_TITLE.render(values) : type.wire());
        embed.put("color", color(type, values));
        embed.put("fields", embedFields);
        sender.send(Map.of("embeds", List.of(embed)));
    }

    /** Exits are green with a profit and red otherwise (a NaN profit too, as in Python); the rest blue. */
    private static int color(RpcMessageType type, Map<String, Object> values) {
        if (type != RpcMessageType.EXIT && type != RpcMessageType.EXIT_FILL) {
            return BLUE;
        }
        return values.get("profit_ratio") instanceof Number ratio && ratio.doubleValue() > 0 ? GREEN : RED;
    }

    @Override
    public void cleanup() {
        sender.close();
    }
}
