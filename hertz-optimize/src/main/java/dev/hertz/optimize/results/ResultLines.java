package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * freqtrade's result lines (reference bot-core §7.7): one line per pair, enter tag, exit reason or
 * (enter tag, exit reason), sorted by absolute profit, then the {@code TOTAL} line.
 */
final class ResultLines {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String TOTAL = "TOTAL";

    private ResultLines() {
    }

    /**
     * One line per whitelist pair in that order (zero lines included), sorted, then TOTAL.
     *
     * @param skipEmpty leave out pairs without trades (the left-open report)
     */
    static ArrayNode perPair(List<String> pairs, List<TradeRow> trades, double startingBalance, boolean skipEmpty) {
        List<ObjectNode> lines = new ArrayList<>();
        for (String pair : pairs) {
            List<TradeRow> own = trades.stream().filter(t -> t.pair().equals(pair)).toList();
            if (!(skipEmpty && own.isEmpty())) {
                lines.add(line(TextNode.valueOf(pair), own, startingBalance));
            }
        }
        return sortedWithTotal(lines, trades, startingBalance);
    }

    /**
     * One line per distinct key in key order (pandas' groupby; trades with a null key are left
     * out as pandas drops them), sorted by profit, then TOTAL over all trades.
     */
    static ArrayNode perTag(List<TradeRow> trades, double startingBalance, List<Function<TradeRow, String>> keys) {
        Map<List<String>, List<TradeRow>> groups = new LinkedHashMap<>();
        trades.stream()
                .filter(t -> keys.stream().allMatch(k -> k.apply(t) != null))
                .sorted(Comparator.comparing(t -> keys.stream().map(k -> k.apply(t)).toList(), ResultLines::compareKeys))
                .forEach(t -> groups.computeIfAbsent(keys.stream().map(k -> k.apply(t)).toList(), k -> new ArrayList<>()).add(t));
        List<ObjectNode> lines = new ArrayList<>();
        groups.forEach((key, group) -> {
            JsonNode keyNode;
            if (key.size() == 1) {
                keyNode = TextNode.valueOf(key.get(0));
            } else {
                ArrayNode list = JSON.arrayNode();
                key.forEach(list::add);
                keyNode = list;
            }
            lines.add(line(keyNode, group, startingBalance));
        });
        return sortedWithTotal(lines, trades, startingBalance);
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static ArrayNode sortedWithTotal(List<ObjectNode> lines, List<TradeRow> all, double startingBalance) {
        ArrayNode out = JSON.arrayNode();
        lines.stream()
                .sorted(Comparator.comparingDouble((ObjectNode l) -> l.get("profit_total_abs").asDouble()).reversed())
                .forEach(out::add);
        out.add(line(TextNode.valueOf(TOTAL), all, startingBalance));
        return out;
    }

    /** freqtrade's {@code _generate_result_line}. */
    static ObjectNode line(JsonNode key, List<TradeRow> trades, double startingBalance) {
        int n = trades.size();
        double profitSum = trades.stream().mapToDouble(TradeRow::profitRatio).sum();
        double profitAbs = trades.stream().mapToDouble(TradeRow::profitAbs).sum();
        double profitTotal = profitAbs / startingBalance;
        double mean = n > 0 ? profitSum / n : 0.0;
        long wins = trades.stream().filter(t -> t.profitAbs() > 0).count();
        ObjectNode line = JSON.objectNode();
        line.set("key", key);
        line.put("trades", n);
        line.put("profit_mean", mean);
        line.put("profit_mean_pct", n > 0 ? Py.round(mean * 100.0, 2) : 0.0);
        line.put("profit_sum", profitSum);
        line.put("profit_sum_pct", Py.round(profitSum * 100.0, 2));
        line.put("profit_total_abs", profitAbs);
        line.put("profit_total", profitTotal);
        line.put("profit_total_pct", Py.round(profitTotal * 100.0, 2));
        line.put("duration_avg", n > 0 ? Py.timedelta(Py.roundToLong(
                trades.stream().mapToLong(TradeRow::tradeDuration).average().orElse(0))) : "0:00");
        line.put("wins", wins);
        line.put("draws", trades.stream().filter(t -> t.profitAbs() == 0).count());
        line.put("losses", trades.stream().filter(t -> t.profitAbs() < 0).count());
        line.put("winrate", n > 0 ? (double) wins / n : 0.0);
        return line;
    }

    /** The pair line with the largest (or smallest) {@code profit_sum}; null when only TOTAL exists. */
    static JsonNode extremePair(ArrayNode perPair, boolean best) {
        if (perPair.size() <= 1) {
            return null;
        }
        JsonNode pick = null;
        for (JsonNode line : perPair) {
            if (Objects.equals(line.path("key").asText(), TOTAL)) {
                continue;
            }
            double v = line.get("profit_sum").asDouble();
            // Python's max/min keep the first of equal values
            if (pick == null || (best ? v > pick.get("profit_sum").asDouble() : v < pick.get("profit_sum").asDouble())) {
                pick = line;
            }
        }
        return pick;
    }
}
