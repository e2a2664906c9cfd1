package dev.hertz.notify.telegram;

import com.pengrad.telegrambot.model.Update;
import dev.hertz.notify.delivery.OutageLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Long polling on a thread of its own: checks the token ({@code getMe}), drops the updates that
 * arrived while the bot was down (as freqtrade does), then asks {@code getUpdates} again and
 * again, handing each update to the dispatcher in order. Telegram being unreachable, at start or
 * later, only makes it wait and try again, with a growing pause and one log line per outage.
 */
final class UpdatePoller {
    private static final Logger LOG = LoggerFactory.getLogger(UpdatePoller.class);

    private final TelegramApi api;
    private final Consumer<Update> dispatcher;
    private final int pollTimeoutSeconds;
    private final Duration firstRetryDelay;
    private final Duration maxRetryDelay;
    private final OutageLog outage = new OutageLog(LOG, "Telegram");
    private final Thread thread;
    private volatile boolean stopped;

    UpdatePoller(TelegramApi api, Consumer<Update> dispatcher, int pollTimeoutSeconds, Duration firstRetryDelay,
                 Duration maxRetryDelay) {
        this.api = api;
        this.dispatcher = dispatcher;
        this.pollTimeoutSeconds = pollTimeoutSeconds;
        this.firstRetryDelay = firstRetryDelay;
        this.maxRetryDelay = maxRetryDelay;
        this.thread = new Thread(this::run, "FTTelegram");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops polling: cancels the poll in flight and waits for the thread to end. */
    void stop() {
        stopped = true;
        api.cancelPoll();
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        long delay = firstRetryDelay.toMillis();
        Integer offset = null;
        while (!stopped) {
            try {
                if (offset == null) {
                    api.getMe();
                    offset = skipPending();
                }
                List<Update> updates = api.poll(offset, pollTimeoutSeconds);
                outage.succeeded();
                delay = firstRetryDelay.toMillis();
                for (Update update : updates) {
                    offset = update.updateId() + 1;
                    dispatch(update);
                }
            } catch (TelegramApi.TelegramFailure e) {
                if (stopped) {
                    return;
                }
                outage.failed(offset == null ? "getMe" : "getUpdates", e);
                if (!sleep(delay)) {
                    return;
                }
                delay = Math.min(delay * 2, maxRetryDelay.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The offset after the newest pending update: commands sent while the bot was down are not run. */
    private int skipPending() throws TelegramApi.TelegramFailure, InterruptedException {
        List<Update> last = api.poll(-1, 0);
        return last.isEmpty() ? 0 : last.get(last.size() - 1).updateId() + 1;
    }

    private void dispatch(Update update) {
        try {
            dispatcher.accept(update);
        } catch (RuntimeException e) {
            LOG.error("Exception occurred within Telegram module", e);
        }
    }

    private boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
