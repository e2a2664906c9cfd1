package dev.hertz.bench.ws;

/**
 * One measured phase of a run.
 *
 * @param messages   messages broadcast (each to every client)
 * @param delivered  messages the clients received, all clients together
 * @param lost       broadcast messages some client never received (counted per client)
 * @param outOfOrder messages that arrived after a later one
 * @param seconds    from the first broadcast until the last client had the last message
 * @param failure    why the phase ended early, or null
 */
record PhaseResult(int messages, long delivered, long lost, long outOfOrder, double seconds, Delays delays,
                   CpuMeter.Usage cpu, String failure) {
    double deliveredPerSecond() {
        return delivered / seconds;
    }

    /** CPU time per delivered message, in microseconds, or NaN when unknown. */
    static double microsPerDelivery(long cpuNanos, long delivered) {
        return cpuNanos < 0 || delivered == 0 ? Double.NaN : cpuNanos / 1e3 / delivered;
    }
}
