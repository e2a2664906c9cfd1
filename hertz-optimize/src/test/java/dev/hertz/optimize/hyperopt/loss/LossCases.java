package dev.hertz.optimize.hyperopt.loss;

import dev.hertz.core.persistence.Trade;

import java.time.Instant;
import java.util.List;

/** Hand-built closed trades for the loss tests. */
final class LossCases {
    static final Instant MIN = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant MAX = Instant.parse("2024-01-11T00:00:00Z");
    static final double WALLET = 1000;

    private LossCases() {
    }

    static Trade trade(String open, String close, double ratio, double abs) {
        Trade t = new Trade();
        t.setPair("BTC/USDT");
        t.setOpen(false);
        t.setOpenDate(Instant.parse(open));
        t.setCloseDate(Instant.parse(close));
        t.setCloseProfit(ratio);
        t.setCloseProfitAbs(abs);
        return t;
    }

    /**
     * Five trades, Σ profit_abs 30 (Σ ratio 0.03) on a 1000 wallet over 10 days: cumulative
     * 20, 10, 10, −20, 30, so the deepest drawdown is 40 from the peak 20 (relative 40/1020);
     * durations 120, 1500, 30, 3480 and 1440 minutes.
     */
    static List<Trade> five() {
        return List.of(
                trade("2024-01-01T00:00:00Z", "2024-01-01T02:00:00Z", 0.02, 20),
                trade("2024-01-02T00:00:00Z", "2024-01-03T01:00:00Z", -0.01, -10),
                trade("2024-01-04T00:00:00Z", "2024-01-04T00:30:00Z", 0.0, 0),
                trade("2024-01-05T00:00:00Z", "2024-01-08T10:00:00Z", -0.03, -30),
                trade("2024-01-09T00:00:00Z", "2024-01-10T00:00:00Z", 0.05, 50));
    }

    static LossInput input(List<Trade> trades) {
        return new LossInput(trades, trades.size(), MIN, MAX, null, null, WALLET);
    }
}
