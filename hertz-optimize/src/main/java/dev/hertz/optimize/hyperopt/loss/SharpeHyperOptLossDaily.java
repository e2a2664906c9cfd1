package dev.hertz.optimize.hyperopt.loss;

/**
 * {@code SharpeHyperOptLossDaily}: the negated Sharpe ratio of the {@link DailyReturns daily
 * series}, mean over sample deviation (n − 1) × √365; −20 when the deviation is 0 or undefined
 * (a single day).
 */
public final class SharpeHyperOptLossDaily implements HyperOptLoss {
    static final String DESCRIPTION = "Defines the loss function for hyperopt: uses the Sharpe ratio of daily returns "
            + "(profit ratio after 0.05% slippage per trade, summed per day).";

    @Override
    public double loss(LossInput input) {
        double[] daily = DailyReturns.of(input);
        double mean = DailyReturns.mean(daily);
        double std = sampleDeviation(daily, mean);
        double ratio = std != 0 && !Double.isNaN(std)
                ? mean / std * Math.sqrt(DailyReturns.DAYS_IN_YEAR)
                : DailyReturns.NOT_OPTIMAL;
        return -ratio;
    }

    private static double sampleDeviation(double[] values, double mean) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
