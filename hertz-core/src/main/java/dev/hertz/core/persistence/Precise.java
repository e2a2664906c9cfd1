package dev.hertz.core.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * freqtrade's money maths: ccxt {@code Precise}, i.e. exact decimal arithmetic on the shortest
 * decimal string of each double (Python's {@code str(float)}), with division truncated to 18
 * decimals. Since JDK 19 {@link Double#toString(double)} yields that shortest string.
 */
public final class Precise {

    private static final int DIVISION_DECIMALS = 18;

    private Precise() {
    }

    /** The exact decimal of the shortest string that round-trips to {@code value}. */
    public static BigDecimal of(double value) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("Cannot use " + value + " in decimal arithmetic");
        }
        return new BigDecimal(Double.toString(value));
    }

    /** Python's {@code float(Precise)}: the double nearest to the exact decimal. */
    public static double toDouble(BigDecimal value) {
        return Double.parseDouble(value.toString());
    }

    /** ccxt division: truncated toward zero after 18 decimals. */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, DIVISION_DECIMALS, RoundingMode.DOWN);
    }

    /**
     * Python's {@code float(f"{x:.8f}")}: the exact binary value of the double rounded half-even to 8
     * decimals. Non-finite values pass through unchanged, as Python formats them as inf/nan.
     */
    public static double round8(double value) {
        if (!Double.isFinite(value)) {
            return value;
        }
        // Fast path, bit-identical to the exact one: value·1e8 is off by at most half an ulp, so
        // unless its fraction lies within two ulps of one half, rounding it to the nearest integer
        // rounds the exact product the same way; n / 1e8 and the decimal n·10⁻⁸ parsed are then the
        // same correctly rounded double. The backtester calls this twice per open trade and candle.
        double scaled = value * 1e8;
        if (Math.abs(scaled) < 0x1p52) {
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            if (Math.abs(fraction - 0.5) > 2 * Math.ulp(scaled)) {
                double n = fraction < 0.5 ? floor : floor + 1;
                return n == 0 ? 0.0 : n / 1e8;
            }
        }
        return exactRound8(value);
    }

    /** {@link #round8} by decimal arithmetic on the exact binary value. */
    static double exactRound8(double value) {
        return Double.parseDouble(new BigDecimal(value).setScale(8, RoundingMode.HALF_EVEN).toString());
    }
}
