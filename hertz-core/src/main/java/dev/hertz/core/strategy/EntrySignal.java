package dev.hertz.core.strategy;

import java.time.Instant;
import java.util.Optional;

/**
 * An entry signal on the latest analysed candle of a pair.
 *
 * @param direction  long or short
 * @param tag        the row's {@value Frame#ENTER_TAG}, when set
 * @param candleDate open time of the candle that carries the signal
 */
public record EntrySignal(SignalDirection direction, Optional<String> tag, Instant candleDate) {
}
