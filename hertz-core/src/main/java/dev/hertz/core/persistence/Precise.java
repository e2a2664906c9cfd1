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
        return Double.parseDouble(new BigDecimal(value).setScale(8, RoundingMode.HALF_EVEN).toString());
    }
}
