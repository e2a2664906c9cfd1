package dev.hertz.notify.telegram;

import dev.hertz.notify.delivery.OutageLog;
import dev.hertz.notify.delivery.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends texts with retries: an outage (no answer, 5xx, flood limit) is retried with backoff and
 * logged once per outage; a refusal (bad Markdown, unknown chat) is logged and the message
 * dropped, since sending it again cannot help. Each sending thread brings its own
 * {@link OutageLog}.
 */
final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final TelegramApi api;
    private final Retry retry;

    Outbox(TelegramApi api, Retry retry) {
        this.api = api;
        this.retry = retry;
    }

    /** One Bot API call that may fail. */
    interface Call {
        void run() throws TelegramApi.TelegramFailure;
    }

    /** Sends {@code reply} to the configured chat. */
    boolean send(Reply reply, boolean silent, OutageLog outage) {
        return deliver("sendMessage", outage, () -> api.send(reply, silent));
    }

    /**
     * Runs {@code call} under the retry policy; returns whether it was delivered. Each failed
     * attempt is reported to {@code outage} at once, so the warning comes with the first failure
     * rather than when the retries run out.
     */
    boolean deliver(String what, OutageLog outage, Call call) {
        return retry.run(what, outage, () -> {
            try {
                call.run();
            } catch (TelegramApi.TelegramFailure e) {
                if (e.retryable()) {
                    outage.failed(what, e);
                    throw e;
                }
                LOG.warn("TelegramError: {}! Giving up on that message.", e.getMessage());
            }
        });
    }
}
