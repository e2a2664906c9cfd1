package dev.hertz.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.rpc.RpcMessageType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code webhook} section. {@link #toString()} hides the URL, which often embeds a token.
 *
 * @param enabled {@code enabled} (default false)
 * @param url {@code url}: the POST target, required when enabled
 * @param format {@code format} (default form)
 * @param retries {@code retries} (default 0): extra attempts after a failed one
 * @param retryDelay {@code retry_delay} in seconds (default 0.1): the wait before each retry
 * @param timeout {@code timeout} in seconds (default 10)
 * @param allowCustomMessages {@code allow_custom_messages} (default false)
 * @param payloads the payload templates ({@code {payload key: template}}) by config key: message
 *        type names and the deprecated {@code webhook...} names, in the order configured
 */
public record WebhookConfig(
        boolean enabled,
        String url,
        Format format,
        int retries,
        double retryDelay,
        double timeout,
        boolean allowCustomMessages,
        Map<String, Map<String, String>> payloads) {

    /** The deprecated key used for a message type when the type's own key is absent. */
    private static final Map<RpcMessageType, String> DEPRECATED_KEYS = Map.of(
            RpcMessageType.ENTRY, "webhookentry",
            RpcMessageType.ENTRY_CANCEL, "webhookentrycancel",
            RpcMessageType.ENTRY_FILL, "webhookentryfill",
            RpcMessageType.EXIT, "webhookexit",
            RpcMessageType.EXIT_FILL, "webhookexitfill",
            RpcMessageType.EXIT_CANCEL, "webhookexitcancel",
            RpcMessageType.STATUS, "webhookstatus",
            RpcMessageType.STARTUP, "webhookstatus",
            RpcMessageType.EXCEPTION, "webhookstatus",
            RpcMessageType.WARNING, "webhookstatus");

    /** {@code format}: how the rendered payload is sent. */
    public enum Format {
        /** {@code application/x-www-form-urlencoded} key/values. */
        FORM,
        /** A JSON object of the key/values. */
        JSON,
        /** The rendered {@code data} value alone, as {@code text/plain}. */
        RAW;

        /** The config value, e.g. {@code json}. */
        public String value() {
            return name().toLowerCase();
        }
    }

    public WebhookConfig {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        payloads.forEach((key, template) -> copy.put(key, Collections.unmodifiableMap(new LinkedHashMap<>(template))));
        payloads = Collections.unmodifiableMap(copy);
    }

    /**
     * The configured key whose template serves {@code type}, as freqtrade picks it: the type's own
     * key whenever present, else its deprecated key; empty when neither is configured.
     */
    public Optional<String> payloadKey(RpcMessageType type) {
        if (payloads.containsKey(type.wire())) {
            return Optional.of(type.wire());
        }
        String deprecated = DEPRECATED_KEYS.get(type);
        return deprecated != null && payloads.containsKey(deprecated) ? Optional.of(deprecated) : Optional.empty();
    }

    static WebhookConfig from(NodeReader section) {
        boolean enabled = section.bool("enabled", false);
        String url = NotificationTemplates.url(section, "url", enabled, "webhook");
        int retries = section.integer("retries", 0);
        if (retries < 0) {
            throw new ConfigException(section.keyPath("retries") + ": " + retries + " is not 0 or more");
        }
        double retryDelay = NotificationTemplates.seconds(section, "retry_delay", 0.1, true);
        return new WebhookConfig(enabled, url, format(section), retries, retryDelay,
                NotificationTemplates.timeout(section), section.bool("allow_custom_messages", false),
                payloads(section));
    }

    private static Format format(NodeReader section) {
        String value = section.text("format", "form");
        for (Format format : Format.values()) {
            if (format.value().equals(value)) {
                return format;
            }
        }
        throw new ConfigException(section.keyPath("format") + ": \"" + value + "\" is not one of form, json, raw");
    }

    private static Map<String, Map<String, String>> payloads(NodeReader section) {
        Map<String, Map<String, String>> payloads = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : section.node().properties()) {
            String key = entry.getKey();
            if (RpcMessageType.fromWire(key) != null || DEPRECATED_KEYS.containsValue(key)) {
                if (!entry.getValue().isNull()) {
                    payloads.put(key, NotificationTemplates.templates(section.child(key)));
                }
            }
        }
        return payloads;
    }

    @Override
    public String toString() {
        return "WebhookConfig[enabled=" + enabled + ", url=" + Secrets.mask(url) + ", format=" + format.value()
                + ", retries=" + retries + ", retryDelay=" + retryDelay + ", timeout=" + timeout
                + ", allowCustomMessages=" + allowCustomMessages + ", payloads=" + payloads + "]";
    }
}
