package dev.hertz.core.data.history;

import dev.hertz.core.exchange.OperationalException;

/** A candle file cannot be read or written; the message names the file and what was wrong. */
public final class HistoryException extends OperationalException {
    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
