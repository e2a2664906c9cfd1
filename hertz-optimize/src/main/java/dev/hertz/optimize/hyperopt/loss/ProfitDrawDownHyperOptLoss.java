package dev.hertz.optimize.hyperopt.loss;

/**
 * {@code ProfitDrawDownHyperOptLoss}: the total profit reduced by its share lost in the relative
 * account drawdown (weighted {@code 1 - 0.075}), negated.
 */
public final class ProfitDrawDownHyperOptLoss implements HyperOptLoss {
    static final String DESCRIPTION = "Defines the loss function for hyperopt: optimizes for profit, penalised by the "
            + "relative account drawdown (DRAWDOWN_MULT 0.075).";
    private static final double DRAWDOWN_MULT = 0.075;

    @Override
    public double loss(LossInput input) {
        TradeColumns t = TradeColumns.of(input.trades());
        double total = t.totalAbs();
        double relativeDrawdown = t.relativeAccountDrawdown(input.startingBalance());
        return -(total - relativeDrawdown * total * (1 - DRAWDOWN_MULT));
    }
}
