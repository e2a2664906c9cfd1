package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.util.PythonFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code backtesting-analysis}: freqtrade's entry/exit analysis group tables over the trades of a
 * stored result. Group 0 counts wins and losses per enter tag; groups 1-5 sum profits per enter
 * tag, enter tag + exit reason, pair + enter tag, pair + enter tag + exit reason, and exit
 * reason. Indicator columns come from the trade entries: a result file holds no signal candles.
 */
public final class BacktestAnalysis {
    private static final Logger LOG = LoggerFactory.getLogger(BacktestAnalysis.class);

    /**
     * @param groups       {@code --analysis-groups}, each "0".."5"
     * @param enterReasons {@code --enter-reason-list}; "all" (the default) keeps every tag
     * @param exitReasons  {@code --exit-reason-list}; "all" keeps every reason
     * @param indicators   {@code --indicator-list}: trade columns to list, "all" for every one
     * @param from         only trades opened at or after this, null for no limit
     * @param to           only trades opened before this, null for no limit
     */
    public record Options(List<String> groups, List<String> enterReasons, List<String> exitReasons,
                          List<String> indicators, Instant from, Instant to) {
        public Options {
            groups = List.copyOf(groups);
            enterReasons = List.copyOf(enterReasons);
            exitReasons = List.copyOf(exitReasons);
            indicators = List.copyOf(indicators);
            for (String g : groups) {
                if (!List.of("0", "1", "2", "3", "4", "5").contains(g)) {
                    throw new IllegalArgumentException("--analysis-groups: \"" + g + "\" is not one of 0, 1, 2, 3, 4, 5");
                }
            }
        }
    }

    private BacktestAnalysis() {
    }

