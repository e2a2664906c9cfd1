package dev.hertz.optimize.hyperopt.loss;

import dev.hertz.core.metrics.RiskMetrics;

/**
 * {@code MultiMetricHyperOptLoss}: profit net of drawdown, multiplied by logarithmic weights of
 * the profit factor, the expectancy ratio and the win rate, and by a penalty below 50 trades.
 */
public final class MultiMetricHyperOptLoss implements HyperOptLoss {
    static final String DESCRIPTION = "Defines the loss function for hyperopt: combines profit, drawdown "
            + "(DRAWDOWN_MULT 0.055), profit factor, expectancy ratio, win rate and a penalty below 50 trades.";
    private static final double DRAWDOWN_MULT = 0.055;
    private static final int TARGET_TRADE_AMOUNT = 50;
    private static final double EXPECTANCY_CONST = 2.0;
    private static final double PF_CONST = 1.0;
    private static final double WINRATE_CONST = 1.2;

    @Override
    public double loss(LossInput input) {
        TradeColumns t = TradeColumns.of(input.trades());
        double total = t.totalAbs();
        double won = 0;
        double lost = 0;
        int wins = 0;
        for (double p : t.profitAbs()) {
            if (p > 0) {
                won += p;
                wins++;
            } else if (p < 0) {
                lost += p;
            }
        }
        double logProfitFactor = Math.log(won / (Math.abs(lost) + 1e-6) + PF_CONST);
        double expectancyRatio = RiskMetrics.expectancy(t.profitAbs()).ratio();
        double logExpectancy = expectancyRatio > 10 ? Math.log(1.01) : Math.log(expectancyRatio + EXPECTANCY_CONST);
        // hyperopt never scores an epoch without trades here (MAX_LOSS comes first); 0 keeps it defined
        double winrate = t.size() == 0 ? 0 : (double) wins / t.size();
        double logWinrate = Math.log(WINRATE_CONST + winrate);
        double relativeDrawdown = t.relativeAccountDrawdown(input.startingBalance());
        double penalty = 1.0;
        if (input.tradeCount() < TARGET_TRADE_AMOUNT) {
            penalty = Math.max(0.1, 1 - Math.abs(input.tradeCount() - TARGET_TRADE_AMOUNT) / (double) TARGET_TRADE_AMOUNT);
        }
        double profitDraw = total - relativeDrawdown * total * (1 - DRAWDOWN_MULT);
        return -(profitDraw * logProfitFactor * logExpectancy * logWinrate * penalty);
    }
}
