package dev.hertz.notify.webhook;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.WebhookConfig;
import dev.hertz.core.rpc.RpcManager;
import dev.hertz.core.rpc.RpcMessage;
import dev.hertz.core.rpc.RpcMessageType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook handler against a real HTTP receiver on a loopback port. */
class WebhookHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpReceiver receiver = new HttpReceiver();
    private final List<WebhookHandler> handlers = new ArrayList<>();

    WebhookHandlerTest() throws Exception {
    }

    @AfterEach
    void close() {
        handlers.forEach(WebhookHandler::cleanup);
        receiver.close();
    }

    /** A handler for a {@code webhook} section given as JSON (without enabled and url). */
    private WebhookHandler handler(String section) throws Exception {
        ObjectNode webhook = (ObjectNode) JSON.readTree(section);
        webhook.put("enabled", true).put("url", receiver.url("/hook").toString());
        ObjectNode config = JSON.createObjectNode();
        config.set("webhook", webhook);
        WebhookHandler handler = new WebhookHandler(HertzConfig.from(config).webhook());
        handlers.add(handler);
        return handler;
    }

    @Test
    void formPostsTheRenderedEntryPayloadUrlEncoded() throws Exception {
        WebhookHandler handler = handler("""
                {"entry": {"value1": "Buying {pair} *~ ü", "value2": "limit {limit:8f}",
                           "value3": "{stake_amount:8f} {stake_currency}",
                           "value4": "{open_date:%Y-%m-%d %H:%M} {leverage} {sub_trade}"}}
                """);

        handler.sendMsg(SampleMessages.entry());

        HttpReceiver.Request request = receiver.next();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/hook");
        assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded");
        // what Python's urlencode makes of the same rendered payload
        assertThat(request.body()).isEqualTo("value1=Buying+ETH%2FUSDT+%2A~+%C3%BC&value2=limit+2000.500000"
                + "&value3=100.025000+USDT&value4=2024-03-01+10%3A00+None+False");
    }

    @Test
    void jsonPostsTheRenderedExitFillPayloadAsPythonWritesIt() throws Exception {
        WebhookHandler handler = handler("""
                {"format": "json", "exit_fill": {
                    "text": "Sold {pair} ({exit_reason}): {profit_amount} {stake_currency} ({profit_ratio:.2%})",
                    "closed": "{close_date}", "extra": "{current_rate} {is_final_exit} {fiat_currency} é"}}
                """);

        handler.sendMsg(SampleMessages.exitFill(0.049));

        HttpReceiver.Request request = receiver.next();
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.body()).isEqualTo("{\"text\": \"Sold ETH/USDT (roi): 4.9 USDT (4.90%)\", "
                + "\"closed\": \"2024-03-01 10:10:30.500000+00:00\", \"extra\": \"None True None \\u00e9\"}");
    }

    @Test
    void rawPostsTheDataValueAloneAsPlainText() throws Exception {
        WebhookHandler handler = handler("""
                {"format": "raw", "status": {"data": "Status: {status}", "ignored": "{status}!"}}
                """);

        handler.sendMsg(new RpcMessage.Status("running"));

        HttpReceiver.Request request = receiver.next();
        assertThat(request.contentType()).isEqualTo("text/plain");
        assertThat(request.body()).isEqualTo("Status: running");
    }

    @Test
    void everyMessageTypeFillsItsOwnPlaceholders() throws Exception {
        WebhookHandler handler = handler("""
                {"format": "json", "allow_custom_messages": true,
                 "entry": {"t": "{type} {trade_id} {pair} {direction} {open_rate} {amount} {enter_tag} {current_rate}"},
                 "entry_fill": {"t": "{type} {open_date}"},
                 "entry_cancel": {"t": "{type} {reason} {open_date}"},
                 "exit": {"t": "{type} {gain} {order_rate} {exit_reason} {current_rate}"},
                 "exit_fill": {"t": "{type} {close_rate} {cumulative_profit} {final_profit_ratio:.1%}"},
                 "exit_cancel": {"t": "{type} {reason} {profit_amount} {open_date} | {close_date}"},
                 "status": {"t": "{type} {status}"}, "startup": {"t": "{type} {status}"},
                 "warning": {"t": "{type} {status}"}, "exception": {"t": "{type} {status}"},
                 "strategy_msg": {"t": "{type} {msg}"},
                 "protection_trigger": {"t": "{type} {pair} {reason} until {lock_end_time} ({base_currency})"},
                 "whitelist": {"t": "{type} {data} {data[1]}"}}
                """);
        Map<RpcMessage, String> expected = new java.util.LinkedHashMap<>();
        expected.put(SampleMessages.entry(), "entry 7 ETH/USDT Long 2000.5 0.05 breakout 2001.0");
        expected.put(SampleMessages.entryFill(), "entry_fill 2024-03-01 10:00:00+00:00");
        expected.put(SampleMessages.entryCancel(), "entry_cancel cancelled due to timeout 2024-03-01 10:00:00");
        expected.put(SampleMessages.exit(-0.01), "exit loss 2098.5 roi None");
        expected.put(SampleMessages.exitFill(0.049), "exit_fill 2098.5 4.9 4.9%");
        expected.put(SampleMessages.exitCancel(),
                "exit_cancel cancelled due to timeout -0.075 2024-03-01 10:00:00 | 2024-03-01 10:10:30.500000+00:00");
        expected.put(new RpcMessage.Status("stopped"), "status stopped");
        expected.put(new RpcMessage.Startup("*Exchange:* `binance`"), "startup *Exchange:* `binance`");
        expected.put(new RpcMessage.Warning("Dry run is enabled."), "warning Dry run is enabled.");
        expected.put(new RpcMessage.ExceptionMsg("*OperationalException:*"), "exception *OperationalException:*");
        expected.put(new RpcMessage.StrategyMsg("RSI crossed 30"), "strategy_msg RSI crossed 30");
        expected.put(SampleMessages.protectionTrigger(),
                "protection_trigger ETH/USDT 2 stoplosses in 60 min until 2024-03-01 11:10:30 (ETH)");
        expected.put(SampleMessages.whitelist(), "whitelist ['ETH/USDT', 'BTC/USDT'] BTC/USDT");

        for (Map.Entry<RpcMessage, String> e : expected.entrySet()) {
            handler.sendMsg(e.getKey());
            assertThat(JSON.readTree(receiver.next().body()).path("t").asText())
                    .as(e.getKey().type()).isEqualTo(e.getValue());
        }
    }

    @Test
    void aTypeWithoutPayloadSendsNothing() throws Exception {
        WebhookHandler handler = handler("""
                {"format": "json", "entry": {"t": "{pair}"}, "exit": {}, "whitelist": {"t": "{data}"}}
                """);

        handler.sendMsg(new RpcMessage.Status("running"));
        handler.sendMsg(SampleMessages.exit(0.01));
        handler.sendMsg(SampleMessages.protectionTrigger());
        handler.sendMsg(SampleMessages.entry());

        assertThat(receiver.next().body()).isEqualTo("{\"t\": \"ETH/USDT\"}");
        assertThat(receiver.received()).isEqualTo(1);
    }

    @Test
    void deprecatedKeysServeTheirTypesWhenTheTypesOwnKeyIsAbsent() throws Exception {
        WebhookHandler handler = handler("""
                {"format": "json", "webhookstatus": {"t": "old {status}"}, "startup": {"t": "new {status}"},
                 "webhookentry": {"t": "legacy {pair}"}}
                """);

        handler.sendMsg(new RpcMessage.Warning("careful"));
        handler.sendMsg(new RpcMessage.Startup("hello"));
        handler.sendMsg(SampleMessages.entry());

        assertThat(receiver.next().body()).isEqualTo("{\"t\": \"old careful\"}");
        assertThat(receiver.next().body()).isEqualTo("{\"t\": \"new hello\"}");
        assertThat(receiver.next().body()).isEqualTo("{\"t\": \"legacy ETH/USDT\"}");
    }

    @Test
    void anUnknownPlaceholderIsLoggedAndTheMessageSkipped() throws Exception {
        WebhookHandler handler = handler("""
                {"format": "json", "entry": {"t": "{pair} {profit_ratio}"}, "status": {"t": "{status}"}}
                """);
        ListAppender<ILoggingEvent> log = capture();

        handler.sendMsg(SampleMessages.entry());
        handler.sendMsg(new RpcMessage.Status("running"));

        assertThat(receiver.next().body()).isEqualTo("{\"t\": \"running\"}");
        assertThat(receiver.received()).isEqualTo(1);
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("Problem calling Webhook. Please check your webhook configuration. Exception: 'profit_ratio'");
    }

    @Test
    void aRawPayloadWithoutDataIsSkippedWithTheSameError() throws Exception {
        WebhookHandler handler = handler("{\"format\": \"raw\", \"status\": {\"text\": \"{status}\"}}");
        ListAppender<ILoggingEvent> log = capture();

        handler.sendMsg(new RpcMessage.Status("running"));

        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("Problem calling Webhook. Please check your webhook configuration. Exception: 'data'");
        assertThat(receiver.received()).isZero();
    }

    @Test
    void failedAttemptsAreRetriedAfterTheRetryDelay() throws Exception {
        WebhookHandler handler = handler("""
                {"format": "json", "retries": 2, "retry_delay": 0.2, "status": {"t": "{status}"}}
                """);
        receiver.failFirst(2);

        handler.sendMsg(new RpcMessage.Status("running"));

        List<Long> arrivals = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpReceiver.Request attempt = receiver.next();
            assertThat(attempt.body()).isEqualTo("{\"t\": \"running\"}");
            arrivals.add(attempt.receivedNanos());
        }
        assertThat(receiver.received()).isEqualTo(3);
        // the handler slept retry_delay before each retry, so attempts are at least that far apart
        assertThat(arrivals.get(1) - arrivals.get(0)).isGreaterThanOrEqualTo(200_000_000L);
        assertThat(arrivals.get(2) - arrivals.get(1)).isGreaterThanOrEqualTo(200_000_000L);
        handler.sendMsg(new RpcMessage.Status("stopped"));
        assertThat(receiver.next().body()).isEqualTo("{\"t\": \"stopped\"}");
        assertThat(receiver.received()).isEqualTo(4);
    }

    @Test
    void afterRetriesPlusOneFailedAttemptsTheMessageIsDropped() throws Exception {
        WebhookHandler handler = handler("""
                {"format": "json", "retries": 1, "retry_delay": 0, "status": {"t": "{status}"}}
                """);
        receiver.failFirst(3);

        handler.sendMsg(new RpcMessage.Status("first"));
        handler.sendMsg(new RpcMessage.Status("second"));
        handler.sendMsg(new RpcMessage.Status("third"));

        // first: 2 failed attempts; second: 1 failed, 1 answered; third: answered at once
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            bodies.add(JSON.readTree(receiver.next().body()).path("t").asText());
        }
        assertThat(bodies).containsExactly("first", "first", "second", "second", "third");
        assertThat(receiver.poll(300)).isNull();
    }

    @Test
    @Timeout(60)
    void aHangingReceiverHoldsUpNeitherTheSenderNorLaterMessages() throws Exception {
        WebhookHandler handler = handler("""
                {"format": "json", "timeout": 0.5, "status": {"t": "{status}"}}
                """);
        receiver.hangFirst(1);
        try (RpcManager manager = new RpcManager()) {
            manager.register(handler);

            manager.sendMsg(new RpcMessage.Status("stuck"));
            while (receiver.received() == 0) {
                Thread.sleep(10);
            }
            // the handler's thread now waits on a receiver that never answers; sending still returns
            manager.sendMsg(new RpcMessage.Status("running"));
            manager.sendMsg(new RpcMessage.Status("stopped"));

            assertThat(receiver.next().body()).isEqualTo("{\"t\": \"running\"}");
            assertThat(receiver.next().body()).isEqualTo("{\"t\": \"stopped\"}");
            assertThat(receiver.received()).isEqualTo(3);
        }
    }

    @Test
    @Timeout(60)
    void aReceiverThatNeverFinishesItsAnswerDoesNotHoldTheHandler() throws Exception {
        WebhookHandler handler = handler("{\"format\": \"json\", \"timeout\": 0.5, \"status\": {\"t\": \"{status}\"}}");
        receiver.stallFirst(1);

        handler.sendMsg(new RpcMessage.Status("stalled"));
        handler.sendMsg(new RpcMessage.Status("running"));

        assertThat(receiver.next().body()).isEqualTo("{\"t\": \"stalled\"}");
        assertThat(receiver.next().body()).isEqualTo("{\"t\": \"running\"}");
    }

    @Test
    void strategyMessagesReachTheHandlerOnlyWhenCustomMessagesAreAllowed() throws Exception {
        WebhookHandler allowing = handler("""
                {"format": "json", "allow_custom_messages": true, "strategy_msg": {"t": "{msg}"}}
                """);
        WebhookHandler refusing = handler("{\"format\": \"json\", \"strategy_msg\": {\"t\": \"refused {msg}\"}}");
        try (RpcManager manager = new RpcManager()) {
            manager.register(refusing);
            manager.register(allowing);

            manager.sendMsg(new RpcMessage.StrategyMsg("hello"));

            assertThat(receiver.next().body()).isEqualTo("{\"t\": \"hello\"}");
        }
        assertThat(receiver.received()).isEqualTo(1);
        assertThat(allowing.name()).isEqualTo("webhook");
    }

    @Test
    void sharedFieldsAreOfferedToTemplatesOfTheirTypes() throws Exception {
        ObjectNode config = (ObjectNode) JSON.readTree("{\"webhook\": {\"enabled\": true, \"format\": \"json\","
                + " \"entry\": {\"t\": \"{pair} by {strategy}\"}}}");
        ((ObjectNode) config.get("webhook")).put("url", receiver.url("/hook").toString());
        WebhookConfig webhook = HertzConfig.from(config).webhook();
        WebhookHandler handler = new WebhookHandler(webhook,
                type -> type == RpcMessageType.ENTRY ? Map.of("strategy", "SampleStrategy") : Map.of());
        handlers.add(handler);

        handler.sendMsg(SampleMessages.entry());

        assertThat(receiver.next().body()).isEqualTo("{\"t\": \"ETH/USDT by SampleStrategy\"}");
    }

    private static ListAppender<ILoggingEvent> capture() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(WebhookHandler.class)).addAppender(appender);
        return appender;
    }
}
