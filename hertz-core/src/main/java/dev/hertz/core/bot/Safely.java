package dev.hertz.core.bot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * freqtrade's {@code strategy_safe_wrapper}: a strategy callback that throws is logged and its
 * default used, so a bug in user code never stops the bot or loses a trade.
 */
public final class Safely {
    private static final Logger LOG = LoggerFactory.getLogger(Safely.class);

    private Safely() {
    }

    /** Runs a strategy callback; its exception or null result gives {@code fallback}. */
    public static <T> T call(String callback, T fallback, Supplier<T> body) {
        try {
            T result = body.get();
            return result == null ? fallback : result;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            LOG.warn("Strategy caused the following exception in {}: {}", callback, e.toString(), e);
            return fallback;
        }
    }

    /**
     * Runs a strategy callback whose null result means something ({@code adjust_entry_price}: cancel
     * the order); only an exception gives {@code fallback}.
     */
    public static <T> T callKeepingNull(String callback, T fallback, Supplier<T> body) {
        try {
            return body.get();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            LOG.warn("Strategy caused the following exception in {}: {}", callback, e.toString(), e);
            return fallback;
        }
    }

    /** Runs a strategy callback whose result does not matter. */
    public static void run(String callback, Runnable body) {
        call(callback, Boolean.TRUE, () -> {
            body.run();
            return Boolean.TRUE;
        });
    }
}
