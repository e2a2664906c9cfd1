package dev.hertz.core.data;

import java.time.Instant;

/**
 * A candle interval such as {@code 5m} or {@code 1d}, parsed the way ccxt and freqtrade do:
 * {@code <integer><unit>} with unit {@code s m h d w M y}; a month is 30 days and a year 365 days.
 *
 * <p>Candle boundaries are plain multiples of the interval since the Unix epoch, so weekly
 * candles computed here start on a Thursday (exchange data starts weeks on Monday). That is what
 * freqtrade does and what the rest of Hertz relies on.
 *
 * @param name    the text form, e.g. {@code 5m}
 * @param seconds the length of one candle in seconds
 */
public record Timeframe(String name, long seconds) {

    /** The values a freqtrade user typically meets, in ascending length. */
    public static final String TYPICAL = "1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 3d 1w 1M";

    public Timeframe {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("Timeframe name must not be empty");
        }
        if (seconds <= 0) {
            throw new IllegalArgumentException(
                    "Timeframe " + name + " must have a positive length, got " + seconds + " s");
        }
    }

    /**
     * Parses {@code <integer><unit>}; throws {@link IllegalArgumentException} naming the bad text
     * and what is allowed.
     */
    public static Timeframe parse(String text) {
        if (text == null || text.length() < 2) {
            throw invalid(text, "expected <integer><unit>");
        }
        char unit = text.charAt(text.length() - 1);
        long scale = switch (unit) {
            case 's' -> 1L;
            case 'm' -> 60L;
            case 'h' -> 3_600L;
            case 'd' -> 86_400L;
            case 'w' -> 604_800L;
            case 'M' -> 2_592_000L;
            case 'y' -> 31_536_000L;
            default -> throw invalid(text, "unit '" + unit + "' is not supported");
        };
        String digits = text.substring(0, text.length() - 1);
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw invalid(text, "'" + digits + "' is not a whole number");
            }
        }
        long amount;
        try {
            amount = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw invalid(text, "'" + digits + "' is too large");
        }
        if (amount == 0 || amount > Long.MAX_VALUE / scale / 1000) {
            throw invalid(text, "the amount must be between 1 and a sane maximum");
        }
        return new Timeframe(text, amount * scale);
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("Invalid timeframe \"" + text + "\": " + why
                + "; allowed units are s, m, h, d, w, M (30 days), y (365 days), e.g. " + TYPICAL);
    }

    /** Whole minutes (seconds integer-divided by 60, so {@code 30s} gives 0). */
    public long minutes() {
        return seconds / 60;
    }

    public long millis() {
        return seconds * 1000;
    }

    /** Open time (epoch millis) of the candle containing {@code epochMillis}. */
    public long candleOpen(long epochMillis) {
        return epochMillis - Math.floorMod(epochMillis, millis());
    }

    /**
     * Open time of the candle after the one containing {@code epochMillis}; a time exactly on a
     * boundary still moves a whole candle forward, as freqtrade's {@code timeframe_to_next_date}.
     */
    public long nextCandleOpen(long epochMillis) {
        return candleOpen(epochMillis) + millis();
    }

    /** freqtrade's {@code timeframe_to_prev_date}: start of the candle containing {@code date}. */
    public Instant prevDate(Instant date) {
        return Instant.ofEpochMilli(candleOpen(date.toEpochMilli()));
    }

    /** freqtrade's {@code timeframe_to_next_date}: start of the following candle. */
    public Instant nextDate(Instant date) {
        return Instant.ofEpochMilli(nextCandleOpen(date.toEpochMilli()));
    }

    /** freqtrade's {@code date_minus_candles}: the candle start of {@code date} moved back {@code count} candles. */
    public Instant minusCandles(Instant date, int count) {
        return Instant.ofEpochMilli(candleOpen(date.toEpochMilli()) - count * millis());
    }

    @Override
    public String toString() {
        return name;
    }
}
