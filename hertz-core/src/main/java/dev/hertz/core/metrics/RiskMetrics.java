package dev.hertz.core.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * freqtrade's risk-adjusted return metrics over closed trades' absolute profits
 * ({@code calculate_sharpe}, {@code calculate_sortino}, {@code calculate_sqn},
 * {@code calculate_calmar}, {@code calculate_cagr}, {@code calculate_expectancy}) and the current
 * drawdown of its later {@code calculate_max_drawdown}. Returns are profits relative to the
 * starting balance; ratios are annualised over 365 days. Where freqtrade answers -100 ("not
 * optimal") for a zero or undefined deviation, so does this. {@code /profit} and the backtest
 * statistics both call these.
 */
public final class RiskMetrics {
    public static final double NOT_OPTIMAL = -100.0;
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
    public record CurrentDrawdown(double relative, double abs, double high, Instant highDate) {
        public static final CurrentDrawdown NONE = new CurrentDrawdown(0, 0, 0, null);
    }

    private RiskMetrics() {
    }

    /** Mean daily return over the period divided by the deviation of all trade returns. */
    public static double sharpe(double[] profits, Instant first, Instant last, double startingBalance) {
        if (profits.length == 0 || !distinct(first, last)) {
            return 0;
        }
        double[] returns = returns(profits, startingBalance);
        return annualised(sum(returns) / days(first, last), deviation(returns, 0));
    }

    /** As {@link #sharpe}, divided by the deviation of the losing trades' returns only. */
    public static double sortino(double[] profits, Instant first, Instant last, double startingBalance) {
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
    public static double sqn(double[] profits, double startingBalance) {
        if (profits.length == 0) {
            return 0.0;
        }
        double[] returns = returns(profits, startingBalance);
        double std = deviation(returns, 1);
        if (std == 0 || Double.isNaN(std)) {
            return NOT_OPTIMAL;
        }
        return new BigDecimal(Math.sqrt(returns.length) * (sum(returns) / returns.length / std))
                .setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * Mean daily return in percent divided by the maximal relative drawdown counted from a zero
     * start ({@link #maxRelativeDrawdown}), as freqtrade's later {@code /profit} does.
     *
     * @param byCloseDate the profits in close-date order
     */
    public static double calmar(double[] byCloseDate, Instant first, Instant last, double startingBalance) {
        return calmar(byCloseDate, first, last, startingBalance, maxRelativeDrawdown(byCloseDate, startingBalance));
    }

    /**
     * Mean daily return in percent divided by a given relative drawdown; the backtest passes the
     * account drawdown of {@link Drawdown} (reference §7.7), 0 when there is none.
     */
    public static double calmar(double[] profits, Instant first, Instant last, double startingBalance,
                                double relativeDrawdown) {
        if (profits.length == 0 || !distinct(first, last)) {
            return 0.0;
        }
        double expected = sum(profits) / startingBalance / days(first, last) * 100;
        return annualised(expected, relativeDrawdown);
    }

    /**
     * freqtrade's {@code calculate_expectancy}: {@code winrate × avg win − loserate × avg loss}
     * over the profits (wins {@code > 0}, losses {@code < 0}, rates over all trades), and the
     * expectancy ratio {@code (1 + avg win / avg loss) × winrate − 1}, 100 without losses.
     */
    public static Expectancy expectancy(double[] profits) {
        if (profits.length == 0) {
            return new Expectancy(0.0, 100.0);
        }
        double profitSum = 0;
        double lossSum = 0;
        int wins = 0;
        int losses = 0;
        for (double abs : profits) {
            if (abs > 0) {
                profitSum += abs;
                wins++;
            } else if (abs < 0) {
                lossSum += abs;
                losses++;
            }
        }
        lossSum = Math.abs(lossSum);
        double avgWin = wins > 0 ? profitSum / wins : 0;
        double avgLoss = losses > 0 ? lossSum / losses : 0;
        double winrate = (double) wins / profits.length;
        double loserate = (double) losses / profits.length;
        double ratio = avgLoss > 0 ? (1 + avgWin / avgLoss) * winrate - 1 : 100.0;
        return new Expectancy(winrate * avgWin - loserate * avgLoss, ratio);
    }

    /** The result of {@link #expectancy}. */
    public record Expectancy(double expectancy, double ratio) {
    }

    /** Compound annual growth from {@code startingBalance} to {@code finalBalance}; 0 when undefined. */
    public static double cagr(long daysPassed, double startingBalance, double finalBalance) {
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
    public static CurrentDrawdown currentDrawdown(double[] byCloseDate, Instant[] closeDates, double startingBalance) {
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
    public static double maxRelativeDrawdown(double[] byCloseDate, double startingBalance) {
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
        return Drawdown.relative(high, cumulative, startingBalance);
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
    public static long days(Instant first, Instant last) {
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
