package dev.hertz.optimize.hyperopt.loss;

/**
 * freqtrade's default objective ({@code ShortTradeDurHyperOptLoss}, alias {@code DefaultHyperOptLoss}):
 * a trade count near 600, a total profit ratio up to 3.0 and an average trade shorter than
 * 300 minutes each lower the loss.
 */
public final class ShortTradeDurHyperOptLoss implements HyperOptLoss {
    static final String DESCRIPTION = "Defines the default loss function for hyperopt: rewards many trades (around 600), "
            + "a high total profit ratio (up to 3.0) and short trade durations (below 300 minutes).";
    private static final double TARGET_TRADES = 600;
    private static final double EXPECTED_MAX_PROFIT = 3.0;
    private static final double MAX_ACCEPTED_TRADE_DURATION = 300;

    @Override
    public double loss(LossInput input) {
        TradeColumns t = TradeColumns.of(input.trades());
        double totalProfit = TradeColumns.sum(t.profitRatio());
        // without trades there is no mean duration; hyperopt scores such epochs with MAX_LOSS before asking
        double meanDuration = t.size() == 0 ? 0 : TradeColumns.sum(t.durationMinutes()) / t.size();
        double tradeLoss = 1 - 0.25 * Math.exp(-Math.pow(input.tradeCount() - TARGET_TRADES, 2) / Math.pow(10, 5.8));
        double profitLoss = Math.max(0, 1 - totalProfit / EXPECTED_MAX_PROFIT);
        double durationLoss = 0.4 * Math.min(meanDuration / MAX_ACCEPTED_TRADE_DURATION, 1);
        return tradeLoss + profitLoss + durationLoss;
    }
}
