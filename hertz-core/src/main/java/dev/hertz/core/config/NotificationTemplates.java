package dev.hertz.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reading the template objects of the {@code webhook} and {@code discord} sections. freqtrade calls
 * {@code template.format(**msg)} on every value, so each must be a string; catching that here names
 * the key at start-up instead of failing on the first message.
 */
final class NotificationTemplates {

    private NotificationTemplates() {
    }

    /** An object of {@code name: template} strings, in configured order. */
    static Map<String, String> templates(NodeReader object) {
        Map<String, String> templates = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.node().properties()) {
            if (!entry.getValue().isTextual()) {
                throw object.wrongType(entry.getKey(), entry.getValue(), "a template string");
            }
            templates.put(entry.getKey(), entry.getValue().textValue());
        }
        return templates;
    }

    /**
     * The http(s) URL under {@code key}; required when the section's handler is enabled, since it is
     * where every message goes.
     */
    static String url(NodeReader section, String key, boolean enabled, String handler) {
        String url = section.text(key, "");
        if (!enabled) {
            return url;
        }
        if (url.isBlank()) {
            throw new ConfigException(section.keyPath(key) + ": required when " + handler + " is enabled");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ConfigException(section.keyPath(key) + ": not a valid URL (" + e.getReason() + ")");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null) {
            throw new ConfigException(section.keyPath(key) + ": not an http:// or https:// URL with a host");
        }
        return url;
    }

    /** {@code timeout} in seconds (default 10); it must be positive, an HTTP client cannot wait 0 s. */
    static double timeout(NodeReader section) {
        return seconds(section, "timeout", 10, false);
    }

    /** A duration in seconds under {@code key}: finite, and positive or (when allowed) zero. */
    static double seconds(NodeReader section, String key, double fallback, boolean zeroAllowed) {
        double seconds = section.number(key, fallback);
        if (!Double.isFinite(seconds) || seconds < 0 || (seconds == 0 && !zeroAllowed)) {
            throw new ConfigException(section.keyPath(key) + ": " + JsonTrees.describe(section.node().get(key))
                    + " is not a number of seconds " + (zeroAllowed ? "of 0 or more" : "greater than 0"));
        }
        return seconds;
    }
}
