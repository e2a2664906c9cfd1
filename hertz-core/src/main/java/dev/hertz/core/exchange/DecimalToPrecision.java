package dev.hertz.core.exchange;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * ccxt's {@code decimal_to_precision} for the two modes ccxt itself supports, {@link Rounding#TRUNCATE}
 * and {@link Rounding#ROUND}, in exact decimal arithmetic. Its quirks are kept on purpose because
 * exchanges accept exactly what ccxt produces:
 * <ul>
 *   <li>ROUND is half away from zero;</li>
 *   <li>SIGNIFICANT_DIGITS ROUND on a number with more integer digits than the precision picks the
 *       nearer of the truncated value and the next step, and the truncated one on a tie;</li>
 *   <li>a negative precision (DECIMAL_PLACES or SIGNIFICANT_DIGITS) rounds to tens, hundreds...;</li>
 *   <li>TICK_SIZE first snaps to a multiple of the tick, then rounds to the tick's decimals.</li>
 * </ul>
 */
final class DecimalToPrecision {

    /** Python's default decimal context holds 28 digits; ccxt clamps the precision to that minus 2. */
    private static final int MAX_DIGITS = 26;

    private DecimalToPrecision() {
    }

    static BigDecimal apply(BigDecimal n, Rounding rounding, BigDecimal precision, PrecisionMode counting) {
        if (rounding != Rounding.TRUNCATE && rounding != Rounding.ROUND) {
            throw new IllegalArgumentException("decimal_to_precision supports TRUNCATE and ROUND only, got " + rounding);
        }
        if (counting == PrecisionMode.TICK_SIZE) {
            if (precision.signum() <= 0) {
                throw new IllegalArgumentException("TICK_SIZE needs a positive tick, got " + precision.toPlainString());
            }
            return toTick(n, rounding, precision);
        }
        int digits = Math.min(MAX_DIGITS, precision.intValueExact());
        RoundingMode mode = rounding == Rounding.ROUND ? RoundingMode.HALF_UP : RoundingMode.DOWN;
        if (digits < 0 || counting == PrecisionMode.DECIMAL_PLACES) {
            return n.setScale(digits, mode);
        }
        if (rounding == Rounding.TRUNCATE) {
            return digits == 0 ? BigDecimal.ZERO : n.round(new MathContext(digits, RoundingMode.DOWN));
        }
        return roundSignificant(n, digits);
    }

    private static BigDecimal toTick(BigDecimal n, Rounding rounding, BigDecimal tick) {
        BigDecimal missing = n.abs().remainder(tick);
        BigDecimal snapped = n;
        if (missing.signum() != 0) {
            boolean up = rounding == Rounding.ROUND && missing.compareTo(tick.divide(BigDecimal.TWO)) >= 0;
            if (n.signum() > 0) {
                snapped = up ? n.subtract(missing).add(tick) : n.subtract(missing);
            } else {
                snapped = up ? n.add(missing).subtract(tick) : n.add(missing);
            }
        }
        // The tick's own decimal count (negative for ticks like 100) fixes the printed digits.
        int tickDecimals = tick.stripTrailingZeros().scale();
        return snapped.setScale(tickDecimals, RoundingMode.HALF_UP);
    }

    private static BigDecimal roundSignificant(BigDecimal n, int digits) {
        if (n.signum() == 0) {
            return n;
        }
        int adjusted = n.precision() - n.scale() - 1;
        int q = digits - adjusted - 1;
        if (q >= 0) {
            return n.setScale(q, RoundingMode.HALF_UP);
        }
        BigDecimal abs = n.abs();
        BigDecimal below = abs.setScale(q, RoundingMode.DOWN);
        BigDecimal above = below.add(BigDecimal.ONE.scaleByPowerOfTen(-q));
        BigDecimal nearest = above.subtract(abs).compareTo(abs.subtract(below)) < 0 ? above : below;
        return n.signum() < 0 ? nearest.negate() : nearest;
    }
}
