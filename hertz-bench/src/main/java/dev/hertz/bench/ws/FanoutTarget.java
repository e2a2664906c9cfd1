package dev.hertz.bench.ws;

import java.net.URI;

/** A server under test: where clients connect, and how the benchmark makes it broadcast. */
interface FanoutTarget extends AutoCloseable {
    /** The name in the report, e.g. {@code hertz} or {@code peer(throttle 0.01 s, publish thread)}. */
    String name();

    /** The message WebSocket's address with a valid {@code token}. */
    URI wsUri();

    /**
     * Broadcasts {@code count} {@code status} messages numbered from {@code first} to every
     * subscribed client, each stamped with its send time just before it is handed to the server;
     * {@code perSecond} of them a second, or as fast as possible when 0. Returns once all are
     * handed over, not when they are delivered.
     */
    void broadcast(long first, int count, int size, double perSecond);

    /** CPU time of the server's own process so far, or -1 when it runs inside the benchmark's JVM. */
    long processCpuNanos();

    @Override
    void close();
}
