package dev.hertz.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Hides secrets before a configuration is shown or logged ({@code show-config}, {@code /show_config},
 * log lines).
 */
public final class Secrets {

    /** What a hidden value is replaced with. */
    public static final String REDACTED = "REDACTED";

    /**
     * Key paths replaced by {@link #REDACTED} when present: freqtrade's sixteen, then the ones Hertz
     * hides as well. {@code [*]} stands for every element of a list.
     */
    public static final List<String> SENSITIVE_PATHS = List.of(
            "exchange.key",
            "exchange.api_key",
            "exchange.apiKey",
            "exchange.secret",
            "exchange.password",
            "exchange.uid",
            "exchange.account_id",
            "exchange.accountId",
            "exchange.wallet_address",
            "exchange.walletAddress",
            "exchange.private_key",
            "exchange.privateKey",
            "telegram.token",
            "telegram.chat_id",
            "discord.webhook_url",
            "api_server.password",
            "api_server.jwt_secret_key",
            "api_server.ws_token",
            "external_message_consumer.producers[*].ws_token",
            "webhook.url");

    private Secrets() {
    }

    /** A deep copy of {@code config} with every {@link #SENSITIVE_PATHS sensitive value} replaced. */
    public static ObjectNode redact(ObjectNode config) {
        ObjectNode copy = config.deepCopy();
        for (String path : SENSITIVE_PATHS) {
            redact(copy, path.split("\\."), 0);
        }
        return copy;
    }

    /** The non-empty secret values present in {@code config}, e.g. to hide them from every log line. */
    public static List<String> values(ObjectNode config) {
        List<String> out = new ArrayList<>();
        for (String path : SENSITIVE_PATHS) {
            collect(config, path.split("\\."), 0, out);
        }
        return out;
    }

    private static void collect(JsonNode node, String[] steps, int index, List<String> out) {
        String step = steps[index];
        boolean everyElement = step.endsWith("[*]");
        String key = everyElement ? step.substring(0, step.length() - 3) : step;
        JsonNode child = node instanceof ObjectNode object ? object.get(key) : null;
        if (child == null) {
            return;
        }
        if (index == steps.length - 1) {
            if (child.isArray()) {
                child.forEach(element -> addText(element, out));
            } else {
                addText(child, out);
            }
        } else if (everyElement) {
            child.forEach(element -> collect(element, steps, index + 1, out));
        } else {
            collect(child, steps, index + 1, out);
        }
    }

    private static void addText(JsonNode value, List<String> out) {
        if (value.isValueNode() && !value.asText().isEmpty()) {
            out.add(value.asText());
        }
    }

    private static void redact(JsonNode node, String[] steps, int index) {
        String step = steps[index];
        boolean everyElement = step.endsWith("[*]");
        String key = everyElement ? step.substring(0, step.length() - 3) : step;
        if (!(node instanceof ObjectNode object) || !object.has(key)) {
            return;
        }
        if (index == steps.length - 1) {
            object.set(key, TextNode.valueOf(REDACTED));
            return;
        }
        JsonNode child = object.get(key);
        if (everyElement) {
            child.forEach(element -> redact(element, steps, index + 1));
        } else {
            redact(child, steps, index + 1);
        }
    }

    /**
     * A database URL with its password replaced by {@code *****}, for logs:
     * {@code postgresql://u:pw@host/db} → {@code postgresql://u:*****@host/db}. URLs without a
     * password are returned unchanged.
     */
    public static String maskDbUrl(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int authorityStart = scheme + 3;
        int authorityEnd = url.indexOf('/', authorityStart);
        String authority = url.substring(authorityStart, authorityEnd < 0 ? url.length() : authorityEnd);
        int at = authority.lastIndexOf('@');
        int colon = at < 0 ? -1 : authority.indexOf(':');
        if (colon < 0 || colon > at) {
            return url;
        }
        return url.substring(0, authorityStart + colon + 1) + "*****" + url.substring(authorityStart + at);
    }

    /** For {@code toString()} of records holding credentials: empty stays visible as empty. */
    static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "\"\"" : "***";
    }
}
