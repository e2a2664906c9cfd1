package dev.hertz.core.rpc;

import java.time.Duration;
import java.time.Instant;

/**
 * freqtrade's risk-adjusted return metrics over closed trades' absolute profits
 * ({@code calculate_sharpe}, {@code calculate_sortino}, {@code calculate_sqn},
 * {@code calculate_calmar}, {@code calculate_cagr}) and the current drawdown of its later
 * {@code calculate_max_drawdown}. Returns are profits relative to the starting balance; ratios are
 * annualised over 365 days. Where freqtrade answers -100 ("not optimal") for a zero or undefined
 * deviation, so does this.
 */
final class RiskMetrics {
    static final double NOT_OPTIMAL = -100.0;
    private static final double DAYS_PER_YEAR = 365;

    /**
     * Where the wallet stands against its best point so far.
     *
     * @param relative the fall from the high relative to the balance at the high (NaN without
     *                 starting balance and without any high)
     * @param abs      the fall from the high
     * @param high     the highest cumulative profit, never below 0
     * @param highDate close date of the trade that reached it; null without trades
     */
    record CurrentDrawdown(double relative, double abs, double high, Instant highDate) {
        static final CurrentDrawdown NONE = new CurrentDrawdown(0, 0, 0, null);
    }

    private RiskMetrics() {
    }

    /** Mean daily return over the period divided by the deviation of all trade returns. */
    static double sharpe(double[] profits, Instant first, Instant last, double startingBalance) {
        if (profits.length == 0 || !distinct(first, last)) {
            return 0;
        }
        double[] returns = returns(profits, startingBalance);
        return annualised(sum(returns) / days(first, last), deviation(returns, 0));
    }

    /** As {@link #sharpe}, divided by the deviation of the losing trades' returns only. */
    static double sortino(double[] profits, Instant first, Instant last, double startingBalance) {
        if (profits.length == 0 || !distinct(first, last)) {
            return 0;
        }
        double[] returns = returns(profits, startingBalance);
        int losses = 0;
        for (double p : profits) {
            losses += p < 0 ? 1 : 0;
        }
        double[] down = new double[losses];
        for (int i = 0, j = 0; i < profits.length; i++) {
            if (profits[i] < 0) {
                down[j++] = returns[i];
            }
        }
        return annualised(sum(returns) / days(first, last), deviation(down, 0));
    }

    /** Van K. Tharp's system quality number: √n × mean return ÷ sample deviation, 4 decimals. */
    static double sqn(double[] profits, double startingBalance) {
        if (profits.length == 0) {
            return 0.0;
        }
        double[] returns = returns(profits, startingBalance);
        double std = deviation(returns, 1);
        if (std == 0 || Double.isNaN(std)) {
            return NOT_OPTIMAL;
        }
        return RpcFormat.round(Math.sqrt(returns.length) * (sum(returns) / returns.length / std), 4);
    }

    /**
     * Mean daily return in percent divided by the maximal relative drawdown.
     *
     * @param byCloseDate the profits in close-date order
     */
    static double calmar(double[] byCloseDate, Instant first, Instant last, double startingBalance) {
        if (byCloseDate.length == 0 || !distinct(first, last)) {
            return 0.0;
        }
        double expected = sum(byCloseDate) / startingBalance / days(first, last) * 100;
        return annualised(expected, maxRelativeDrawdown(byCloseDate, startingBalance));
    }

    /** Compound annual growth from {@code startingBalance} to {@code finalBalance}; 0 when undefined. */
    static double cagr(long daysPassed, double startingBalance, double finalBalance) {
        if (finalBalance < 0 || startingBalance <= 0 || daysPassed <= 0) {
            return 0;
        }
        return Math.pow(finalBalance / startingBalance, 1 / (daysPassed / DAYS_PER_YEAR)) - 1;
    }

    /**
     * The drawdown at the last trade. The cumulative profit starts from 0 before the first trade,
     * so the high is never below 0; the high's date is that of the trade reaching the highest
     * point before the last trade (the first trade's when none rose above 0).
     *
     * @param byCloseDate the profits in close-date order
     * @param closeDates  their close dates
     */
    static CurrentDrawdown currentDrawdown(double[] byCloseDate, Instant[] closeDates, double startingBalance) {
        int n = byCloseDate.length;
        if (n == 0) {
            return CurrentDrawdown.NONE;
        }
        double cumulative = 0;
        double high = 0;
        // row 0 is the zero start; rows 1..n follow the trades; the last row is left out of the search
        int highRow = 0;
        for (int i = 0; i < n; i++) {
            cumulative += byCloseDate[i];
            double before = high;
            high = Math.max(high, cumulative);
            if (i < n - 1 && high > before) {
                highRow = i + 1;
            }
        }
        double relative = relative(high, cumulative, startingBalance);
        return new CurrentDrawdown(relative, high - cumulative, high, closeDates[Math.max(highRow - 1, 0)]);
    }

    /** The relative drawdown where the absolute drawdown is deepest, counting from a zero start. */
    static double maxRelativeDrawdown(double[] byCloseDate, double startingBalance) {
        double cumulative = 0;
        double high = 0;
        double deepest = 0;
        double relative = 0;
        for (double profit : byCloseDate) {
            cumulative += profit;
            high = Math.max(high, cumulative);
            if (cumulative - high < deepest) {
                deepest = cumulative - high;
                relative = relative(high, cumulative, startingBalance);
            }
        }
        return relative;
    }

    private static double relative(double high, double cumulative, double startingBalance) {
        if (startingBalance != 0) {
            return ((startingBalance + high) - (startingBalance + cumulative)) / (startingBalance + high);
        }
        return (high - cumulative) / high;
    }

    private static double annualised(double expected, double denominator) {
        if (denominator != 0 && !Double.isNaN(denominator)) {
            return expected / denominator * Math.sqrt(DAYS_PER_YEAR);
        }
        return NOT_OPTIMAL;
    }

    private static boolean distinct(Instant first, Instant last) {
        return first != null && last != null && !first.equals(last);
    }

    /** Whole days between the dates, at least 1 (Python's {@code max(1, timedelta.days)}); 1 without dates. */
    static long days(Instant first, Instant last) {
        if (first == null || last == null) {
            return 1;
        }
        return Math.max(1, Math.floorDiv(Duration.between(first, last).getSeconds(), 86_400L));
    }

    private static double[] returns(double[] profits, double startingBalance) {
        double[] r = new double[profits.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = profits[i] / startingBalance;
        }
        return r;
    }

    /** Standard deviation with {@code ddof} (0 = numpy's default, 1 = pandas'); NaN when undefined. */
    private static double deviation(double[] values, int ddof) {
        int n = values.length;
        if (n - ddof <= 0) {
            return Double.NaN;
        }
        double mean = sum(values) / n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (n - ddof));
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
