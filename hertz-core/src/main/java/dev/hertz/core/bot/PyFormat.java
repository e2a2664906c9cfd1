package dev.hertz.core.bot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's float formatting for the log lines and messages that freqtrade users grep for: the
 * numbers must read exactly as freqtrade prints them ({@code 14.0}, {@code 1e-05}, {@code inf}).
 */
final class PyFormat {

    private PyFormat() {
    }

    /** {@code str(x)}: shortest digits, fixed notation for exponents -4..15, else {@code 1.5e+16}. */
    static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0.0) {
            return 1 / x < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(x))).stripTrailingZeros();
        return (x < 0 ? "-" : "") + layout(shortest.unscaledValue().toString(),
                shortest.precision() - shortest.scale(), 16, true);
    }

    /** {@code f"{x:.Nf}"}: the exact binary value rounded half-even to {@code decimals} places. */
    static String fixed(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return repr(x);
        }
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code f"{x:.Ng}"}: N significant digits, trailing zeros dropped, scientific below 1e-4 or from 10^N. */
    static String general(double x, int significant) {
        if (!Double.isFinite(x)) {
            return repr(x);
        }
        if (x == 0.0) {
            return 1 / x < 0 ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(Math.abs(x)).round(new MathContext(significant, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        return (x < 0 ? "-" : "") + layout(rounded.unscaledValue().toString(),
                rounded.precision() - rounded.scale(), significant, false);
    }

    /** {@code f"{x:.N%}"}. */
    static String percent(double x, int decimals) {
        return fixed(x * 100, decimals) + "%";
    }

    /**
     * Lays out {@code 0.<digits> × 10^decimalPoint}: fixed when the decimal exponent lies in
     * [-4, limit), scientific otherwise; {@code pointZero} adds {@code .0} to whole numbers as
     * {@code repr} does and {@code g} does not.
     */
    private static String layout(String digits, int decimalPoint, int limit, boolean pointZero) {
        int exponent = decimalPoint - 1;
        if (exponent >= -4 && exponent < limit) {
            if (decimalPoint <= 0) {
                return "0." + "0".repeat(-decimalPoint) + digits;
            }
            if (decimalPoint >= digits.length()) {
                return digits + "0".repeat(decimalPoint - digits.length()) + (pointZero ? ".0" : "");
            }
            return digits.substring(0, decimalPoint) + "." + digits.substring(decimalPoint);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
}
