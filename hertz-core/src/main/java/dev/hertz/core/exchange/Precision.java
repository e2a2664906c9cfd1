package dev.hertz.core.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Bringing amounts and prices to what an exchange accepts, exactly as freqtrade does: amounts are
 * truncated, order prices rounded half up, stop prices rounded up (long) or down (short).
 *
 * <p>Every double enters the decimal maths through its shortest decimal string (Python's
 * {@code str(float)}; Java's {@link Double#toString} gives the same digits since JDK 19), and leaves
 * as the double nearest to the decimal result. BigDecimal lives only here.
 */
public final class Precision {

    private Precision() {
    }

    /** The amount truncated to {@code market}'s amount precision (no contract conversion). */
    public static double amountToPrecision(Market market, double amount) {
        return amountToPrecision(amount, market.amountPrecision(), market.precisionMode());
    }

    /** The amount truncated to the market's precision counted in contracts, as orders are placed. */
    public static double amountToContractPrecision(Market market, double amount) {
        return amountToContractPrecision(amount, market.amountPrecision(), market.precisionMode(),
                market.effectiveContractSize());
    }

    /** The price rounded half up to {@code market}'s price precision. */
    public static double priceToPrecision(Market market, double price) {
        return priceToPrecision(market, price, Rounding.ROUND);
    }

    public static double priceToPrecision(Market market, double price, Rounding rounding) {
        return priceToPrecision(price, market.pricePrecision(), market.precisionMode(), rounding);
    }

    /**
     * freqtrade's {@code amount_to_precision}: truncates toward zero; a null precision or mode leaves
     * the amount unchanged.
     */
    public static double amountToPrecision(double amount, Double precision, PrecisionMode mode) {
        if (precision == null || mode == null) {
            return amount;
        }
        BigDecimal p = mode == PrecisionMode.TICK_SIZE
                ? decimal(precision)
                : BigDecimal.valueOf((long) precision.doubleValue());
        return DecimalToPrecision.apply(decimal(amount), Rounding.TRUNCATE, p, mode).doubleValue();
    }

    /** Converts to contracts, truncates, converts back (futures); plain truncation when the size is 1. */
    public static double amountToContractPrecision(double amount, Double precision, PrecisionMode mode,
                                                   double contractSize) {
        if (precision == null || mode == null) {
            return amount;
        }
        double contracts = amountToContracts(amount, contractSize);
        return contractsToAmount(amountToPrecision(contracts, precision, mode), contractSize);
    }

    /** {@code amount / contractSize} with division truncated to 18 decimals (ccxt {@code Precise}). */
    public static double amountToContracts(double amount, double contractSize) {
        if (contractSize == 1.0 || contractSize == 0.0) {
            return amount;
        }
        return decimal(amount).divide(decimal(contractSize), 18, RoundingMode.DOWN).doubleValue();
    }

    /** {@code contracts × contractSize}, exact before the final conversion to double. */
    public static double contractsToAmount(double contracts, double contractSize) {
        if (contractSize == 1.0 || contractSize == 0.0) {
            return contracts;
        }
        return decimal(contracts).multiply(decimal(contractSize)).doubleValue();
    }

    /**
     * freqtrade's {@code price_to_precision}. {@link Rounding#ROUND} and {@link Rounding#TRUNCATE}
     * use ccxt's rules; {@link Rounding#ROUND_UP}/{@link Rounding#ROUND_DOWN} follow freqtrade's own
     * per-mode rules (see {@link #roundUpOrDown}). A null precision or mode leaves the price unchanged.
     */
    public static double priceToPrecision(double price, Double precision, PrecisionMode mode, Rounding rounding) {
        if (precision == null || mode == null) {
            return price;
        }
        if (rounding == Rounding.ROUND || rounding == Rounding.TRUNCATE) {
            BigDecimal p = mode == PrecisionMode.TICK_SIZE
                    ? decimal(precision)
                    : BigDecimal.valueOf(Math.round(precision));
            return DecimalToPrecision.apply(decimal(price), rounding, p, mode).doubleValue();
        }
        return roundUpOrDown(price, precision, mode, rounding == Rounding.ROUND_UP);
    }

    /*
     * Stop prices. TICK_SIZE: exact remainder arithmetic, result rounded to 14 decimals.
     * DECIMAL_PLACES: ceil/floor of price × 10^n in binary floating point, as freqtrade does.
     * SIGNIFICANT_DIGITS: decimal quantize; when the integer part is longer than the precision the
     * truncated value or the next step is taken, and ROUND_UP takes the next step even when the
     * price is already exact there.
     */
    private static double roundUpOrDown(double price, double precision, PrecisionMode mode, boolean up) {
        switch (mode) {
            case TICK_SIZE -> {
                BigDecimal tick = decimal(precision);
                BigDecimal p = decimal(price);
                BigDecimal missing = p.remainder(tick);
                if (missing.signum() == 0) {
                    return price;
                }
                BigDecimal result = up ? p.subtract(missing).add(tick) : p.subtract(missing);
                return roundHalfEven(result.doubleValue(), 14);
            }
            case DECIMAL_PLACES -> {
                double scale = Math.pow(10, Math.rint(precision));
                double ticks = price * scale;
                return (up ? Math.ceil(ticks) : Math.floor(ticks)) / scale;
            }
            default -> {
                BigDecimal p = decimal(price);
                int digits = (int) Math.rint(precision);
                int adjusted = p.signum() == 0 ? 0 : p.precision() - p.scale() - 1;
                int q = digits - adjusted - 1;
                if (q < 0) {
                    BigDecimal below = p.setScale(q, RoundingMode.DOWN);
                    return (up ? below.add(BigDecimal.ONE.scaleByPowerOfTen(-q)) : below).doubleValue();
                }
                return p.setScale(q, up ? RoundingMode.UP : RoundingMode.DOWN).doubleValue();
            }
        }
    }

    /** Python's {@code round(x, n)} on a float: half-even on the float's exact binary value. */
    private static double roundHalfEven(double x, int decimals) {
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** freqtrade's {@code price_get_one_pip}: the tick, or {@code 10^-precision}. */
    public static double onePip(Market market) {
        Double p = market.pricePrecision();
        if (p == null) {
            throw new OperationalException("Market " + market.symbol() + " has no price precision");
        }
        return market.precisionMode() == PrecisionMode.TICK_SIZE ? p : 1 / Math.pow(10, p);
    }

    /** The shortest decimal that reads back as {@code x} (Python's {@code str(float)}). */
    static BigDecimal decimal(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("Cannot bring " + x + " to an exchange precision");
        }
        return new BigDecimal(Double.toString(x));
    }
}
