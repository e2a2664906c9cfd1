package dev.hertz.optimize.hyperopt.loss;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The daily series of the {@code *HyperOptLossDaily} objectives: each trade's profit ratio minus a
 * slippage of 0.0005, summed per UTC calendar day of its close, for every day from {@code minDate}
 * to {@code maxDate} (both at midnight, inclusive; days without a close count 0, closes outside
 * the range are left out).
 */
final class DailyReturns {
    static final double DAYS_IN_YEAR = 365;
    /** What freqtrade answers instead of a ratio over a zero deviation: clearly not optimal. */
    static final double NOT_OPTIMAL = -20.0;
    private static final double SLIPPAGE_PER_TRADE = 0.0005;

    private DailyReturns() {
    }

    static double[] of(LossInput input) {
        if (input.minDate() == null || input.maxDate() == null) {
            throw new IllegalArgumentException("daily loss functions need the backtest's min_date and max_date");
        }
        LocalDate first = day(input.minDate());
        LocalDate last = day(input.maxDate());
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        double[] daily = new double[Math.max(days, 0)];
        TradeColumns t = TradeColumns.of(input.trades());
        for (int i = 0; i < t.size(); i++) {
            long index = ChronoUnit.DAYS.between(first, day(t.closeDates()[i]));
            if (index >= 0 && index < daily.length) {
                daily[(int) index] += t.profitRatio()[i] - SLIPPAGE_PER_TRADE;
            }
        }
        return daily;
    }

    static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : TradeColumns.sum(values) / values.length;
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
