package dev.hertz.core.util;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Python's text forms of numbers, strings and lists, for the log lines, lock reasons and
 * {@code short_desc} texts that pairlist handlers and protections share with freqtrade word for
 * word. Users grep their logs and Telegram shows the lock reasons, so {@code 0.0} must stay
 * {@code 0.0} and {@code 0.5%} must not become {@code 0.50%}.
 */
public final class PythonFormat {

    private PythonFormat() {
    }

    /**
     * Python's {@code str(float)}: shortest round-trip digits, fixed notation for decimal exponents
     * from -4 to 15 with at least one fraction digit, scientific otherwise ({@code 1e-05},
     * {@code 1.5e+16}), and {@code inf}/{@code nan}.
     */
    public static String floatRepr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0.0) {
            return 1 / value < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        // value = 0.<digits> × 10^decpt
        int decpt = digits.length() - exact.scale();
        String sign = value < 0 ? "-" : "";
        if (decpt > -4 && decpt <= 16) {
            String text;
            if (decpt <= 0) {
                text = "0." + "0".repeat(-decpt) + digits;
            } else if (decpt >= digits.length()) {
                text = digits + "0".repeat(decpt - digits.length()) + ".0";
            } else {
                text = digits.substring(0, decpt) + "." + digits.substring(decpt);
            }
            return sign + text;
        }
        int exponent = decpt - 1;
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    /**
     * Python's {@code str()} of a JSON scalar as {@code json.load} would have produced it: whole
     * numbers written without a point stay integers ({@code 10}), others are floats
     * ({@code 10.0}), null is {@code None}, booleans are {@code True}/{@code False}.
     */
    public static String str(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "None";
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isNumber()) {
            return floatRepr(value.doubleValue());
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "True" : "False";
        }
        return value.asText();
    }

    /**
     * Python's {@code format(value, ".<decimals>f")}: the exact binary value rounded half-even,
     * keeping the sign of a negative value that rounds to zero ({@code -0.00}).
     */
    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String sign = Double.doubleToRawLongBits(value) < 0 ? "-" : "";
        return sign + new BigDecimal(Math.abs(value)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python's {@code format(value, ".<decimals>%")}: the value times 100 (in floating point), fixed, and {@code %}. */
    public static String percent(double value, int decimals) {
        return fixed(value * 100, decimals) + "%";
    }

    /** freqtrade's {@code plural}: the singular for 1 and -1, otherwise the plural. */
    public static String plural(double count, String singular, String plural) {
        return count == 1 || count == -1 ? singular : plural;
    }

    /** freqtrade's {@code plural} with the default plural {@code singular + "s"}. */
    public static String plural(double count, String singular) {
        return plural(count, singular, singular + "s");
    }

    /**
     * Python's {@code repr()} of a string: single quotes unless the text holds a single quote and
     * no double quote, backslashes and control characters escaped.
     */
    public static String repr(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append(quote).toString();
    }

    /** Python's {@code str()} of a list of strings, e.g. {@code ['ETH/BTC', 'XRP/BTC']}. */
    public static String listRepr(List<String> items) {
        return items.stream().map(PythonFormat::repr).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Python's {@code format(value, ".<significant>g")}: rounded half-even, trailing zeros dropped, scientific below 1e-4 or from 10^significant. */
    public static String general(double value, int significant) {
        if (!Double.isFinite(value)) {
            return floatRepr(value);
        }
        if (value == 0.0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(Math.abs(value))
                .round(new java.math.MathContext(significant, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String digits = rounded.unscaledValue().toString();
        int decimalPoint = rounded.precision() - rounded.scale();
        int exponent = decimalPoint - 1;
        String sign = value < 0 ? "-" : "";
        if (exponent >= -4 && exponent < significant) {
            if (decimalPoint <= 0) {
                return sign + "0." + "0".repeat(-decimalPoint) + digits;
            }
            if (decimalPoint >= digits.length()) {
                return sign + digits + "0".repeat(decimalPoint - digits.length());
            }
            return sign + digits.substring(0, decimalPoint) + "." + digits.substring(decimalPoint);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    /** Python's {@code float(text)} for the forms {@link #floatRepr} writes and Java's own. */
    public static double parseFloat(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "nan", "+nan", "-nan" -> Double.NaN;
            case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text.strip());
        };
    }
}
