package dev.hertz.optimize.hyperopt.results;

import dev.hertz.optimize.results.ResultFileException;

import java.util.List;
import java.util.function.Predicate;

/**
 * The epoch filters of {@code hyperopt-list} and {@code hyperopt-show} (reference bot-core §8.5),
 * applied in freqtrade's order. Every filter except best, profitable and the trade counts also
 * drops epochs without trades. A null bound (or a trade count ≤ 0) is no filter.
 *
 * @param minAvgTime   minutes; keeps {@code holding_avg_s // 60 > minAvgTime}
 * @param minAvgProfit percent; keeps {@code profit_mean × 100 > minAvgProfit}
 * @param minObjective keeps {@code loss < minObjective} (freqtrade's inverted naming)
 * @param maxObjective keeps {@code loss > maxObjective}
 */
public record EpochFilter(boolean best, boolean profitable, int minTrades, int maxTrades, Double minAvgTime,
                          Double maxAvgTime, Double minAvgProfit, Double maxAvgProfit, Double minTotalProfit,
                          Double maxTotalProfit, Double minObjective, Double maxObjective) {
    /** No filter at all. */
    public static final EpochFilter NONE = new EpochFilter(false, false, 0, 0, null, null, null, null, null, null,
            null, null);

    public List<Epoch> apply(List<Epoch> epochs) {
        List<Epoch> e = epochs;
        if (best) {
            e = keep(e, Epoch::isBest);
        }
        if (profitable) {
            e = keep(e, x -> x.resultsMetrics().path("profit_total").asDouble() > 0);
        }
        if (minTrades > 0) {
            e = keep(e, x -> x.totalTrades() > minTrades);
        }
        if (maxTrades > 0) {
            e = keep(e, x -> x.totalTrades() < maxTrades);
        }
        if (minAvgTime != null) {
            e = keep(withTrades(e), x -> avgMinutes(x) > minAvgTime);
        }
        if (maxAvgTime != null) {
            e = keep(withTrades(e), x -> avgMinutes(x) < maxAvgTime);
        }
        if (minAvgProfit != null) {
            e = keep(withTrades(e), x -> x.resultsMetrics().path("profit_mean").asDouble() * 100 > minAvgProfit);
        }
        if (maxAvgProfit != null) {
            e = keep(withTrades(e), x -> x.resultsMetrics().path("profit_mean").asDouble() * 100 < maxAvgProfit);
        }
        if (minTotalProfit != null) {
            e = keep(withTrades(e), x -> x.resultsMetrics().path("profit_total_abs").asDouble() > minTotalProfit);
        }
        if (maxTotalProfit != null) {
            e = keep(withTrades(e), x -> x.resultsMetrics().path("profit_total_abs").asDouble() < maxTotalProfit);
        }
        if (minObjective != null) {
            e = keep(withTrades(e), x -> x.loss() < minObjective);
        }
        if (maxObjective != null) {
            e = keep(withTrades(e), x -> x.loss() > maxObjective);
        }
        return e;
    }

    private static List<Epoch> keep(List<Epoch> epochs, Predicate<Epoch> condition) {
        return epochs.stream().filter(condition).toList();
    }

    private static List<Epoch> withTrades(List<Epoch> epochs) {
        return keep(epochs, x -> x.totalTrades() > 0);
    }

    private static double avgMinutes(Epoch epoch) {
        if (!epoch.resultsMetrics().path("holding_avg_s").isNumber()) {
            throw new ResultFileException(ResultFileException.Kind.INVALID, "Holding-average not available. Please "
                    + "omit the filter on average time, or rerun hyperopt with this version");
        }
        return Math.floor(epoch.resultsMetrics().get("holding_avg_s").asDouble() / 60);
    }
}
