package dev.hertz.core.protection;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.pairlist.LogOnce;
import dev.hertz.core.pairlist.PluginParams;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * One protection (freqtrade's {@code IProtection}): looks at recently closed trades and decides
 * whether a pair, or all pairs, must pause.
 *
 * <p>Common parameters: the lock lasts {@code stop_duration} minutes (default 60), or
 * {@code stop_duration_candles} candles, or until the time of day {@code unlock_at}
 * ({@code HH:MM}, UTC); trades count when closed within {@code lookback_period} minutes (default 60)
 * or {@code lookback_period_candles} candles. The lock runs from the latest close among the
 * considered trades.
 */
public abstract class Protection {

    /**
     * What every protection is built from.
     *
     * @param name      the {@code method} name
     * @param params    its parameters
     * @param timeframe the strategy timeframe (candle counts are converted with it)
     * @param history   closed trades
     * @param clock     time source for the log-once period
     */
    record Setup(String name, PluginParams params, Timeframe timeframe, TradeHistory history, InstantSource clock) {
    }

    private final String name;
    protected final PluginParams params;
    protected final TradeHistory history;
    protected final LogOnce log;
    private final int stopDurationCandles;
    private final int stopDuration;
    private final String unlockAt;
    private final int lookbackPeriodCandles;
    /** Minutes. */
    protected final int lookbackPeriod;

    Protection(Setup setup) {
        this.name = setup.name();
        this.params = setup.params();
        this.history = setup.history();
        // freqtrade's LoggingMixin default: identical protection messages at most once an hour.
        this.log = new LogOnce(LoggerFactory.getLogger(getClass()), 3600, setup.clock());
        int timeframeMinutes = (int) setup.timeframe().minutes();
        if (params.has("stop_duration_candles")) {
            stopDurationCandles = truncated("stop_duration_candles");
            stopDuration = timeframeMinutes * stopDurationCandles;
            unlockAt = null;
        } else if (params.has("unlock_at")) {
            stopDurationCandles = 0;
            stopDuration = 0;
            unlockAt = params.text("unlock_at", "");
            UnlockAt.parse(unlockAt);
        } else {
            stopDurationCandles = 0;
            stopDuration = params.has("stop_duration") ? truncated("stop_duration") : 60;
            unlockAt = null;
        }
        if (params.has("lookback_period_candles")) {
            lookbackPeriodCandles = truncated("lookback_period_candles");
            lookbackPeriod = timeframeMinutes * lookbackPeriodCandles;
        } else {
            lookbackPeriodCandles = 0;
            lookbackPeriod = params.has("lookback_period") ? truncated("lookback_period") : 60;
        }
    }

    /** Python's {@code int(value)}: a number truncated toward zero. */
    private int truncated(String key) {
        return (int) params.optionalNumber(key).orElseThrow().value();
    }

    /** The {@code method} name. */
    public final String name() {
        return name;
    }

    /** Whether this protection can lock all pairs. */
    public abstract boolean hasGlobalStop();

    /** Whether this protection can lock single pairs. */
    public abstract boolean hasLocalStop();

    /** One line for the startup message. */
    public abstract String shortDesc();

    /** Whether every pair must pause, judged at {@code now} after a trade of {@code side} closed. */
    public Optional<ProtectionReturn> globalStop(Instant now, String side) {
        return Optional.empty();
    }

    /** Whether {@code pair} must pause, judged at {@code now} after its trade of {@code side} closed. */
    public Optional<ProtectionReturn> stopPerPair(String pair, Instant now, String side) {
        return Optional.empty();
    }

    /** Closed trades of {@code pair} (null = all) within the lookback period before {@code now}. */
    protected final List<ClosedTrade> recentTrades(String pair, Instant now) {
        return history.closedTradesAfter(pair, now.minus(Duration.ofMinutes(lookbackPeriod)));
    }

    /** e.g. {@code 60 minutes} or {@code 5 candles}. */
    protected final String stopDurationStr() {
        if (stopDurationCandles != 0) {
            return stopDurationCandles + " " + PythonFormat.plural(stopDurationCandles, "candle", "candles");
        }
        return stopDuration + " " + PythonFormat.plural(stopDuration, "minute", "minutes");
    }

    /** e.g. {@code 60 minutes} or {@code 12 candles}. */
    protected final String lookbackPeriodStr() {
        if (lookbackPeriodCandles != 0) {
            return lookbackPeriodCandles + " " + PythonFormat.plural(lookbackPeriodCandles, "candle", "candles");
        }
        return lookbackPeriod + " " + PythonFormat.plural(lookbackPeriod, "minute", "minutes");
    }

    /** {@code until HH:MM} or {@code for <stop duration>}. */
    protected final String unlockReasonTimeElement() {
        return unlockAt != null ? "until " + unlockAt : "for " + stopDurationStr();
    }

    /**
     * End of the lock: the latest close date among {@code trades} plus the stop duration, or with
     * {@code unlock_at} that day's {@code HH:MM} (seconds kept from the close), a day later if that
     * is before the close.
     */
    protected final Instant calculateLockEnd(List<ClosedTrade> trades) {
        Instant maxDate = trades.stream().map(ClosedTrade::closeDate).max(Instant::compareTo).orElseThrow();
        if (unlockAt != null) {
            LocalTime at = UnlockAt.parse(unlockAt);
            ZonedDateTime close = maxDate.atZone(ZoneOffset.UTC);
            ZonedDateTime unlock = close.withHour(at.getHour()).withMinute(at.getMinute());
            if (unlock.isBefore(close)) {
                unlock = unlock.plusDays(1);
            }
            return unlock.toInstant();
        }
        return maxDate.plus(Duration.ofMinutes(stopDuration));
    }
}
