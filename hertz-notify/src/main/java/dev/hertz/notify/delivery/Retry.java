package dev.hertz.notify.delivery;

import java.time.Duration;

/**
 * Retries one delivery with exponential backoff. It runs on the handler's own delivery thread
 * (see {@code RpcManager}), so waiting here never slows the bot, only that handler's queue.
 *
 * @param attempts   tries in total, at least 1
 * @param firstDelay the wait before the second try; each later wait doubles
 * @param maxDelay   the longest single wait
 */
public record Retry(int attempts, Duration firstDelay, Duration maxDelay) {

    /** One delivery step that may fail. */
    @FunctionalInterface
    public interface Attempt {
        void run() throws Exception;
    }

    public Retry {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
        if (firstDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("retry delays must not be negative");
        }
    }

    /**
     * Runs {@code attempt} until it succeeds or the attempts are used up, reporting to
     * {@code outage}; returns whether it succeeded. Interruption stops at once (the bot is closing).
     */
    public boolean run(String what, OutageLog outage, Attempt attempt) {
        long delay = firstDelay.toMillis();
        for (int i = 1; ; i++) {
            try {
                attempt.run();
                outage.succeeded();
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception e) {
                if (i >= attempts) {
                    outage.failed(what, e);
                    return false;
                }
            }
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            delay = Math.min(delay * 2, maxDelay.toMillis());
        }
    }
}
