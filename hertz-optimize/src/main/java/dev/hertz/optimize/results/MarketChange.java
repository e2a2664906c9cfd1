package dev.hertz.optimize.results;

import dev.hertz.core.data.Candles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The market's own move over a backtest: freqtrade's {@code calculate_market_change} (one number
 * for the statistics) and {@code combined_dataframes_with_rel_mean} (the series behind the
 * {@code _market_change.feather} file FreqUI charts).
 *
 * @param dates   candle dates in epoch milliseconds, ascending (the union over pairs)
 * @param mean    mean close over the pairs that have a candle at that date
 * @param relMean cumulative sum of the mean's relative change, 0 at the first row
 * @param count   number of pairs with a candle at that date
 */
public record MarketChange(long[] dates, double[] mean, double[] relMean, long[] count) {

    /**
     * Mean over pairs of {@code (last close − first close) / first close}, first and last non-NaN
     * close of everything loaded (startup candles included); 0 without data.
     */
    public static double of(Map<String, Candles> data, List<String> pairOrder) {
        double sum = 0;
        int n = 0;
        for (String pair : ordered(data, pairOrder)) {
            // read in place: Candles.closes() copies, and hyperopt asks once per epoch
            Candles c = data.get(pair);
            int first = 0;
            while (first < c.size() && Double.isNaN(c.close(first))) {
                first++;
            }
            int last = c.size() - 1;
            while (last >= 0 && Double.isNaN(c.close(last))) {
                last--;
            }
            if (first <= last) {
                sum += (c.close(last) - c.close(first)) / c.close(first);
                n++;
            }
        }
        return n == 0 ? 0.0 : sum / n;
    }

    /** The combined series over {@code from <= date < to}. */
    public static MarketChange series(Map<String, Candles> data, List<String> pairOrder, Instant from, Instant to) {
        TreeMap<Long, double[]> rows = new TreeMap<>();
        for (String pair : ordered(data, pairOrder)) {
            Candles c = data.get(pair);
            for (int i = 0; i < c.size(); i++) {
                long date = c.date(i);
                if (date >= from.toEpochMilli() && date < to.toEpochMilli() && !Double.isNaN(c.close(i))) {
                    double[] acc = rows.computeIfAbsent(date, d -> new double[2]);
                    acc[0] += c.close(i);
                    acc[1]++;
                }
            }
        }
        int n = rows.size();
        long[] dates = new long[n];
        double[] mean = new double[n];
        double[] relMean = new double[n];
        long[] count = new long[n];
        int i = 0;
        for (var row : rows.entrySet()) {
            dates[i] = row.getKey();
            mean[i] = row.getValue()[0] / row.getValue()[1];
            count[i] = (long) row.getValue()[1];
            relMean[i] = i == 0 ? 0 : relMean[i - 1] + (mean[i] / mean[i - 1] - 1);
            i++;
        }
        return new MarketChange(dates, mean, relMean, count);
    }

    /** The whitelist order first, then any other loaded pair by name: sums come out the same each run. */
    private static List<String> ordered(Map<String, Candles> data, List<String> pairOrder) {
        List<String> pairs = new ArrayList<>(pairOrder.stream().filter(data::containsKey).toList());
        data.keySet().stream().filter(p -> !pairs.contains(p)).sorted().forEach(pairs::add);
        return pairs;
    }
}
