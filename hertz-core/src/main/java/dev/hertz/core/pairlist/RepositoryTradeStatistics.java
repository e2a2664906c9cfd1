package dev.hertz.core.pairlist;

import dev.hertz.core.persistence.Trade;
import dev.hertz.core.persistence.TradeRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link TradeStatistics} over the trade database (live and dry-run). */
public final class RepositoryTradeStatistics implements TradeStatistics {

    private static final int PAGE = 500;

    private final TradeRepository trades;

    public RepositoryTradeStatistics(TradeRepository trades) {
        this.trades = trades;
    }

    @Override
    public List<PairPerformance> overallPerformance(Instant closedSince) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Trade> page = trades.closedTrades(PAGE, offset);
            for (Trade t : page) {
                if (closedSince != null && (t.closeDate() == null || t.closeDate().isBefore(closedSince))) {
                    continue;
                }
                double[] sum = sums.computeIfAbsent(t.pair(), p -> new double[2]);
                sum[0] += t.closeProfit() == null ? 0.0 : t.closeProfit();
                sum[1]++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        List<PairPerformance> result = new ArrayList<>(sums.size());
        sums.forEach((pair, sum) -> result.add(new PairPerformance(pair, sum[0], (long) sum[1])));
        return result;
    }

    @Override
    public int openTradeCount() {
        return (int) trades.count(Boolean.TRUE);
    }
}
