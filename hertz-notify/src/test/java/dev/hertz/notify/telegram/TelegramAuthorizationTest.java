package dev.hertz.notify.telegram;

import org.junit.jupiter.api.Test;

import static dev.hertz.notify.telegram.HandlerFixture.CHAT;
import static dev.hertz.notify.telegram.HandlerFixture.USER;
import static org.assertj.core.api.Assertions.assertThat;

class TelegramAuthorizationTest {

    @Test
    void answersTheConfiguredChatOnly() {
        try (HandlerFixture f = new HandlerFixture("{}")) {
            f.api.message(999L, USER, "/help");
            f.api.message(CHAT, USER, "/help");
            TelegramStandIn.Call reply = f.api.awaitSent("_Bot Control_");
            assertThat(reply.chatId()).isEqualTo(CHAT);
            assertThat(reply.parseMode()).isEqualTo("Markdown");
            // updates are handled in order: the foreign chat's /help came first and got nothing
            assertThat(f.api.sent()).hasSize(1);
        }
    }

    @Test
    void topicIdRestrictsToThatThreadAndRepliesIntoIt() {
        try (HandlerFixture f = new HandlerFixture("{\"topic_id\": \"42\"}")) {
            f.api.message(CHAT, USER, "user", 7L, "/help");
            f.api.message(CHAT, USER, "user", 42L, "/version");
            TelegramStandIn.Call reply = f.api.awaitSent("*Version:*");
            assertThat(reply.params()).containsEntry("message_thread_id", "42");
            assertThat(f.api.sent()).hasSize(1);
        }
    }

    @Test
    void authorizedUsersByIdOrUsername() {
        try (HandlerFixture f = new HandlerFixture("{\"authorized_users\": [\"alice\", \"333\"]}")) {
            f.api.message(CHAT, USER, "mallory", null, "/help");
            f.api.message(CHAT, 333L, "bob", null, "/version");
            f.api.message(CHAT, 444L, "alice", null, "/help");
            f.api.awaitSent("_Bot Control_");
            assertThat(f.api.sent()).extracting(TelegramStandIn.Call::text)
                    .satisfiesExactly(t -> assertThat(t).startsWith("*Version:*"),
                            t -> assertThat(t).startsWith("_Bot Control_"));
        }
    }

    @Test
    void emptyAuthorizedUsersLetsNobodyCommand() {
        try (HandlerFixture f = new HandlerFixture("{\"authorized_users\": []}")) {
            f.api.message(CHAT, USER, "/help");
            f.api.message(5L, USER, "/tg_info");
            f.api.awaitSent("Freqtrade Bot Info:");
            assertThat(f.api.sent()).hasSize(1);
        }
    }

    @Test
    void tgInfoAnswersAnyChatWithItsIds() {
        try (HandlerFixture f = new HandlerFixture("{}")) {
            f.api.message(-100_555L, 777L, "someone", 9L, "/tg_info");
            TelegramStandIn.Call reply = f.api.awaitSent("Freqtrade Bot Info:");
            assertThat(reply.chatId()).isEqualTo(-100_555L);
            assertThat(reply.parseMode()).isEqualTo("MarkdownV2");
            assertThat(reply.params()).containsEntry("message_thread_id", "9");
            assertThat(reply.text()).contains("\"chat_id\": \"-100555\"", "\"topic_id\": \"9\"",
                    "//\"authorized_users\": [\"777\"]", "\"token\": \"********\"");
        }
    }

    @Test
    void commandMatchingIgnoresCaseAndBotNameSuffix() {
        try (HandlerFixture f = new HandlerFixture("{}")) {
            f.api.message(CHAT, USER, "hello there");
            f.api.message(CHAT, USER, "/unknown_command");
            f.api.message(CHAT, USER, "/VERSION@hertz_test_bot");
            assertThat(f.api.awaitSent("*Version:*").text()).isEqualTo("*Version:* `dev`");
            assertThat(f.api.sent()).hasSize(1);
        }
    }
}
