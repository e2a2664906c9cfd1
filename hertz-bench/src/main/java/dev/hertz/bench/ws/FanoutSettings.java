package dev.hertz.bench.ws;

import java.time.Duration;

/**
 * What one run does after its clients have connected and subscribed.
 *
 * @param size          characters of each message's status text
 * @param batch         messages broadcast before waiting for every client to have them all; below
 *                      Hertz's per-client outbox of 1000, so no client is dropped for being behind
 * @param messages      messages per client in the throughput phase (fewer if {@code maxTime} runs out first)
 * @param maxTime       the throughput phase starts no new batch after this
 * @param warmUpTime    batches sent, unmeasured, before the throughput phase (JIT, connection buffers)
 * @param perSecond     the paced phase's broadcast rate
 * @param pacedTime     the paced phase's length; zero skips it
 * @param waitLimit     how long one batch may take to reach every client before the run is called failed
 */
record FanoutSettings(int size, int batch, int messages, Duration maxTime, Duration warmUpTime, double perSecond,
                      Duration pacedTime, Duration waitLimit) {
    FanoutSettings {
        if (size < 48) {
            throw new IllegalArgumentException("Message size must be at least 48 characters (the sequence number and send time), got " + size);
        }
        if (batch < 1 || batch > 1000) {
            throw new IllegalArgumentException("Batch must be 1 to 1000 messages (Hertz drops a client 1000 behind), got " + batch);
        }
        if (messages < 1) {
            throw new IllegalArgumentException("Messages per client must be at least 1, got " + messages);
        }
        if (perSecond <= 0 && !pacedTime.isZero()) {
            throw new IllegalArgumentException("The paced phase needs a rate above 0 messages a second, got " + perSecond);
        }
    }

    FanoutSettings withMessages(int n) {
        return new FanoutSettings(size, batch, n, maxTime, warmUpTime, perSecond, pacedTime, waitLimit);
    }
}
