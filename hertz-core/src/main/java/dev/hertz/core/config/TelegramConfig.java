package dev.hertz.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The {@code telegram} section. {@link #toString()} hides the token and chat id.
 *
 * @param enabled {@code enabled} (default false)
 * @param token {@code token}: the Bot API token
 * @param chatId {@code chat_id}: the one chat that may command the bot
 * @param topicId {@code topic_id}
 * @param authorizedUsers {@code authorized_users}
 * @param allowCustomMessages {@code allow_custom_messages} (default true)
 * @param balanceDustLevel {@code balance_dust_level}
 * @param reload {@code reload} (default true): add a Refresh button to reload-able replies
 * @param keyboard {@code keyboard}: custom reply keyboard rows; empty = the default keyboard
 * @param notificationSettings {@code notification_settings}
 * @param apiUrl {@code api_url}: the Bot API base URL the token is appended to (default Telegram's own);
 *               a self-hosted Bot API server or a test stand-in
 */
public record TelegramConfig(
        boolean enabled,
        String token,
        String chatId,
        Optional<String> topicId,
        List<String> authorizedUsers,
        boolean allowCustomMessages,
        OptionalDouble balanceDustLevel,
        boolean reload,
        List<List<String>> keyboard,
        NotificationSettings notificationSettings,
        String apiUrl) {

    /** Telegram's own Bot API. */
    public static final String DEFAULT_API_URL = "https://api.telegram.org/bot";

    public TelegramConfig {
        authorizedUsers = List.copyOf(authorizedUsers);
        keyboard = keyboard.stream().map(List::copyOf).toList();
    }

    /**
     * {@code notification_settings}: {@code on}, {@code off} or {@code silent} per message type;
     * {@code exit} may instead map exit reasons to a setting.
     *
     * @param byType setting per message type as configured
     * @param exitByReason setting per exit reason when {@code exit} is an object, else empty
     */
    public record NotificationSettings(Map<String, String> byType, Map<String, String> exitByReason) {

        public NotificationSettings {
            byType = Map.copyOf(byType);
            exitByReason = Map.copyOf(exitByReason);
        }

        /**
         * The effective setting for a message of {@code messageType}: for {@code exit} with a
         * per-reason map the reason's setting; a missing entry is {@code on}, except
         * {@code entry_fill} which is {@code off}.
         */
        public String setting(String messageType, String exitReason) {
            if (messageType.equals("exit") && !exitByReason.isEmpty()) {
                return exitByReason.getOrDefault(exitReason, "on");
            }
            return byType.getOrDefault(messageType, messageType.equals("entry_fill") ? "off" : "on");
        }

        static NotificationSettings from(NodeReader section) {
            Map<String, String> byType = new LinkedHashMap<>();
            Map<String, String> exitByReason = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : section.node().properties()) {
                JsonNode value = entry.getValue();
                if (value.isTextual()) {
                    byType.put(entry.getKey(), value.textValue());
                } else if (entry.getKey().equals("exit") && value.isObject()) {
                    NodeReader reasons = section.child("exit");
                    value.properties().forEach(r -> exitByReason.put(r.getKey(), reasons.text(r.getKey(), "on")));
                }
            }
            return new NotificationSettings(byType, exitByReason);
        }
    }

    static TelegramConfig from(NodeReader section) {
        return new TelegramConfig(
                section.bool("enabled", false),
                section.text("token", ""),
                section.text("chat_id", ""),
                section.optionalText("topic_id"),
                section.textList("authorized_users"),
                section.bool("allow_custom_messages", true),
                section.optionalNumber("balance_dust_level"),
                section.bool("reload", true),
                keyboard(section),
                NotificationSettings.from(section.child("notification_settings")),
                section.text("api_url", DEFAULT_API_URL));
    }

    private static List<List<String>> keyboard(NodeReader section) {
        JsonNode rows = section.node().get("keyboard");
        List<List<String>> keyboard = new ArrayList<>();
        if (rows == null || rows.isNull()) {
            return keyboard;
        }
        if (!rows.isArray()) {
            throw section.wrongType("keyboard", rows, "a list of button rows");
        }
        for (JsonNode row : rows) {
            List<String> buttons = new ArrayList<>();
            if (!row.isArray()) {
                throw section.wrongType("keyboard", rows, "a list of button rows");
            }
            row.forEach(button -> buttons.add(button.asText()));
            keyboard.add(buttons);
        }
        return keyboard;
    }

    @Override
    public String toString() {
        return "TelegramConfig[enabled=" + enabled + ", token=" + Secrets.mask(token) + ", chatId=" + Secrets.mask(chatId)
                + ", topicId=" + topicId + ", authorizedUsers=" + authorizedUsers
                + ", allowCustomMessages=" + allowCustomMessages + ", balanceDustLevel=" + balanceDustLevel
                + ", reload=" + reload + ", keyboard=" + keyboard + ", notificationSettings=" + notificationSettings + ", apiUrl=" + apiUrl + "]";
    }
}
