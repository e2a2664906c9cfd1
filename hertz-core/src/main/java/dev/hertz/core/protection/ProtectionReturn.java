package dev.hertz.core.protection;

import java.time.Instant;

/**
 * A protection's verdict that something must be locked.
 *
 * @param until    the lock's end before rounding to the next candle
 * @param reason   the lock reason users see
 * @param lockSide {@code *}, or {@code long}/{@code short} for side-specific locks
 */
public record ProtectionReturn(Instant until, String reason, String lockSide) {
}