    /** The tables of every strategy of {@code result}, in the order freqtrade prints them. */
    public static String render(JsonNode result, Options options) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, JsonNode> e : BacktestReport.fields(result.path("strategy"))) {
            List<JsonNode> trades = new ArrayList<>();
            for (JsonNode t : e.getValue().path("trades")) {
                TradeRow row = TradeRow.of(t);
                if (keep(row, options)) {
                    trades.add(t);
                }
            }
            if (trades.isEmpty()) {
                out.append("No trades to show\n");
                continue;
            }
            List<TradeRow> rows = trades.stream().map(TradeRow::of).toList();
            for (String group : options.groups()) {
                out.append("Group ").append(group).append(":\n");
                out.append(group.equals("0") ? winsLosses(rows) : profits(rows, group));
            }
            if (!options.indicators().isEmpty()) {
                out.append(indicators(trades, options.indicators()));
            }
        }
        return out.toString();
    }

    private static boolean keep(TradeRow t, Options o) {
        if (o.from() != null && t.openDate().isBefore(o.from()) || o.to() != null && !t.openDate().isBefore(o.to())) {
            return false;
        }
        return selected(o.enterReasons(), t.enterTag()) && selected(o.exitReasons(), t.exitReason());
    }

    /** An empty list or "all" keeps everything; a trade without the value matches no named list (pandas' isin). */
    private static boolean selected(List<String> list, String value) {
        return list.isEmpty() || list.contains("all") || value != null && list.contains(value);
    }

    /** Group 0: per enter tag the trades, wins ({@code > 0}), losses ({@code <= 0}), their sums and ratios. */
    private static String winsLosses(List<TradeRow> rows) {
        Map<String, List<TradeRow>> byTag = group(rows, List.of(TradeRow::enterTag));
        List<List<String>> lines = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        byTag.forEach((tag, trades) -> {
            long n = trades.size();
            long wins = trades.stream().filter(t -> t.profitAbs() > 0).count();
            long losses = n - wins;
            double winSum = trades.stream().filter(t -> t.profitAbs() >= 0).mapToDouble(TradeRow::profitAbs).sum();
            double lossSum = trades.stream().filter(t -> t.profitAbs() < 0).mapToDouble(TradeRow::profitAbs).sum();
            double ratioPct = (double) wins / n * 100;
            double avgWin = wins > 0 ? winSum / wins : 0;
            double avgLoss = losses > 0 ? lossSum / losses : 0;
            double expRatio = (1 + avgWin / Math.abs(avgLoss)) * (ratioPct / 100) - 1;
            lines.add(List.of(tag, Long.toString(n), Long.toString(wins), Long.toString(losses), f(winSum), f(lossSum),
                    f(winSum - Math.abs(lossSum)), f(ratioPct), f(avgWin), f(avgLoss), f(Double.isNaN(expRatio) ? 0 : expRatio)));
            counts.add(n);
        });
        // the tag is the table's index, which rich left-justifies
        ReportTable table = new ReportTable(null, List.of("enter_reason", "total_num_buys", "wins", "losses",
                "profit_abs_wins", "profit_abs_loss", "profit_tot", "wl_ratio_pct", "avg_win", "avg_loss", "exp_ratio"), 1);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(counts::get));
        order.forEach(i -> table.row(lines.get(i)));
        return table.render();
    }

    /** Groups 1-5: count, sum, median and mean of profit_abs and of profit_ratio (in percent) per key. */
    private static String profits(List<TradeRow> rows, String group) {
        List<String> names = switch (group) {
            case "1" -> List.of("enter_reason");
            case "2" -> List.of("enter_reason", "exit_reason");
            case "3" -> List.of("pair", "enter_reason");
            case "4" -> List.of("pair", "enter_reason", "exit_reason");
            default -> List.of("exit_reason");
        };
        List<Function<TradeRow, String>> keys = names.stream().<Function<TradeRow, String>>map(n -> switch (n) {
            case "pair" -> TradeRow::pair;
            case "enter_reason" -> TradeRow::enterTag;
            default -> TradeRow::exitReason;
        }).toList();
        record Line(List<String> key, double sum, List<String> cells) {
        }
        List<Line> lines = new ArrayList<>();
        group(rows, keys).forEach((joined, trades) -> {
            double[] abs = trades.stream().mapToDouble(TradeRow::profitAbs).toArray();
            double[] ratio = trades.stream().mapToDouble(TradeRow::profitRatio).toArray();
            List<String> key = List.of(joined.split("\u0000", -1));
            List<String> cells = new ArrayList<>(key);
            cells.addAll(List.of(Integer.toString(abs.length), f(sum(abs)), f(median(abs)), f(sum(abs) / abs.length),
                    f(median(ratio) * 100), f(sum(ratio) / ratio.length * 100), f(sum(ratio) * 100)));
            lines.add(new Line(key, sum(abs), cells));
        });
        Comparator<Line> order = group.equals("5")
                ? Comparator.comparing((Line l) -> l.key().get(0))
                : Comparator.comparingDouble(Line::sum).thenComparing(l -> l.key().get(names.indexOf("enter_reason")));
        List<String> header = new ArrayList<>(names);
        header.addAll(List.of("num_buys", "profit_abs_sum", "profit_abs_median", "profit_abs_mean", "median_profit_pct",
                "mean_profit_pct", "total_profit_pct"));
        ReportTable table = new ReportTable(null, header);
        lines.stream().sorted(order).forEach(l -> table.row(l.cells()));
        return table.render();
    }

    /** The requested trade columns per trade, sorted by exit reason; unknown names are reported and skipped. */
    private static String indicators(List<JsonNode> trades, List<String> wanted) {
        List<String> available = new ArrayList<>();
        List<String> known = new ArrayList<>(TradeJson.TRADE_KEYS);
        known.remove("orders");
        if (wanted.contains("all")) {
            available.addAll(known);
        } else {
            for (String name : wanted) {
                if (known.contains(name)) {
                    available.add(name);
                } else {
                    LOG.warn("Indicator {} is not a column of the stored trades (result files hold no signal candles); skipped.", name);
                }
            }
        }
        List<String> header = new ArrayList<>(List.of("pair", "open_date", "enter_reason", "exit_reason"));
        header.addAll(available);
        ReportTable table = new ReportTable(null, header);
        trades.stream().sorted(Comparator.comparing((JsonNode t) -> t.path("exit_reason").asText(""))).forEach(t -> {
            List<String> cells = new ArrayList<>(List.of(t.path("pair").asText(), t.path("open_date").asText(),
                    PythonFormat.str(t.get("enter_tag")), PythonFormat.str(t.get("exit_reason"))));
            for (String column : available) {
                JsonNode v = t.get(column);
                cells.add(v != null && v.isFloatingPointNumber() ? f(v.asDouble()) : PythonFormat.str(v));
            }
            table.row(cells);
        });
        return "Indicators:\n" + table.render();
    }

    /** Trades by key in key order; trades missing a key part are left out, as pandas' groupby does. */
    private static Map<String, List<TradeRow>> group(List<TradeRow> rows, List<Function<TradeRow, String>> keys) {
        Map<String, List<TradeRow>> groups = new TreeMap<>();
        for (TradeRow t : rows) {
            List<String> parts = keys.stream().map(k -> k.apply(t)).toList();
            if (!parts.contains(null)) {
                groups.computeIfAbsent(String.join("\u0000", parts), k -> new ArrayList<>()).add(t);
            }
        }
        return groups;
    }

    private static String f(double value) {
        return Py.fixed(value, 3);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
