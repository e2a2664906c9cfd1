package dev.hertz.optimize.hyperopt.loss;

import dev.hertz.core.metrics.RiskMetrics;

/** {@code SharpeHyperOptLoss}: the negated Sharpe ratio of the backtest statistics (bot-core §7.7). */
public final class SharpeHyperOptLoss implements HyperOptLoss {
    static final String DESCRIPTION = "Defines the loss function for hyperopt: uses the Sharpe ratio of the trades' "
            + "returns over the backtest period.";

    @Override
    public double loss(LossInput input) {
        double[] profits = TradeColumns.of(input.trades()).profitAbs();
        return -RiskMetrics.sharpe(profits, input.minDate(), input.maxDate(), input.startingBalance());
    }
}
