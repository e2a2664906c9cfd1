package dev.hertz.core.pairlist;

import java.time.InstantSource;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small cache whose entries expire, in the two flavours freqtrade's plugins use:
 * <ul>
 *   <li>time-to-live ({@code cachetools.TTLCache}): an entry lives {@code ttl} seconds from when it
 *       was stored; a ttl of zero or less keeps nothing;</li>
 *   <li>periodic (freqtrade's {@code PeriodicCache}): an entry lives until the next multiple of
 *       the period since the epoch, so a daily cache empties at midnight UTC and a 5m cache at
 *       every candle boundary.</li>
 * </ul>
 * When full, the oldest entry is dropped. Time comes from the injected clock. Thread-safe.
 */
final class ExpiringCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final InstantSource clock;
    private final long periodMillis;
    private final boolean periodic;
    private final int maxSize;
    private final Map<K, Entry<V>> entries = new LinkedHashMap<>();

    private ExpiringCache(InstantSource clock, long periodMillis, boolean periodic, int maxSize) {
        this.clock = clock;
        this.periodMillis = periodMillis;
        this.periodic = periodic;
        this.maxSize = maxSize;
    }

    /** Entries live {@code ttlSeconds} after being stored. */
    static <K, V> ExpiringCache<K, V> ttl(InstantSource clock, long ttlSeconds, int maxSize) {
        return new ExpiringCache<>(clock, ttlSeconds * 1000, false, maxSize);
    }

    /** Entries live until the next multiple of {@code periodSeconds} (which must be positive). */
    static <K, V> ExpiringCache<K, V> periodic(InstantSource clock, long periodSeconds, int maxSize) {
        if (periodSeconds <= 0) {
            throw new IllegalArgumentException("A periodic cache needs a positive period, got " + periodSeconds);
        }
        return new ExpiringCache<>(clock, periodSeconds * 1000, true, maxSize);
    }

    /** The live value for {@code key}, or null. */
    synchronized V get(K key) {
        Entry<V> e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (clock.millis() >= e.expiresAt) {
            entries.remove(key);
            return null;
        }
        return e.value;
    }

    synchronized boolean contains(K key) {
        return get(key) != null;
    }

    /** Stores a (non-null) value. */
    synchronized void put(K key, V value) {
        long now = clock.millis();
        long expiresAt = periodic ? now - Math.floorMod(now, periodMillis) + periodMillis : now + periodMillis;
        entries.remove(key);
        entries.put(key, new Entry<>(value, expiresAt));
        if (entries.size() > maxSize) {
            Iterator<K> oldest = entries.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }
}
