package dev.hertz.notify.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.hertz.core.rpc.RpcMessage;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Telegram down or slow: the bot's send returns at once and the messages arrive once it recovers. */
class TelegramOutageTest {

    @Test
    void serverErrorsAreRetriedUntilTelegramRecovers() {
        Logger log = (Logger) LoggerFactory.getLogger(TelegramHandler.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        log.addAppender(appender);
        try (HandlerFixture f = new HandlerFixture("{}")) {
            f.api.failWith(500);
            f.manager.sendMsg(new RpcMessage.Status("first"));
            f.manager.sendMsg(new RpcMessage.Status("second"));
            TelegramStandIn.awaitTrue(() -> f.api.failures("sendMessage") >= 3, "retried sends");
            assertThat(f.api.sent()).isEmpty();
            f.api.recover();
            f.api.awaitSent("second");
            assertThat(f.api.sent()).extracting(TelegramStandIn.Call::text)
                    .containsExactly("*Status:* `first`", "*Status:* `second`");
            // the notification thread's outage: one warning however often it failed, one line when it is over
            assertThat(appender.list).filteredOn(e -> e.getLevel() == Level.WARN)
                    .singleElement().satisfies(e -> assertThat(e.getFormattedMessage())
                            .startsWith("Telegram unreachable, sendMessage failed: TelegramFailure: error 500"));
            assertThat(appender.list).filteredOn(e -> e.getFormattedMessage().startsWith("Telegram reachable again"))
                    .hasSize(1);
        } finally {
            log.detachAppender(appender);
        }
    }

    @Test
    void aHangingApiHoldsUpNeitherTheSenderNorLaterMessages() {
        try (HandlerFixture f = new HandlerFixture("{}")) {
            f.api.hang();
            f.manager.sendMsg(new RpcMessage.Status("while hanging"));
            TelegramStandIn.awaitTrue(() -> f.api.hungRequests() > 0, "a held request");
            // the bot's send returned although Telegram has not answered the request in flight
            f.manager.sendMsg(new RpcMessage.Status("queued behind"));
            assertThat(f.api.hungRequests()).isPositive();
            assertThat(f.api.sent()).isEmpty();
            f.api.recover();
            f.api.awaitSent("queued behind");
            assertThat(f.api.sent()).extracting(TelegramStandIn.Call::text)
                    .containsExactly("*Status:* `while hanging`", "*Status:* `queued behind`");
        }
    }

    @Test
    void aRefusedMessageIsDroppedNotRetried() {
        try (HandlerFixture f = new HandlerFixture("{}")) {
            f.api.failWith(400);
            f.manager.sendMsg(new RpcMessage.Status("bad_markdown*"));
            TelegramStandIn.awaitTrue(() -> f.api.failures("sendMessage") >= 1, "the refused send");
            f.api.recover();
            f.manager.sendMsg(new RpcMessage.Status("fine"));
            f.api.awaitSent("fine");
            assertThat(f.api.failures("sendMessage")).isEqualTo(1);
            assertThat(f.api.sent()).extracting(TelegramStandIn.Call::text).containsExactly("*Status:* `fine`");
        }
    }

    @Test
    void commandsAreAnsweredAgainAfterAnOutage() {
        try (HandlerFixture f = new HandlerFixture("{}")) {
            f.api.failWith(500);
            TelegramStandIn.awaitTrue(() -> f.api.failures("getUpdates") >= 2, "failed polls");
            f.api.recover();
            f.api.message(HandlerFixture.CHAT, HandlerFixture.USER, "/version");
            assertThat(f.api.awaitSent("*Version:*").text()).isEqualTo("*Version:* `dev`");
        }
    }

    @Test
    void startsWhileTelegramIsDownAndServesOnceItIsBack() {
        try (HandlerFixture f = new HandlerFixture("{}", true, 500)) {
            f.manager.sendMsg(new RpcMessage.Status("running"));
            TelegramStandIn.awaitTrue(() -> f.api.failures("getMe") >= 2 && f.api.failures("sendMessage") >= 2,
                    "start-up and sends retried");
            f.api.recover();
            f.api.awaitSent("*Status:* `running`");
            f.api.awaitPolling();
            f.api.message(HandlerFixture.CHAT, HandlerFixture.USER, "/version");
            assertThat(f.api.awaitSent("*Version:*").text()).isEqualTo("*Version:* `dev`");
        }
    }
}
