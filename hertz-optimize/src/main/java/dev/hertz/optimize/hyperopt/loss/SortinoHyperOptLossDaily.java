package dev.hertz.optimize.hyperopt.loss;

/**
 * {@code SortinoHyperOptLossDaily}: the negated Sortino ratio of the {@link DailyReturns daily
 * series}: mean over {@code sqrt(Σ min(x, 0)² / N)} (N = all days) × √365; −20 when that is 0.
 */
public final class SortinoHyperOptLossDaily implements HyperOptLoss {
    static final String DESCRIPTION = "Defines the loss function for hyperopt: uses the Sortino ratio of daily returns "
            + "(profit ratio after 0.05% slippage per trade, summed per day).";

    @Override
    public double loss(LossInput input) {
        double[] daily = DailyReturns.of(input);
        double squares = 0;
        for (double x : daily) {
            if (x < 0) {
                squares += x * x;
            }
        }
        double downDeviation = daily.length == 0 ? 0 : Math.sqrt(squares / daily.length);
        double ratio = downDeviation != 0
                ? DailyReturns.mean(daily) / downDeviation * Math.sqrt(DailyReturns.DAYS_IN_YEAR)
                : DailyReturns.NOT_OPTIMAL;
        return -ratio;
    }
}
