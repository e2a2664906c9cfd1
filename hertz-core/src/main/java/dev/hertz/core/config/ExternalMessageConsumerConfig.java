package dev.hertz.core.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code external_message_consumer} section: the producer bots a consumer bot connects to and
 * how it keeps those connections. Defaults are freqtrade's code defaults for absent keys.
 *
 * @param enabled                {@code enabled} (default false)
 * @param producers              {@code producers}: one WebSocket connection each
 * @param waitTimeout            {@code wait_timeout} seconds of silence before the connection is pinged (default 30)
 * @param pingTimeout            {@code ping_timeout} seconds the pong may take (default 10)
 * @param sleepTime              {@code sleep_time} seconds before reconnecting (default 10)
 * @param removeEntryExitSignals {@code remove_entry_exit_signals} (default false): zero the producer's signal columns
 * @param initialCandleLimit     {@code initial_candle_limit} candles asked for per pair on connecting (default 1500)
 * @param messageSizeLimit       {@code message_size_limit} in MiB; a larger message closes the connection (default 8)
 */
public record ExternalMessageConsumerConfig(
        boolean enabled,
        List<Producer> producers,
        int waitTimeout,
        int pingTimeout,
        int sleepTime,
        boolean removeEntryExitSignals,
        int initialCandleLimit,
        int messageSizeLimit) {

    public ExternalMessageConsumerConfig {
        producers = List.copyOf(producers);
    }

    /**
     * One entry of {@code producers}. {@link #toString()} hides the token.
     *
     * @param name    {@code name}: how a strategy names it in {@code dp.getProducerDf(..., name)}
     * @param host    {@code host}
     * @param port    {@code port} (default 8080)
     * @param secure  {@code secure} (default false): {@code wss} instead of {@code ws}
     * @param wsToken {@code ws_token}: one of the producer's {@code api_server.ws_token} values
     */
    public record Producer(String name, String host, int port, boolean secure, String wsToken) {

        static Producer from(NodeReader producer) {
            for (String key : List.of("name", "host", "ws_token")) {
                if (!producer.has(key)) {
                    throw new ConfigException(producer.keyPath(key) + ": required key is missing");
                }
            }
            return new Producer(producer.text("name", ""), producer.text("host", ""), producer.integer("port", 8080),
                    producer.bool("secure", false), producer.text("ws_token", ""));
        }

        @Override
        public String toString() {
            return "Producer[name=" + name + ", host=" + host + ", port=" + port + ", secure=" + secure
                    + ", wsToken=" + Secrets.mask(wsToken) + "]";
        }
    }

    static ExternalMessageConsumerConfig from(NodeReader section) {
        return new ExternalMessageConsumerConfig(
                section.bool("enabled", false),
                producers(section),
                section.integer("wait_timeout", 30),
                section.integer("ping_timeout", 10),
                section.integer("sleep_time", 10),
                section.bool("remove_entry_exit_signals", false),
                section.integer("initial_candle_limit", 1500),
                section.integer("message_size_limit", 8));
    }

    private static List<Producer> producers(NodeReader section) {
        JsonNode value = section.node().get("producers");
        List<Producer> producers = new ArrayList<>();
        if (value == null || value.isNull()) {
            return producers;
        }
        if (!value.isArray()) {
            throw section.wrongType("producers", value, "a list of producers");
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                throw section.wrongType("producers[" + i + "]", value.get(i), "an object");
            }
            producers.add(Producer.from(new NodeReader(value.get(i), section.keyPath("producers[" + i + "]"))));
        }
        return producers;
    }
}
