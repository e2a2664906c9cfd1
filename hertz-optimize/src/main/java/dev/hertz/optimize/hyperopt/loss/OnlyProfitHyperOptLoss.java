package dev.hertz.optimize.hyperopt.loss;

/** {@code OnlyProfitHyperOptLoss}: the negated absolute total profit, nothing else. */
public final class OnlyProfitHyperOptLoss implements HyperOptLoss {
    static final String DESCRIPTION = "Defines the loss function for hyperopt: optimizes for the absolute total "
            + "profit only.";

    @Override
    public double loss(LossInput input) {
        return -TradeColumns.of(input.trades()).totalAbs();
    }
}
