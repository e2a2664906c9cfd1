package dev.hertz.optimize.hyperopt.loss;

import dev.hertz.core.metrics.Drawdown;

/**
 * {@code MaxDrawDownRelativeHyperOptLoss}: total profit divided by the deepest absolute drawdown
 * and by the largest drawdown relative to the account balance (starting balance included),
 * negated; the plain negated profit without a drawdown.
 */
public final class MaxDrawDownRelativeHyperOptLoss implements HyperOptLoss {
    static final String DESCRIPTION = "Defines the loss function for hyperopt: optimizes for profit weighted by the "
            + "maximal absolute and relative account drawdown; without drawdown for profit alone.";

    @Override
    public double loss(LossInput input) {
        TradeColumns t = TradeColumns.of(input.trades());
        double total = t.totalAbs();
        Drawdown deepest = t.drawdown(input.startingBalance(), Drawdown.Mode.ABSOLUTE);
        Drawdown relative = t.drawdown(input.startingBalance(), Drawdown.Mode.RELATIVE);
        // freqtrade falls back to the profit for any failure of the drawdown maths: a zero or NaN divisor here
        if (deepest.isNone() || relative.isNone() || !(relative.relative() > 0)) {
            return -total;
        }
        return -total / deepest.abs() / relative.relative();
    }
}
