package dev.hertz.core.strategy;

import dev.hertz.core.config.TradingMode;
import dev.hertz.core.data.Timeframe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads the signals of the last analysed candle with freqtrade's rules
 * ({@code get_latest_candle}, {@code get_entry_signal}, {@code get_exit_signal}).
 */
final class SignalReader {

    private static final Logger LOG = LoggerFactory.getLogger(SignalReader.class);

    private final Timeframe timeframe;
    private final Duration maxAge;
    private final boolean shortsAllowed;
    private final double ignoreExpiredAfterSeconds;

    SignalReader(Strategy strategy) {
        this.timeframe = Timeframe.parse(strategy.timeframe());
        this.maxAge = Duration.ofMinutes(timeframe.minutes() * 2 + strategy.config().exchange().outdatedOffset());
        this.shortsAllowed = strategy.canShort() && strategy.config().tradingMode() != TradingMode.SPOT;
        this.ignoreExpiredAfterSeconds = strategy.ignoreBuyingExpiredCandleAfter();
    }

    /**
     * The entry signal of the last row: long if {@code enter_long} is set and neither
     * {@code exit_long} nor {@code enter_short}; short (margin/futures with {@code can_short} only)
     * if {@code enter_short} is set and neither {@code exit_short} nor {@code enter_long}. Nothing
     * when the candle is outdated or, with {@code ignore_buying_expired_candle_after}, expired.
     */
    Optional<EntrySignal> entry(String pair, Frame frame, Instant now) {
        int row = latestRow(pair, frame, now);
        if (row < 0) {
            return Optional.empty();
        }
        boolean enterLong = isSet(frame, Frame.ENTER_LONG, row);
        boolean exitLong = isSet(frame, Frame.EXIT_LONG, row);
        boolean enterShort = isSet(frame, Frame.ENTER_SHORT, row);
        boolean exitShort = isSet(frame, Frame.EXIT_SHORT, row);
        SignalDirection direction = null;
        if (enterLong && !exitLong && !enterShort) {
            direction = SignalDirection.LONG;
        }
        if (shortsAllowed && enterShort && !exitShort && !enterLong) {
            direction = SignalDirection.SHORT;
        }
        if (direction == null) {
            return Optional.empty();
        }
        Instant candle = Instant.ofEpochMilli(frame.date()[row]);
        if (ignoreExpiredAfterSeconds > 0) {
            Duration sinceClose = Duration.between(candle.plusSeconds(timeframe.seconds()), now);
            if (sinceClose.toNanos() / 1e9 > ignoreExpiredAfterSeconds) {
                return Optional.empty();
            }
        }
        return Optional.of(new EntrySignal(direction, tag(frame, Frame.ENTER_TAG, row), candle));
    }

    /** The entry and exit signals of the last row for a trade of the given direction. */
    ExitSignal exit(String pair, Frame frame, boolean isShort, Instant now) {
        int row = latestRow(pair, frame, now);
        if (row < 0) {
            return ExitSignal.NONE;
        }
        boolean enter = isSet(frame, isShort ? Frame.ENTER_SHORT : Frame.ENTER_LONG, row);
        boolean exit = isSet(frame, isShort ? Frame.EXIT_SHORT : Frame.EXIT_LONG, row);
        return new ExitSignal(enter, exit, tag(frame, Frame.EXIT_TAG, row));
    }

    /** The last row, or -1 when the frame is empty or its last candle older than {@code 2 × tf + outdated_offset}. */
    private int latestRow(String pair, Frame frame, Instant now) {
        if (frame.length() == 0) {
            LOG.warn("Empty candle (OHLCV) data for pair {}", pair);
            return -1;
        }
        int row = frame.lastIndex();
        Instant latest = Instant.ofEpochMilli(frame.date()[row]);
        if (latest.isBefore(now.minus(maxAge))) {
            LOG.warn("Outdated history for pair {}. Last tick is {} minutes old", pair,
                    Duration.between(latest, now).toMinutes());
            return -1;
        }
        return row;
    }

    /** Only exactly 1 is a signal: NaN (never set) and 0 are not. */
    private static boolean isSet(Frame frame, String column, int row) {
        return frame.has(column) && frame.col(column)[row] == 1.0;
    }

    private static Optional<String> tag(Frame frame, String column, int row) {
        if (!frame.has(column)) {
            return Optional.empty();
        }
        String tag = frame.strings(column)[row];
        return tag == null || tag.isEmpty() || tag.equals("nan") ? Optional.empty() : Optional.of(tag);
    }
}
