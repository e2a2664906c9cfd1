package dev.hertz.notify.webhook;

import dev.hertz.core.config.WebhookConfig;
import dev.hertz.core.rpc.RpcHandler;
import dev.hertz.core.rpc.RpcMessage;
import dev.hertz.core.rpc.RpcMessageDict;
import dev.hertz.core.rpc.RpcMessageType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * freqtrade's {@code webhook} handler: for each message whose type has a payload in the
 * {@code webhook} section, renders every template of that payload against the message's fields
 * (Python {@code str.format}) and POSTs the result in the configured format.
 */
public final class WebhookHandler implements RpcHandler {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);

    private final WebhookConfig config;
    private final Map<String, Map<String, FormatTemplate>> payloads;
    private final Function<RpcMessageType, Map<String, Object>> sharedFields;
    private final WebhookSender sender;

    /** A handler for the {@code webhook} section. */
    public WebhookHandler(WebhookConfig config) {
        this(config, type -> Map.of());
    }

    /**
     * @param sharedFields fields added to a message of a type before rendering. In freqtrade the
     *                     Discord handler runs first and adds {@code strategy}, {@code timeframe}
     *                     and {@code bot_name} to the message dict it shares with this handler, and
     *                     users' webhook templates rely on them.
     * @throws dev.hertz.core.config.ConfigException naming the key of a malformed template
     */
    public WebhookHandler(WebhookConfig config, Function<RpcMessageType, Map<String, Object>> sharedFields) {
        this.config = config;
        this.payloads = compile(config);
        this.sharedFields = sharedFields;
        this.sender = new WebhookSender("Webhook", URI.create(config.url()), config.format(), config.retries(),
                WebhookSender.seconds(config.retryDelay()), WebhookSender.seconds(config.timeout()));
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public boolean allowCustomMessages() {
        return config.allowCustomMessages();
    }

    /**
     * Sends the message when its type has a payload. A template naming a field the message does
     * not have (or a {@code raw} payload without {@code data}) is logged and the message skipped;
     * other rendering errors go to the manager, which logs them.
     */
    @Override
    public void sendMsg(RpcMessage message) {
        RpcMessageType type = message.messageType();
        Map<String, FormatTemplate> templates = config.payloadKey(type).map(payloads::get).orElse(Map.of());
        if (templates.isEmpty()) {
            LOG.debug("Message type '{}' not configured for webhooks", type.wire());
            return;
        }
        Map<String, Object> fields = RpcMessageDict.of(message);
        fields.putAll(sharedFields.apply(type));
        Map<String, String> payload = new LinkedHashMap<>();
        try {
            templates.forEach((key, template) -> payload.put(key, template.render(fields)));
        } catch (FormatTemplate.MissingField e) {
            logConfigurationProblem(e.getMessage());
            return;
        }
        if (config.format() == WebhookConfig.Format.RAW && !payload.containsKey("data")) {
            logConfigurationProblem("'data'");
            return;
        }
        sender.send(payload);
    }

    private static void logConfigurationProblem(String key) {
        LOG.error("Problem calling Webhook. Please check your webhook configuration. Exception: {}", key);
    }

    @Override
    public void cleanup() {
        sender.close();
    }

    /** Every payload compiled once, so a malformed template stops the start instead of each message. */
    private static Map<String, Map<String, FormatTemplate>> compile(WebhookConfig config) {
        Map<String, Map<String, FormatTemplate>> compiled = new LinkedHashMap<>();
        config.payloads().forEach((key, templates) -> {
            Map<String, FormatTemplate> payload = new LinkedHashMap<>();
            templates.forEach((name, template) -> payload.put(name, FormatTemplate.fromConfig("webhook." + key + "." + name, template)));
            compiled.put(key, Collections.unmodifiableMap(payload));
        });
        return Collections.unmodifiableMap(compiled);
    }
}
