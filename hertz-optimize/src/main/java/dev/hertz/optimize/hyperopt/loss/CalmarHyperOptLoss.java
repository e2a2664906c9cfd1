package dev.hertz.optimize.hyperopt.loss;

import dev.hertz.core.metrics.RiskMetrics;

/**
 * {@code CalmarHyperOptLoss}: the negated Calmar ratio of the backtest statistics (bot-core §7.7),
 * over the account drawdown with the starting balance.
 */
public final class CalmarHyperOptLoss implements HyperOptLoss {
    static final String DESCRIPTION = "Defines the loss function for hyperopt: uses the Calmar ratio, the mean daily "
            + "return over the maximal relative account drawdown.";

    @Override
    public double loss(LossInput input) {
        TradeColumns t = TradeColumns.of(input.trades());
        double sb = input.startingBalance();
        return -RiskMetrics.calmar(t.profitAbs(), input.minDate(), input.maxDate(), sb, t.relativeAccountDrawdown(sb));
    }
}
