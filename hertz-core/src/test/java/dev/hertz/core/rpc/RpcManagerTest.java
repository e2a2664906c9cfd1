package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hertz.core.persistence.PairLock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
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
}
