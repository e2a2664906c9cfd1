package dev.hertz.core.persistence;

import java.math.BigDecimal;

/**
 * Python's {@code str()} of a float, so that values Hertz writes as text (custom data of type
 * {@code float}) look exactly like those freqtrade writes: shortest digits, fixed notation for
 * decimal exponents from -4 to 16 with at least one fraction digit ({@code 2.0}), scientific
 * otherwise with a signed two-digit exponent ({@code 1e-05}, {@code 1.5e+16}), and
 * {@code inf}/{@code -inf}/{@code nan}.
 */
final class PythonRepr {

    private PythonRepr() {
    }

    static String floatRepr(double value) {
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
        String exp = String.format("%02d", Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }

    /** Python's {@code float(text)} for the forms {@link #floatRepr} writes and Java's own. */
    static double parseFloat(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "nan", "+nan", "-nan" -> Double.NaN;
            case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text.strip());
        };
    }
}
