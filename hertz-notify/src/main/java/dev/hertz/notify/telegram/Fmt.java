package dev.hertz.notify.telegram;

import dev.hertz.core.util.PythonFormat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * freqtrade's message formatting helpers ({@code fmt_coin}, {@code round_value},
 * {@code shorten_date}, Python's timedelta text), so Telegram texts match freqtrade's digit for digit.
 */
final class Fmt {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private Fmt() {
    }

    /** {@code decimals_per_coin}: BTC 8, ETH 5, every other coin 3. */
    static int decimalsPerCoin(String coin) {
        return switch (coin == null ? "" : coin) {
            case "BTC" -> 8;
            case "ETH" -> 5;
            default -> 3;
        };
    }

    /** {@code round_value}: fixed with {@code decimals}, trailing zeros and a trailing point removed. */
    static String roundValue(double value, int decimals) {
        String text = PythonFormat.fixed(value, decimals);
        if (!Double.isFinite(value) || !text.contains(".")) {
            return text;
        }
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(0, end);
    }

    /** {@code fmt_coin(value, coin)}: the coin's display decimals and its name. */
    static String coin(double value, String coin) {
        return roundValue(value, decimalsPerCoin(coin)) + " " + coin;
    }

    /** {@code fmt_coin(value, coin, show_name=False)}. */
    static String coinValue(double value, String coin) {
        return roundValue(value, decimalsPerCoin(coin));
    }

    /** {@code :.2%}. */
    static String pct(double ratio) {
        return PythonFormat.percent(ratio, 2);
    }

    /** {@code :.Nf}. */
    static String fixed(double value, int decimals) {
        return PythonFormat.fixed(value, decimals);
    }

    /** Python's {@code str(float)}. */
    static String py(double value) {
        return PythonFormat.floatRepr(value);
    }

    /** {@code format_date}: {@code yyyy-MM-dd HH:mm:ss} UTC. */
    static String date(Instant at) {
        return at == null ? "" : DATE.format(at);
    }

    /** Python's {@code str(timedelta)} of a whole number of seconds: {@code 0:19:00}, {@code 1 day, 2:30:00}. */
    static String timedelta(long seconds) {
        long days = Math.floorDiv(seconds, 86_400L);
        long rest = Math.floorMod(seconds, 86_400L);
        String clock = String.format("%d:%02d:%02d", rest / 3600, rest / 60 % 60, rest % 60);
        if (days == 0) {
            return clock;
        }
        return days + (Math.abs(days) == 1 ? " day, " : " days, ") + clock;
    }

    /** Python's {@code str(timedelta(seconds=value))}: microseconds appear when the value has a fraction. */
    static String timedelta(double seconds) {
        long micros = Math.round(seconds * 1_000_000);
        long whole = Math.floorDiv(micros, 1_000_000L);
        long fraction = Math.floorMod(micros, 1_000_000L);
        return timedelta(whole) + (fraction == 0 ? "" : String.format(".%06d", fraction));
    }

    /** {@code shorten_date}: {@code 5 minutes ago} becomes {@code 5 min ago}, {@code an hour ago} {@code 1 h ago}. */
    static String shortenDate(String text) {
        return text.replaceAll("seconds?", "sec").replaceAll("minutes?", "min").replaceAll("hours?", "h")
                .replaceAll("days?", "d").replaceAll("^an?", "1");
    }
}
