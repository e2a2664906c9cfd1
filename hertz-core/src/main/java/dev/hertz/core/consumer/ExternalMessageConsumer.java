package dev.hertz.core.consumer;

import dev.hertz.core.config.ExternalMessageConsumerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * freqtrade's producer/consumer mode, consumer side: one WebSocket connection per configured
 * producer ({@code ws://host:port/api/v1/message/ws?token=ws_token}), each subscribed to
 * {@code whitelist} and {@code analyzed_df}, filling {@link ProducerData} for the strategy.
 *
 * <p>Every connection runs on its own virtual thread, so the bot loop never waits for a producer:
 * it only reads {@link ProducerData}. A producer that is down, refuses the token or sends garbage
 * is logged and retried after {@code sleep_time}; the bot keeps trading.
 */
public final class ExternalMessageConsumer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExternalMessageConsumer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final ExternalMessageConsumerConfig config;
    private final ProducerData data;
    /** Made on start: an HttpClient runs a selector thread from the moment it exists. */
    private HttpClient client;
    private final List<ProducerConnection> connections = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private boolean closed;

    /**
     * @param config the {@code external_message_consumer} section
     * @param data   where received whitelists and frames go (the bot's data provider reads it)
     */
    public ExternalMessageConsumer(ExternalMessageConsumerConfig config, ProducerData data) {
        this.config = config;
        this.data = data;
    }

    /**
     * Connects to every producer in the background and returns at once; does nothing unless the
     * section is {@code enabled}. A closed consumer stays closed.
     */
    public synchronized void start() {
        if (closed || client != null || !config.enabled()) {
            return;
        }
        LOG.info("Starting ExternalMessageConsumer");
        client = HttpClient.newHttpClient();
        for (ExternalMessageConsumerConfig.Producer producer : config.producers()) {
            ProducerConnection connection = new ProducerConnection(producer, config, client, data);
            connections.add(connection);
            threads.add(Thread.ofVirtual().name("hertz-consumer-" + producer.name()).start(connection));
        }
    }

    /** Closes every connection and waits (briefly) for their threads to end. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (client == null) {
            return;
        }
        LOG.info("Stopping ExternalMessageConsumer");
        connections.forEach(ProducerConnection::stop);
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                if (!thread.join(STOP_WAIT)) {
                    LOG.warn("Connection thread {} did not stop within {}s", thread.getName(), STOP_WAIT.toSeconds());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
        connections.clear();
        client.shutdownNow();
    }
}
