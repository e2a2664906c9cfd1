package dev.hertz.core.rpc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** freqtrade's date and rounding conventions for RPC results. */
final class RpcFormat {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private RpcFormat() {
    }

    /** ISO-8601 with {@code Z}, microseconds only when not zero: how freqtrade's API writes a datetime. */
    static String isoZ(Instant at) {
        String seconds = ISO_SECONDS.format(at);
        int micros = at.getNano() / 1000;
        return micros == 0 ? seconds + "Z" : seconds + String.format(".%06dZ", micros);
    }

    /** {@code format_date}: {@code yyyy-MM-dd HH:mm:ss} UTC, empty for null. */
    static String date(Instant at) {
        return at == null ? "" : DATE.format(at);
    }

    /** {@code yyyy-MM-dd HH:mm:ss} UTC, null for null (trade JSON fields). */
    static String dateOrNull(Instant at) {
        return at == null ? null : DATE.format(at);
    }

    /** Epoch milliseconds, null for null. */
    static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }

    /**
     * Python's {@code round(v, n)}: half-even on the exact binary value, so results match
     * freqtrade's to the last digit. NaN and infinities pass through.
     */
    static double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** {@link #round} for a nullable value. */
    static Double round(Double value, int decimals) {
        return value == null ? null : round(value.doubleValue(), decimals);
    }
}
