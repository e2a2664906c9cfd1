package dev.hertz.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.rpc.RpcMessageType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code discord} section. {@link #toString()} hides the webhook URL, which carries its token.
 *
 * @param enabled {@code enabled} (default false)
 * @param webhookUrl {@code webhook_url}: the Discord webhook, required when enabled
 * @param timeout {@code timeout} in seconds (default 10)
 * @param allowCustomMessages {@code allow_custom_messages} (default false)
 * @param embeds the embed fields per message type (the section's key of that type's name); a type
 *        without fields is not sent. {@code entry_fill} and {@code exit_fill} have freqtrade's
 *        defaults when their keys are absent.
 */
public record DiscordConfig(
        boolean enabled,
        String webhookUrl,
        double timeout,
        boolean allowCustomMessages,
        Map<RpcMessageType, List<EmbedField>> embeds) {

    /** One embed field: its {@code name} and the template of its {@code value}. */
    public record EmbedField(String name, String template) {
    }

    static final List<EmbedField> DEFAULT_ENTRY_FILL = List.of(
            new EmbedField("Trade ID", "{trade_id}"),
            new EmbedField("Exchange", "{exchange}"),
            new EmbedField("Pair", "{pair}"),
            new EmbedField("Direction", "{direction}"),
            new EmbedField("Open rate", "{open_rate}"),
            new EmbedField("Amount", "{amount}"),
            new EmbedField("Open date", "{open_date:%Y-%m-%d %H:%M:%S}"),
            new EmbedField("Enter tag", "{enter_tag}"),
            new EmbedField("Strategy", "{strategy} {timeframe}"));

    static final List<EmbedField> DEFAULT_EXIT_FILL = List.of(
            new EmbedField("Trade ID", "{trade_id}"),
            new EmbedField("Exchange", "{exchange}"),
            new EmbedField("Pair", "{pair}"),
            new EmbedField("Direction", "{direction}"),
            new EmbedField("Open rate", "{open_rate}"),
            new EmbedField("Close rate", "{close_rate}"),
            new EmbedField("Amount", "{amount}"),
            new EmbedField("Open date", "{open_date:%Y-%m-%d %H:%M:%S}"),
            new EmbedField("Close date", "{close_date:%Y-%m-%d %H:%M:%S}"),
            new EmbedField("Profit", "{profit_amount} {stake_currency}"),
            new EmbedField("Profitability", "{profit_ratio:.2%}"),
            new EmbedField("Enter tag", "{enter_tag}"),
            new EmbedField("Exit Reason", "{exit_reason}"),
            new EmbedField("Strategy", "{strategy}"),
            new EmbedField("Timeframe", "{timeframe}"));

    public DiscordConfig {
        Map<RpcMessageType, List<EmbedField>> copy = new EnumMap<>(RpcMessageType.class);
        embeds.forEach((type, fields) -> copy.put(type, List.copyOf(fields)));
        embeds = Collections.unmodifiableMap(copy);
    }

    /** The embed fields for {@code type}; empty when that type is not sent. */
    public List<EmbedField> fields(RpcMessageType type) {
        return embeds.getOrDefault(type, List.of());
    }

    static DiscordConfig from(NodeReader section) {
        boolean enabled = section.bool("enabled", false);
        String webhookUrl = NotificationTemplates.url(section, "webhook_url", enabled, "discord");
        Map<RpcMessageType, List<EmbedField>> embeds = new EnumMap<>(RpcMessageType.class);
        embeds.put(RpcMessageType.ENTRY_FILL, DEFAULT_ENTRY_FILL);
        embeds.put(RpcMessageType.EXIT_FILL, DEFAULT_EXIT_FILL);
        for (RpcMessageType type : RpcMessageType.values()) {
            if (section.node().has(type.wire())) {
                embeds.put(type, fields(section, type.wire()));
            }
        }
        return new DiscordConfig(enabled, webhookUrl, NotificationTemplates.timeout(section),
                section.bool("allow_custom_messages", false), embeds);
    }

    /** A list of {@code {name: template}} objects; {@code null} or {@code []} turns the type off. */
    private static List<EmbedField> fields(NodeReader section, String key) {
        JsonNode value = section.node().get(key);
        List<EmbedField> fields = new ArrayList<>();
        if (value.isNull()) {
            return fields;
        }
        if (!value.isArray()) {
            throw section.wrongType(key, value, "a list of {\"field name\": \"template\"} objects");
        }
        for (int i = 0; i < value.size(); i++) {
            String path = section.keyPath(key) + "[" + i + "]";
            if (!value.get(i).isObject()) {
                throw new ConfigException(path + ": " + JsonTrees.describe(value.get(i))
                        + " is not a {\"field name\": \"template\"} object");
            }
            NotificationTemplates.templates(new NodeReader(value.get(i), path))
                    .forEach((name, template) -> fields.add(new EmbedField(name, template)));
        }
        return fields;
    }

    @Override
    public String toString() {
        return "DiscordConfig[enabled=" + enabled + ", webhookUrl=" + Secrets.mask(webhookUrl)
                + ", timeout=" + timeout + ", allowCustomMessages=" + allowCustomMessages + ", embeds=" + embeds + "]";
    }
}
