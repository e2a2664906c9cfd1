package dev.hertz.core.rpc;

import dev.hertz.core.persistence.Trade;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * freqtrade's {@code calculate_max_drawdown} over closed trades' absolute profits in close-date
 * order. All zero when there is no drawdown (no losing stretch), as freqtrade's caller does.
 *
 * @param abs      the largest fall of cumulative profit from its previous high
 * @param relative that fall relative to the balance at the high (starting balance + high)
 */
record Drawdown(double abs, Instant highDate, Instant lowDate, double highValue, double lowValue, double relative) {
    static final Drawdown NONE = new Drawdown(0, null, null, 0, 0, 0);

    static Drawdown of(List<Trade> closed, double startingBalance) {
        if (closed.isEmpty()) {
            return NONE;
        }
        List<Trade> sorted = closed.stream().sorted(Comparator.comparing(Trade::closeDate)).toList();
        int n = sorted.size();
        double[] cumulative = new double[n];
        double[] high = new double[n];
        double running = 0;
        for (int i = 0; i < n; i++) {
            Double abs = sorted.get(i).closeProfitAbs();
            running += abs == null ? 0 : abs;
            cumulative[i] = running;
            high[i] = i == 0 ? running : Math.max(high[i - 1], running);
        }
        int low = 0;
        for (int i = 1; i < n; i++) {
            if (cumulative[i] - high[i] < cumulative[low] - high[low]) {
                low = i;
            }
        }
        if (low == 0) {
            return NONE;
        }
        int peak = 0;
        for (int i = 1; i < low; i++) {
            if (high[i] > high[peak]) {
                peak = i;
            }
        }
        double relative = startingBalance != 0
                ? ((startingBalance + high[low]) - (startingBalance + cumulative[low])) / (startingBalance + high[low])
                : (high[low] - cumulative[low]) / high[low];
        return new Drawdown(Math.abs(cumulative[low] - high[low]), sorted.get(peak).closeDate(),
                sorted.get(low).closeDate(), cumulative[peak], cumulative[low], relative);
    }
}
