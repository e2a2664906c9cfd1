package dev.hertz.optimize.hyperopt.loss;

import dev.hertz.core.metrics.Drawdown;
import dev.hertz.core.persistence.Trade;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The trade columns the losses read (freqtrade's {@code results} frame), in close-date order as
 * its drawdown helpers sort them: {@code profit_abs}, {@code profit_ratio}, {@code close_date},
 * {@code trade_duration} (whole minutes). A missing profit counts as 0.
 */
record TradeColumns(double[] profitAbs, double[] profitRatio, Instant[] closeDates, double[] durationMinutes) {

    static TradeColumns of(List<Trade> trades) {
        List<Trade> sorted = trades.stream().sorted(Comparator.comparing(Trade::closeDate)).toList();
        int n = sorted.size();
        double[] abs = new double[n];
        double[] ratio = new double[n];
        Instant[] dates = new Instant[n];
        double[] minutes = new double[n];
        for (int i = 0; i < n; i++) {
            Trade t = sorted.get(i);
            abs[i] = t.closeProfitAbs() == null ? 0 : t.closeProfitAbs();
            ratio[i] = t.closeProfit() == null ? 0 : t.closeProfit();
            dates[i] = t.closeDate();
            minutes[i] = Math.floorDiv(t.closeDate().getEpochSecond() - t.openDate().getEpochSecond(), 60L);
        }
        return new TradeColumns(abs, ratio, dates, minutes);
    }

    int size() {
        return profitAbs.length;
    }

    double totalAbs() {
        return sum(profitAbs);
    }

    /** freqtrade's {@code calculate_max_drawdown} over {@code profit_abs}; {@link Drawdown#NONE} without a losing trade. */
    Drawdown drawdown(double startingBalance, Drawdown.Mode mode) {
        return Drawdown.of(profitAbs, closeDates, startingBalance, mode);
    }

    /** freqtrade's {@code relative_account_drawdown} with the starting balance; 0 without drawdown. */
    double relativeAccountDrawdown(double startingBalance) {
        return drawdown(startingBalance, Drawdown.Mode.ABSOLUTE).relative();
    }

    static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
