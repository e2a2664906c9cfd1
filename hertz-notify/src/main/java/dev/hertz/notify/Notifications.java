package dev.hertz.notify;

import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.rpc.RpcHandler;
import dev.hertz.core.rpc.RpcMessageType;
import dev.hertz.notify.discord.DiscordHandler;
import dev.hertz.notify.webhook.WebhookHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds the webhook and Discord handlers a configuration enables, for the application to register. */
public final class Notifications {

    private Notifications() {
    }

    /**
     * The enabled {@code discord} and {@code webhook} handlers, in freqtrade's registration order
     * (Discord first). Register each with the process's {@code RpcManager}.
     *
     * @throws dev.hertz.core.config.ConfigException when a template of an enabled handler is malformed
     */
    public static List<RpcHandler> handlers(HertzConfig config) {
        List<RpcHandler> handlers = new ArrayList<>();
        DiscordHandler discord = null;
        if (config.discord().enabled()) {
            discord = new DiscordHandler(config.discord(), config.strategy().orElse(""),
                    config.timeframe().orElse(""), config.raw().path("bot_name").asText(""));
            handlers.add(discord);
        }
        if (config.webhook().enabled()) {
            Function<RpcMessageType, Map<String, Object>> shared =
                    discord == null ? type -> Map.of() : discord::addedFields;
            handlers.add(new WebhookHandler(config.webhook(), shared));
        }
        return handlers;
    }
}
