package dev.hertz.api.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hertz.core.rpc.RpcHandler;
import dev.hertz.core.rpc.RpcMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API's {@link RpcHandler}: every bot message is serialised once and queued on each connected
 * channel subscribed to its type. Registered once with the process' RPC manager, so it outlives
 * {@code reload_config} along with its clients.
 */
public final class MessageStream implements RpcHandler {
    private static final Logger LOG = LoggerFactory.getLogger(MessageStream.class);

    private final Set<MessageChannel> channels = ConcurrentHashMap.newKeySet();
    private final boolean allowCustomMessages;

    /** @param allowCustomMessages whether {@code strategy_msg} reaches WebSocket clients */
    public MessageStream(boolean allowCustomMessages) {
        this.allowCustomMessages = allowCustomMessages;
    }

    @Override
    public String name() {
        return "apiserver";
    }

    @Override
    public boolean allowCustomMessages() {
        return allowCustomMessages;
    }

    @Override
    public void sendMsg(RpcMessage message) {
        if (channels.isEmpty()) {
            return;
        }
        String text;
        try {
            text = WsJson.MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            LOG.error("Cannot serialise {} for WebSocket clients", message.type(), e);
            return;
        }
        for (MessageChannel channel : channels) {
            if (channel.subscribed(message.messageType())) {
                channel.offer(text);
            }
        }
    }

    /** Connected clients. */
    public int size() {
        return channels.size();
    }

    void add(MessageChannel channel) {
        channels.add(channel);
    }

    void remove(MessageChannel channel) {
        channels.remove(channel);
    }

    @Override
    public void cleanup() {
        channels.forEach(c -> c.disconnect("Server shutting down"));
        channels.clear();
    }
}
