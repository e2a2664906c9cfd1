package dev.hertz.optimize.hyperopt.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.util.PythonFormat;

/**
 * One evaluated epoch, as a line of a {@code .fthypt} file (reference bot-core §8.4) stores it.
 *
 * @param loss               the objective (100000 = too few trades)
 * @param paramsDict         flat {@code {dimension name: value}}
 * @param paramsDetails      the optimised values per space: {@code {"buy": {...}, "roi": {"0": ...}, "stoploss":
 *                           {"stoploss": ...}, ...}}
 * @param paramsNotOptimized the same structure for what was not optimised
 * @param resultsMetrics     the strategy statistics of the epoch's backtest (bot-core §7.7)
 * @param resultsExplanation the one-line summary ({@link #explanation})
 * @param totalProfit        {@code profit_total}
 * @param currentEpoch       1-based epoch number in report order
 * @param isInitialPoint     one of the optimiser's random initial points
 * @param isBest             better than every epoch before it
 * @param isRandom           sampled at random because the optimiser repeated itself
 * @param fthyptFileversion  2 for what Hertz writes; 1 for old files without the key
 */
public record Epoch(double loss, ObjectNode paramsDict, ObjectNode paramsDetails, ObjectNode paramsNotOptimized,
                    ObjectNode resultsMetrics, String resultsExplanation, double totalProfit, int currentEpoch,
                    boolean isInitialPoint, boolean isBest, boolean isRandom, int fthyptFileversion) {
    /** What hyperopt scores an epoch with fewer trades than {@code hyperopt_min_trades}. */
    public static final double MAX_LOSS = 100_000;
    public static final int FILE_VERSION = 2;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The line of the result file, keys in freqtrade's order. */
    public ObjectNode toJson() {
        ObjectNode o = JSON.objectNode();
        o.put("loss", loss);
        o.set("params_dict", paramsDict);
        o.set("params_details", paramsDetails);
        o.set("params_not_optimized", paramsNotOptimized);
        o.set("results_metrics", resultsMetrics);
        o.put("results_explanation", resultsExplanation);
        o.put("total_profit", totalProfit);
        o.put("current_epoch", currentEpoch);
        o.put("is_initial_point", isInitialPoint);
        o.put("is_random", isRandom);
        o.put("is_best", isBest);
        o.put("fthypt_fileversion", fthyptFileversion);
        return o;
    }

    /**
     * An epoch from a result file line; missing objects read as {@code {}}.
     *
     * @throws IllegalArgumentException when the line is not an object or has no numeric {@code loss}
     */
    public static Epoch fromJson(JsonNode line) {
        if (line == null || !line.isObject()) {
            throw new IllegalArgumentException("an epoch must be a JSON object");
        }
        if (!line.path("loss").isNumber()) {
            throw new IllegalArgumentException("an epoch needs a numeric \"loss\"");
        }
        return new Epoch(line.get("loss").asDouble(), object(line, "params_dict"), object(line, "params_details"),
                object(line, "params_not_optimized"), object(line, "results_metrics"),
                line.path("results_explanation").asText(""), line.path("total_profit").asDouble(),
                line.path("current_epoch").asInt(), line.path("is_initial_point").asBoolean(),
                line.path("is_best").asBoolean(), line.path("is_random").asBoolean(),
                line.path("fthypt_fileversion").asInt(1));
    }

    private static ObjectNode object(JsonNode line, String key) {
        return line.get(key) instanceof ObjectNode o ? o : JSON.objectNode();
    }

    /** The number of trades of the epoch's backtest. */
    public long totalTrades() {
        return resultsMetrics.path("total_trades").asLong();
    }

    /**
     * freqtrade's {@code format_results_explanation_string}: trades, wins/draws/losses, mean and
     * median profit, total profit and average holding time.
     */
    public static String explanation(JsonNode metrics, String stakeCurrency) {
        return String.format("%6d trades. %s/%s/%s Wins/Draws/Losses. Avg profit %7s. Median profit %7s. "
                        + "Total profit %s %s (%8s). Avg duration %s min.",
                metrics.path("total_trades").asLong(), PythonFormat.str(metrics.get("wins")),
                PythonFormat.str(metrics.get("draws")), PythonFormat.str(metrics.get("losses")),
                PythonFormat.percent(metrics.path("profit_mean").asDouble(), 2),
                PythonFormat.percent(metrics.path("profit_median").asDouble(), 2),
                pad(PythonFormat.fixed(metrics.path("profit_total_abs").asDouble(), 8), 11), stakeCurrency,
                PythonFormat.percent(metrics.path("profit_total").asDouble(), 2),
                metrics.path("holding_avg").asText());
    }

    /** freqtrade's epoch header: {@code "*    3/100: <explanation> Objective: 1.23456"}. */
    public String header(int totalEpochs) {
        return (isInitialPoint ? "*" : " ") + String.format("%5d/%d: ", currentEpoch, totalEpochs) + resultsExplanation
                + " Objective: " + PythonFormat.fixed(loss, 5);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }
}
