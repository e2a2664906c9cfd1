package dev.hertz.core.metrics;

import dev.hertz.core.persistence.Trade;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * freqtrade's {@code calculate_max_drawdown} (reference bot-core §7.5) over closed trades in
 * close-date order: the cumulative value, its running peak (starting at the first trade's
 * cumulative value, not at 0) and the deepest fall from it. Used by {@code /profit}, the backtest
 * statistics and the Calmar ratio.
 *
 * <p>Where freqtrade raises "No losing trade, therefore no drawdown" (the deepest point is the
 * first trade, or there are no trades) this is {@link #NONE}: callers report zeros.
 *
 * @param abs       the fall of the cumulative value from the peak before it
 * @param highDate  close date of the trade at that peak; null for {@link #NONE}
 * @param lowDate   close date of the trade at the deepest point; null for {@link #NONE}
 * @param highValue cumulative value at the peak
 * @param lowValue  cumulative value at the deepest point
 * @param relative  the fall relative to the balance at the peak ({@code starting balance + peak}),
 *                  or to the peak itself without a starting balance
 */
public record Drawdown(double abs, Instant highDate, Instant lowDate, double highValue, double lowValue,
                       double relative) {
    public static final Drawdown NONE = new Drawdown(0, null, null, 0, 0, 0);

    /** Which row is the deepest: the largest absolute fall, or the largest fall relative to the balance. */
    public enum Mode {
        ABSOLUTE, RELATIVE
    }

    /** True when there is no drawdown (freqtrade's "No losing trade" case). */
    public boolean isNone() {
        return highDate == null;
    }

    /** Absolute mode over the trades' {@code close_profit_abs} (a missing value counts as 0). */
    public static Drawdown of(List<Trade> closed, double startingBalance) {
        List<Trade> sorted = closed.stream().sorted(Comparator.comparing(Trade::closeDate)).toList();
        double[] values = sorted.stream().mapToDouble(t -> t.closeProfitAbs() == null ? 0 : t.closeProfitAbs()).toArray();
        return of(values, sorted.stream().map(Trade::closeDate).toArray(Instant[]::new), startingBalance, Mode.ABSOLUTE);
    }

    /**
     * The drawdown of a value series.
     *
     * @param byCloseDate     the values (profit_abs or profit_ratio) in close-date order
     * @param closeDates      their close dates
     * @param startingBalance 0 when unknown: the relative value then divides by the peak alone
     */
    public static Drawdown of(double[] byCloseDate, Instant[] closeDates, double startingBalance, Mode mode) {
        int n = byCloseDate.length;
        if (n == 0) {
            return NONE;
        }
        double[] cumulative = new double[n];
        double[] high = new double[n];
        double[] relative = new double[n];
        double running = 0;
        for (int i = 0; i < n; i++) {
            running += byCloseDate[i];
            cumulative[i] = running;
            high[i] = i == 0 ? running : Math.max(high[i - 1], running);
            relative[i] = relative(high[i], cumulative[i], startingBalance);
        }
        int low = 0;
        for (int i = 1; i < n; i++) {
            boolean deeper = mode == Mode.ABSOLUTE
                    ? cumulative[i] - high[i] < cumulative[low] - high[low]
                    // pandas' idxmax skips NaN (a zero peak without starting balance)
                    : relative[i] > relative[low] || Double.isNaN(relative[low]) && !Double.isNaN(relative[i]);
            if (deeper) {
                low = i;
            }
        }
        if (low == 0) {
            return NONE;
        }
        int peak = 0;
        for (int i = 1; i < low; i++) {
            if (high[i] > high[peak]) {
                peak = i;
            }
        }
        return new Drawdown(Math.abs(cumulative[low] - high[low]), closeDates[peak], closeDates[low], cumulative[peak],
                cumulative[low], relative[low]);
    }

    static double relative(double high, double cumulative, double startingBalance) {
        if (startingBalance != 0) {
            return ((startingBalance + high) - (startingBalance + cumulative)) / (startingBalance + high);
        }
        return (high - cumulative) / high;
    }
}
