package dev.hertz.optimize.hyperopt.loss;

import dev.hertz.core.metrics.Drawdown;

/**
 * {@code MaxDrawDownHyperOptLoss}: total profit divided by the largest absolute drawdown of the
 * cumulative profit (no starting balance), negated; the plain negated profit when nothing was lost.
 */
public final class MaxDrawDownHyperOptLoss implements HyperOptLoss {
    static final String DESCRIPTION = "Defines the loss function for hyperopt: optimizes for maximal profit per unit "
            + "of maximal drawdown; without drawdown for profit alone.";

    @Override
    public double loss(LossInput input) {
        TradeColumns t = TradeColumns.of(input.trades());
        double total = t.totalAbs();
        Drawdown drawdown = t.drawdown(0, Drawdown.Mode.ABSOLUTE);
        if (drawdown.isNone()) {
            return -total;
        }
        return -total / drawdown.abs();
    }
}
