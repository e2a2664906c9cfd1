package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.util.PythonFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            List<AnalysisTable> tables = tables(e.getValue(), options);
            if (tables == null) {
                out.append("No trades to show\n");
            } else {
                tables.forEach(t -> out.append(t.render()));
            }
        }
        return out.toString();
    }

    /**
     * {@code --analysis-to-csv}: each table as {@code <directory>/group_<n>.csv} (and
     * {@code indicators.csv}); returns the lines freqtrade prints for them.
     */
    public static String writeCsv(JsonNode result, Options options, Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("Specified directory " + directory + " does not exist.");
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, JsonNode> e : BacktestReport.fields(result.path("strategy"))) {
            List<AnalysisTable> tables = tables(e.getValue(), options);
            if (tables == null) {
                out.append("No trades to show\n");
                continue;
            }
            for (AnalysisTable table : tables) {
                Path file = directory.resolve(table.csvName());
                Files.writeString(file, table.csv());
                out.append("Saved ").append(table.name()).append(" to ").append(file).append('\n');
            }
        }
        return out.toString();
    }

    /** The tables of one strategy; null when no trade is left after the filters. */
    private static List<AnalysisTable> tables(JsonNode stats, Options options) {
        List<JsonNode> trades = new ArrayList<>();
        for (JsonNode t : stats.path("trades")) {
            if (keep(TradeRow.of(t), options)) {
                trades.add(t);
            }
        }
        if (trades.isEmpty()) {
            return null;
        }
        List<TradeRow> rows = trades.stream().map(TradeRow::of).toList();
        List<AnalysisTable> tables = new ArrayList<>();
        for (String group : options.groups()) {
            tables.add(group.equals("0") ? winsLosses(rows) : profits(rows, group));
        }
        if (!options.indicators().isEmpty()) {
            tables.add(indicators(trades, options.indicators()));
        }
        return tables;
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
    private static AnalysisTable winsLosses(List<TradeRow> rows) {
        List<List<Object>> lines = new ArrayList<>();
        group(rows, List.of(TradeRow::enterTag)).forEach((tag, trades) -> {
            long n = trades.size();
            long wins = trades.stream().filter(t -> t.profitAbs() > 0).count();
            long losses = n - wins;
            double winSum = trades.stream().filter(t -> t.profitAbs() >= 0).mapToDouble(TradeRow::profitAbs).sum();
            double lossSum = trades.stream().filter(t -> t.profitAbs() < 0).mapToDouble(TradeRow::profitAbs).sum();
            double ratioPct = (double) wins / n * 100;
            double avgWin = wins > 0 ? winSum / wins : 0;
            double avgLoss = losses > 0 ? lossSum / losses : 0;
            // pandas' fillna(0) clears 0/0, not x/0: a tag without losing sum keeps an infinite ratio
            double expRatio = (1 + avgWin / Math.abs(avgLoss)) * (ratioPct / 100) - 1;
            lines.add(List.of(tag, n, wins, losses, winSum, lossSum, winSum - Math.abs(lossSum), ratioPct, avgWin, avgLoss,
                    Double.isNaN(expRatio) ? 0.0 : expRatio));
        });
        lines.sort(Comparator.comparing(l -> (Long) l.get(1)));
        return new AnalysisTable("Group 0:", List.of("enter_reason", "total_num_buys", "wins", "losses",
                "profit_abs_wins", "profit_abs_loss", "profit_tot", "wl_ratio_pct", "avg_win", "avg_loss", "exp_ratio"),
                lines, true, List.of());
    }

    /** Groups 1-5: count, sum, median and mean of profit_abs and of profit_ratio (in percent) per key. */
    private static AnalysisTable profits(List<TradeRow> rows, String group) {
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
        record Line(long position, List<String> key, double sum, List<Object> cells) {
        }
        List<Line> lines = new ArrayList<>();
        group(rows, keys).forEach((joined, trades) -> {
            double[] abs = trades.stream().mapToDouble(TradeRow::profitAbs).toArray();
            double[] ratio = trades.stream().mapToDouble(TradeRow::profitRatio).toArray();
            List<String> key = List.of(joined.split("\u0000", -1));
            List<Object> cells = new ArrayList<>(key);
            cells.addAll(List.of((long) abs.length, sum(abs), median(abs), sum(abs) / abs.length, median(ratio) * 100,
                    sum(ratio) / ratio.length * 100, sum(ratio) * 100));
            lines.add(new Line(lines.size(), key, sum(abs), cells));
        });
        Comparator<Line> order = group.equals("5")
                ? Comparator.comparing((Line l) -> l.key().get(0))
                : Comparator.comparingDouble(Line::sum).thenComparing(l -> l.key().get(names.indexOf("enter_reason")));
        List<Line> sorted = lines.stream().sorted(order).toList();
        List<String> header = new ArrayList<>(names);
        header.addAll(List.of("num_buys", "profit_abs_sum", "profit_abs_median", "profit_abs_mean", "median_profit_pct",
                "mean_profit_pct", "total_profit_pct"));
        return new AnalysisTable("Group " + group + ":", header, sorted.stream().map(Line::cells).toList(), false,
                sorted.stream().map(Line::position).toList());
    }

    /** The requested trade columns per trade, sorted by exit reason; unknown names are reported and skipped. */
    private static AnalysisTable indicators(List<JsonNode> trades, List<String> wanted) {
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
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < trades.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> trades.get(i).path("exit_reason").asText("")));
        List<List<Object>> rows = new ArrayList<>();
        for (int i : order) {
            JsonNode t = trades.get(i);
            List<Object> cells = new ArrayList<>(List.of(t.path("pair").asText(), t.path("open_date").asText(),
                    PythonFormat.str(t.get("enter_tag")), PythonFormat.str(t.get("exit_reason"))));
            for (String column : available) {
                JsonNode v = t.get(column);
                cells.add(v != null && v.isFloatingPointNumber() ? (Object) v.asDouble() : PythonFormat.str(v));
            }
            rows.add(cells);
        }
        return new AnalysisTable("Indicators:", header, rows, false, order.stream().map(Integer::longValue).toList());
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
