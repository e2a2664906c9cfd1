package dev.hertz.optimize.results;

import dev.hertz.core.util.PythonFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The Python spellings freqtrade's result files and report tables use, in one place. */
final class Py {
    /** {@code DATETIME_PRINT_FORMAT}. */
    static final DateTimeFormatter PRINT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    /** {@code str()} of a pandas UTC timestamp, as the result file holds trade dates. */
    private static final DateTimeFormatter PANDAS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'+00:00'")
            .withZone(ZoneOffset.UTC);

    private Py() {
    }

    static String print(Instant instant) {
        return PRINT.format(instant);
    }

    static String pandas(Instant instant) {
        return PANDAS.format(instant);
    }

    /** Python's {@code round(value, decimals)}: the exact binary value rounded half-even. */
    static double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's {@code round(value)} of a float: to the nearest integer, ties to even. */
    static long roundToLong(double value) {
        return (long) Math.rint(value);
    }

    /** {@code str(timedelta(minutes=m))}: {@code H:MM:SS}, with {@code "N day(s), "} in front from a day on. */
    static String timedelta(long minutes) {
        return timedeltaSeconds(minutes * 60);
    }

    static String timedeltaSeconds(long seconds) {
        long days = Math.floorDiv(seconds, 86_400L);
        long rest = Math.floorMod(seconds, 86_400L);
        String time = String.format("%d:%02d:%02d", rest / 3600, rest / 60 % 60, rest % 60);
        return days == 0 ? time : days + (Math.abs(days) == 1 ? " day, " : " days, ") + time;
    }

    /** freqtrade's {@code decimals_per_coin}. */
    static int decimalsPerCoin(String coin) {
        return switch (coin) {
            case "BTC" -> 8;
            case "ETH" -> 5;
            default -> 3;
        };
    }

    /** freqtrade's {@code round_value}: fixed decimals, trailing zeros and a trailing dot removed. */
    static String roundValue(double value, int decimals) {
        String fixed = PythonFormat.fixed(value, decimals);
        if (fixed.contains(".")) {
            fixed = fixed.replaceAll("0+$", "");
            if (fixed.endsWith(".")) {
                fixed = fixed.substring(0, fixed.length() - 1);
            }
        }
        return fixed;
    }

    /** freqtrade's {@code fmt_coin(value, coin, show_name)}. */
    static String fmtCoin(double value, String coin, boolean showName) {
        String text = roundValue(value, decimalsPerCoin(coin));
        return showName ? text + " " + coin : text;
    }

    /** {@code f"{value:.<decimals>f}"}. */
    static String fixed(double value, int decimals) {
        return PythonFormat.fixed(value, decimals);
    }

    /** {@code f"{value:.2%}"}. */
    static String percent(double value) {
        return PythonFormat.percent(value, 2);
    }
}
