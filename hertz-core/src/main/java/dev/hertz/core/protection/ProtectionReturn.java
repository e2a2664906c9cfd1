package dev.hertz.core.protection;

/**
 * A protection's verdict that something must be locked.
 *
 * @param until    the lock's end before rounding to the next candle
 * @param reason   the lock reason users see
 * @param lockSide {@code *}, or {@code long}/{@code short} for side-specific locks
 */
public record ProtectionReturn(java.time.Instant until, String reason, String lockSide) {
}
