package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.hertz.core.persistence.PairLock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RpcManagerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Hands every message to the test thread. */
    private static final class Recording implements RpcHandler {
        final BlockingQueue<RpcMessage> received = new LinkedBlockingQueue<>();
        final String name;
        final boolean custom;
        boolean cleanedUp;

        Recording(String name, boolean custom) {
            this.name = name;
            this.custom = custom;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void sendMsg(RpcMessage message) {
            received.add(message);
        }

        @Override
        public boolean allowCustomMessages() {
            return custom;
        }

        @Override
        public void cleanup() {
            cleanedUp = true;
        }

        RpcMessage next() throws InterruptedException {
            RpcMessage m = received.poll(10, TimeUnit.SECONDS);
            assertThat(m).as("message delivered to " + name).isNotNull();
            return m;
        }
    }

    @Test
    void aThrowingAndABlockingHandlerHoldUpNeitherTheSenderNorTheOthers() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blockedEntered = new CountDownLatch(1);
        RpcHandler throwing = new RpcHandler() {
            @Override
            public String name() {
                return "webhook";
            }

            @Override
            public void sendMsg(RpcMessage message) {
                throw new IllegalStateException("boom");
            }
        };
        BlockingQueue<RpcMessage> blockedGot = new LinkedBlockingQueue<>();
        RpcHandler blocking = new RpcHandler() {
            @Override
            public String name() {
                return "discord";
            }

            @Override
            public void sendMsg(RpcMessage message) {
                blockedEntered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                blockedGot.add(message);
            }
        };
        Recording telegram = new Recording("telegram", true);
        RpcManager manager = new RpcManager();
        manager.register(throwing);
        manager.register(blocking);
        manager.register(telegram);

        manager.sendMsg(new RpcMessage.Status("running"));
        manager.sendMsg(new RpcMessage.Warning("careful"));
        // both sends returned although one handler is stuck: the sender was not held up
        assertThat(blockedEntered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(telegram.next()).isEqualTo(new RpcMessage.Status("running"));
        assertThat(telegram.next()).isEqualTo(new RpcMessage.Warning("careful"));
        assertThat(blockedGot).isEmpty();

        release.countDown();
        manager.close();
        assertThat(blockedGot).containsExactly(new RpcMessage.Status("running"), new RpcMessage.Warning("careful"));
        assertThat(telegram.cleanedUp).isTrue();
        assertThat(manager.handlerNames()).isEmpty();
    }

    @Test
    void aHandlerThatFallsBehindLosesItsOldestMessagesWhileTheSenderNeverWaits() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch firstEntered = new CountDownLatch(1);
        List<String> got = new java.util.concurrent.CopyOnWriteArrayList<>();
        RpcHandler stuck = new RpcHandler() {
            @Override
            public String name() {
                return "webhook";
            }

            @Override
            public void sendMsg(RpcMessage message) {
                firstEntered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                got.add(((RpcMessage.Status) message).status());
            }
        };
        RpcManager manager = new RpcManager();
        manager.register(stuck);
        manager.sendMsg(new RpcMessage.Status("0"));
        assertThat(firstEntered.await(10, TimeUnit.SECONDS)).isTrue();
        // message 0 is being delivered; the queue takes 1..capacity, the next four push out 1..4
        int total = RpcManager.QUEUE_CAPACITY + 5;
        for (int i = 1; i < total; i++) {
            manager.sendMsg(new RpcMessage.Status(String.valueOf(i)));
        }
        release.countDown();
        manager.close();

        assertThat(got).hasSize(RpcManager.QUEUE_CAPACITY + 1);
        assertThat(got.subList(0, 2)).containsExactly("0", "5");
        assertThat(got.getLast()).isEqualTo(String.valueOf(total - 1));
    }

    @Test
    void aHandlerThatThrowsOnCleanupDoesNotKeepTheOthersFromCleaningUp() {
        Recording first = new Recording("telegram", false);
        RpcManager manager = new RpcManager();
        manager.register(first);
        manager.register(new RpcHandler() {
            @Override
            public String name() {
                return "webhook";
            }

            @Override
            public void sendMsg(RpcMessage message) {
            }

            @Override
            public void cleanup() {
                throw new IllegalStateException("boom");
            }
        });
        manager.close();
        assertThat(first.cleanedUp).isTrue();
        // a message sent after close reaches nobody and does not fail
        manager.sendMsg(new RpcMessage.Status("late"));
        assertThat(first.received).isEmpty();
    }

    @Test
    void strategyMessagesReachOnlyHandlersAllowingCustomMessages() throws Exception {
        Recording telegram = new Recording("telegram", true);
        Recording webhook = new Recording("webhook", false);
        RpcManager manager = new RpcManager();
        manager.register(telegram);
        manager.register(webhook);
        assertThat(manager.handlerNames()).containsExactly("telegram", "webhook");

        manager.sendMsg(new RpcMessage.StrategyMsg("hello"));
        manager.sendMsg(new RpcMessage.Status("stopped"));
        manager.close();

        assertThat(telegram.received).containsExactly(new RpcMessage.StrategyMsg("hello"), new RpcMessage.Status("stopped"));
        assertThat(webhook.received).containsExactly(new RpcMessage.Status("stopped"));
    }

    @Test
    void messagesSerialiseToFreqtradePayloads() throws Exception {
        JsonNode status = JSON.valueToTree(new RpcMessage.Status("running"));
        assertThat(status.toString()).isEqualTo("{\"status\":\"running\",\"type\":\"status\"}");

        PairLock lock = new PairLock(3L, "ETH/USDT", "long", "StoplossGuard", Instant.parse("2024-03-01T10:00:00Z"),
                Instant.parse("2024-03-01T11:00:00Z"), true);
        JsonNode trigger = JSON.valueToTree(new RpcMessage.ProtectionTrigger("ETH", LockJson.of(lock)));
        assertThat(trigger.path("type").asText()).isEqualTo("protection_trigger");
        assertThat(trigger.path("base_currency").asText()).isEqualTo("ETH");
        assertThat(trigger.path("pair").asText()).isEqualTo("ETH/USDT");
        assertThat(trigger.path("lock_time").asText()).isEqualTo("2024-03-01 10:00:00");
        assertThat(trigger.path("lock_end_timestamp").asLong()).isEqualTo(1709290800000L);
        assertThat(trigger.path("side").asText()).isEqualTo("long");
        assertThat(trigger.has("lock")).isFalse();

        JsonNode candle = JSON.valueToTree(new RpcMessage.NewCandle(new RpcMessage.PairKey("BTC/USDT", "5m", "spot")));
        assertThat(candle.toString()).isEqualTo("{\"data\":[\"BTC/USDT\",\"5m\",\"spot\"],\"type\":\"new_candle\"}");
        assertThat(JSON.valueToTree(new RpcMessage.Whitelist(List.of("A/B"))).toString())
                .isEqualTo("{\"data\":[\"A/B\"],\"type\":\"whitelist\"}");
    }

    @Test
    void everyMessageTypeHasItsWireString() {
        assertThat(RpcMessageType.PROTECTION_TRIGGER_GLOBAL.wire()).isEqualTo("protection_trigger_global");
        assertThat(RpcMessageType.ENTRY_FILL.wire()).isEqualTo("entry_fill");
        assertThat(RpcMessageType.values()).filteredOn(RpcMessageType::noEcho)
                .containsExactly(RpcMessageType.WHITELIST, RpcMessageType.ANALYZED_DF, RpcMessageType.NEW_CANDLE);
    }

    @Test
    void tradeMessagesCarryFreqtradesFieldNames() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(
                new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));
        Instant open = Instant.parse("2024-03-01T10:00:00Z");
        RpcMessage.EntryInfo entry = new RpcMessage.EntryInfo(7, "tag", "tag", "Binance", "ETH/USDT", 1.0, "Long",
                2000, 2000, "limit", 100, "USDT", "ETH", "USDT", null, 0.05, open, 2001.0, false);
        JsonNode cancel = json.valueToTree(new RpcMessage.EntryCancel(entry, "cancelled due to timeout"));
        assertThat(fieldNames(cancel)).containsExactlyInAnyOrder("type", "trade_id", "buy_tag", "enter_tag",
                "exchange", "pair", "leverage", "direction", "limit", "open_rate", "order_type", "stake_amount",
                "stake_currency", "base_currency", "quote_currency", "fiat_currency", "amount", "open_date",
                "current_rate", "sub_trade", "reason");
        assertThat(cancel.path("type").asText()).isEqualTo("entry_cancel");
        // freqtrade writes this date from the database, without offset
        assertThat(cancel.path("open_date").asText()).isEqualTo("2024-03-01T10:00:00");
        assertThat(json.writeValueAsString(new RpcMessage.EntryCancel(entry, "x")).split("\"open_date\"", -1))
                .as("open_date written once").hasSize(2);
        assertThat(json.valueToTree(new RpcMessage.Entry(entry)).path("open_date").asText())
                .isEqualTo("2024-03-01T10:00:00Z");
        assertThat(cancel.path("fiat_currency").isNull()).isTrue();

        RpcMessage.ExitInfo exit = new RpcMessage.ExitInfo(7, "Binance", "ETH/USDT", 1.0, "Long", "profit", 2100,
                2100, "limit", 0.05, 2000, 2100, null, 4.9, 0.049, "tag", "tag", "roi", open,
                open.plusSeconds(600), 100, "USDT", "ETH", "USDT", null, false, 4.9, 0.049, true);
        JsonNode fill = json.valueToTree(new RpcMessage.ExitFill(exit));
        assertThat(fieldNames(fill)).containsExactlyInAnyOrder("type", "trade_id", "exchange", "pair", "leverage",
                "direction", "gain", "limit", "order_rate", "order_type", "amount", "open_rate", "close_rate",
                "current_rate", "profit_amount", "profit_ratio", "buy_tag", "enter_tag", "exit_reason", "open_date",
                "close_date", "stake_amount", "stake_currency", "base_currency", "quote_currency", "fiat_currency",
                "sub_trade", "cumulative_profit", "final_profit_ratio", "is_final_exit");
        assertThat(fill.path("type").asText()).isEqualTo("exit_fill");
        assertThat(fill.path("is_final_exit").asBoolean()).isTrue();
        assertThat(fill.path("current_rate").isNull()).isTrue();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void naiveDatesAreWrittenAsPythonWritesThem() {
        assertThat(NaiveUtcDate.format(Instant.parse("2024-01-01T00:05:00Z"))).isEqualTo("2024-01-01T00:05:00");
        assertThat(NaiveUtcDate.format(Instant.parse("2024-01-01T00:05:03.120Z")))
                .isEqualTo("2024-01-01T00:05:03.120000");
        assertThat(NaiveUtcDate.format(Instant.parse("2024-01-01T00:05:03.000001999Z")))
                .isEqualTo("2024-01-01T00:05:03.000001");
    }
}
