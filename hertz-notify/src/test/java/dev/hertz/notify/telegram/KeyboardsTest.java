package dev.hertz.notify.telegram;

import dev.hertz.core.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyboardsTest {

    @Test
    void emptyMeansTheDefaultKeyboard() {
        assertThat(Keyboards.resolve(List.of())).isEqualTo(Keyboards.DEFAULT);
    }

    @Test
    void acceptsTheAllowedCommandsWithArguments() {
        List<List<String>> rows = List.of(List.of("/daily 3", "/profit 10", "/whitelist sorted baseonly"),
                List.of("/marketdir long", "/entries ETH/BTC", "/status table"));
        assertThat(Keyboards.resolve(rows)).isEqualTo(rows);
    }

    @Test
    void refusesEveryButtonThatIsNoAllowedCommand() {
        List<List<String>> rows = List.of(List.of("/daily", "/foo"), List.of("/status 3", "/marketdir up"));
        assertThatThrownBy(() -> Keyboards.resolve(rows)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("config.telegram.keyboard: Invalid commands for custom Telegram keyboard: "
                        + "['/foo', '/status 3', '/marketdir up']\nvalid commands are: ['/start', '/stop', '/status', ")
                .hasMessageContaining("'/whitelist(\\\\ssorted|\\\\sbaseonly)+'");
    }

    @Test
    void theHandlerRefusesToStartWithABadKeyboardAndUsesAGoodOne() {
        assertThatThrownBy(() -> new HandlerFixture("{\"keyboard\": [[\"/rm -rf\"]]}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("['/rm -rf']");
        try (HandlerFixture f = new HandlerFixture("{\"keyboard\": [[\"/version\", \"/help\"]]}")) {
            f.api.message(HandlerFixture.CHAT, HandlerFixture.USER, "/version");
            TelegramStandIn.Call reply = f.api.awaitSent("*Version:*");
            assertThat(TelegramNotificationsTest.keyboardTexts(reply.replyMarkup()))
                    .isEqualTo(List.of(List.of("/version", "/help")));
        }
    }

    @Test
    void missingTokenOrNonNumericChatIdIsAConfigError() {
        assertThatThrownBy(() -> new HandlerFixture("{\"token\": \"\"}")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("telegram.token:");
        assertThatThrownBy(() -> new HandlerFixture("{\"chat_id\": \"me\"}")).isInstanceOf(ConfigException.class)
                .hasMessage("telegram.chat_id: expected a numeric chat id, got 'me'");
    }
}
