package dev.hertz.app.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.notify.telegram.TelegramStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.hertz.app.telegram.TelegramBotFixture.CHAT;
import static dev.hertz.app.telegram.TelegramBotFixture.USER;
import static org.assertj.core.api.Assertions.assertThat;

/** Inline buttons: the force-exit and force-enter pickers, Refresh, and who may press them. */
class TelegramButtonsTest {
    @TempDir
    Path dir;

    private static TelegramStandIn.Call edit(TelegramBotFixture f, String text) {
        return f.api.await("editMessageText", c -> c.text().startsWith(text));
    }

    @Test
    void pickersRefreshAndNotificationSettings() {
        String settings = "\"notification_settings\": {\"show_candle\": \"ohlc\", \"entry_fill\": \"silent\"}";
        try (TelegramBotFixture f = new TelegramBotFixture(dir, "{}", settings)) {
            TelegramStandIn.Call pairPicker = f.command("/forcelong").get(0);
            assertThat(pairPicker.text()).isEqualTo("Which pair?");
            assertThat(pairPicker.callbackData()).containsExactly("force_enter__BTC/USDT_||_long",
                    "force_enter__ETH/USDT_||_long", "force_enter__SOL/USDT_||_long", "force_enter__XRP/USDT_||_long",
                    "force_enter__cancel");
            List<Integer> rowSizes = new ArrayList<>();
            pairPicker.replyMarkup().path("inline_keyboard").forEach(row -> rowSizes.add(row.size()));
            assertThat(rowSizes).containsExactly(3, 1, 1);

            f.api.callback(CHAT, USER, 10, "force_enter__ETH/USDT_||_long");
            assertThat(edit(f, "Manually entering").text()).isEqualTo("Manually entering long for ETH/USDT");
            assertThat(f.api.calls("answerCallbackQuery")).isNotEmpty();
            TelegramStandIn.Call entry = f.api.awaitSent("New Trade (#1)");
            assertThat(entry.text()).contains("*Pair:* `ETH/USDT`\n*Candle OHLC*: `");
            assertThat(f.api.awaitSent("New Trade filled (#1)").silent()).isTrue();
            f.api.callback(CHAT, USER, 10, "force_enter__cancel");
            assertThat(edit(f, "Force enter canceled.").text()).isEqualTo("Force enter canceled.");

            TelegramStandIn.Call tradePicker = f.command("/forceexit").get(0);
            assertThat(tradePicker.text()).isEqualTo("Which trade?");
            assertThat(tradePicker.callbackData()).containsExactly("force_exit__1 ", "force_exit__cancel");
            assertThat(tradePicker.buttonTexts().get(0)).startsWith("1  ETH/USDT now ");
            f.api.callback(CHAT, USER, 11, "force_exit__99");
            assertThat(edit(f, "Trade 99").text()).isEqualTo("Trade 99 not found.");
            f.api.callback(CHAT, USER, 11, "force_exit__cancel");
            edit(f, "Force exit canceled.");
            f.api.callback(CHAT, USER, 11, "force_exit__1 ");
            TelegramStandIn.Call exiting = edit(f, "Manually exiting");
            assertThat(exiting.text()).isEqualTo("Manually exiting Trade #1, ETH/USDT");
            assertThat(exiting.params()).containsEntry("message_id", "11").doesNotContainKey("parse_mode");
            assertThat(f.api.awaitSent("Exiting ETH/USDT (#1)").text()).contains("*Candle OHLC*: `");

            TelegramStandIn.Call daily = f.command("/daily 3").get(0);
            assertThat(daily.callbackData()).containsExactly("update_daily");
            f.api.callback(999L, USER, 12, "update_daily");
            f.api.callback(CHAT, USER, 12, "update_daily");
            TelegramStandIn.Call refreshed = edit(f, "<b>Daily Profit");
            // a refresh carries no arguments: the default 7 days
            assertThat(refreshed.text()).startsWith("<b>Daily Profit over the last 7 days</b>")
                    .matches("(?s).*</pre>\nUpdated: \\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}");
            assertThat(refreshed.parseMode()).isEqualTo("HTML");
            assertThat(refreshed.chatId()).isEqualTo(CHAT);
            JsonNode button = refreshed.replyMarkup().path("inline_keyboard").get(0).get(0);
            assertThat(button.path("text").asText()).isEqualTo("Refresh");
            assertThat(button.path("callback_data").asText()).isEqualTo("update_daily");

            f.api.callback(CHAT, USER, 13, "update_profit");
            assertThat(edit(f, "*ROI:*").text()).contains("*Total Trade Count:* `1`", "\nUpdated: ");
            f.command("/version");
            // the foreign chat's press was ignored: two edits from refreshes, none for chat 999
            assertThat(f.api.calls("editMessageText")).allMatch(c -> c.chatId() == CHAT);
            assertThat(f.api.calls("editMessageText").stream().filter(c -> c.params().get("message_id").equals("12")))
                    .hasSize(1);
        }
    }

    @Test
    void reloadOffPutsTheKeyboardInsteadOfRefresh() {
        try (TelegramBotFixture f = new TelegramBotFixture(dir, "{}", "\"reload\": false")) {
            TelegramStandIn.Call count = f.command("/count").get(0);
            assertThat(count.callbackData()).isEmpty();
            assertThat(count.replyMarkup().has("keyboard")).isTrue();
        }
    }
}
