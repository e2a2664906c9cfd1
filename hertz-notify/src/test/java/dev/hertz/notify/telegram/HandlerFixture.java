package dev.hertz.notify.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.logging.LogRing;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.RpcManager;
import dev.hertz.notify.delivery.Retry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A {@link TelegramHandler} pointed at a {@link TelegramStandIn}, registered with a real
 * {@link RpcManager}, answering from a facade without a bot ({@link Rpc#webserver}): enough for
 * notifications, authorization and failures; commands that need a trading bot are tested in
 * hertz-app.
 */
final class HandlerFixture implements AutoCloseable {
    static final long CHAT = 1_111_111L;
    static final long USER = 2_222_222L;
    static final ObjectMapper JSON = new ObjectMapper();
    /** Fast retries and a short request timeout, so an outage test does not wait long. */
    static final TelegramHandler.Options FAST = new TelegramHandler.Options(
            new Retry(200, Duration.ofMillis(20), Duration.ofMillis(200)), Duration.ofSeconds(1), 5,
            Duration.ofMillis(20), Duration.ofMillis(200));

    final TelegramStandIn api = new TelegramStandIn();
    final RpcManager manager = new RpcManager();
    final TelegramHandler handler;

    /** @param telegram JSON merged into the {@code telegram} section */
    HandlerFixture(String telegram) {
        this(telegram, true);
    }

    HandlerFixture(String telegram, boolean dryRun) {
        this(telegram, dryRun, 0);
    }

    /** @param failStatus when not 0, the stand-in answers every call with this status from before the start */
    HandlerFixture(String telegram, boolean dryRun, int failStatus) {
        api.failWith(failStatus);
        ObjectNode config = config(api.apiUrl(), telegram);
        config.put("dry_run", dryRun);
        HertzConfig typed = HertzConfig.from(config);
        Rpc rpc = Rpc.webserver(new LoadedConfig(config, config, RunMode.WEBSERVER, List.of()), new LogRing(),
                Clock.systemUTC(), Path.of(""));
        try {
            handler = new TelegramHandler(typed, rpc, Clock.systemUTC(), FAST);
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
        handler.start();
        manager.register(handler);
        if (failStatus == 0) {
            api.awaitPolling();
        }
    }

    static ObjectNode config(String apiUrl, String telegram) {
        try {
            ObjectNode config = (ObjectNode) JSON.readTree("""
                    {"stake_currency": "BTC", "stake_amount": 0.001, "dry_run": true, "max_open_trades": 3,
                     "exchange": {"name": "binance", "pair_whitelist": ["ETH/BTC"]},
                     "strategy": "SampleStrategy", "timeframe": "5m",
                     "telegram": {"enabled": true, "token": "%s", "chat_id": "%d", "api_url": "%s"}}
                    """.formatted(TelegramStandIn.TOKEN, CHAT, apiUrl));
            JsonNode extra = JSON.readTree(telegram);
            ObjectNode section = (ObjectNode) config.get("telegram");
            extra.properties().forEach(e -> section.set(e.getKey(), e.getValue()));
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        manager.close();
        api.close();
    }
}
