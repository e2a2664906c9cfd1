package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.util.PythonFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * freqtrade's console report of a backtest (reference bot-core §7.7, telegram-rpc-cli §6.4),
 * printed from the result object ({@code {"strategy": {...}, "strategy_comparison": [...]}}), so
 * a fresh run and a stored file print the same.
 */
public final class BacktestReport {
    private BacktestReport() {
    }

    /**
     * Every strategy's report, then the strategy summary.
     *
     * @param breakdown the {@code --breakdown} periods ({@code day}, {@code week}, {@code month})
     */
    public static String render(JsonNode result, List<String> breakdown) {
        StringBuilder out = new StringBuilder();
        JsonNode last = null;
        for (Map.Entry<String, JsonNode> e : fields(result.path("strategy"))) {
            strategy(out, e.getKey(), e.getValue(), breakdown);
            last = e.getValue();
        }
        if (last != null) {
            out.append("Backtested ").append(last.path("backtest_start").asText()).append(" -> ")
                    .append(last.path("backtest_end").asText()).append(" | Max open trades : ")
                    .append(PythonFormat.str(last.get("max_open_trades"))).append('\n');
            out.append(strategySummary(result.path("strategy_comparison"), last.path("stake_currency").asText()));
        }
        return out.toString();
    }

    /** {@code --show-pair-list}: each strategy's pairs, best first, as a list to paste into a config. */
    public static String sortedPairList(JsonNode result) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, JsonNode> e : fields(result.path("strategy"))) {
            out.append("Pairs for Strategy ").append(e.getKey()).append(": \n[\n");
            for (JsonNode line : e.getValue().path("results_per_pair")) {
                if (!ResultLines.TOTAL.equals(line.path("key").asText())) {
                    out.append('"').append(line.path("key").asText()).append("\",  // ")
                            .append(Py.percent(line.path("profit_mean").asDouble())).append('\n');
                }
            }
            out.append("]\n");
        }
        return out.toString();
    }

    private static void strategy(StringBuilder out, String name, JsonNode stats, List<String> breakdown) {
        String stake = stats.path("stake_currency").asText();
        out.append("Result for strategy ").append(name).append('\n');
        out.append(resultTable(stats.path("results_per_pair"), stake, "BACKTESTING REPORT"));
        out.append(resultTable(stats.path("left_open_trades"), stake, "LEFT OPEN TRADES REPORT"));
        if (stats.hasNonNull("results_per_enter_tag")) {
            out.append(tagTable(stats.get("results_per_enter_tag"), stake, "Enter Tag", "Entries", ""));
        }
        if (stats.hasNonNull("exit_reason_summary")) {
            out.append(tagTable(stats.get("exit_reason_summary"), stake, "Exit Reason", "Exits", "exit_reason"));
        }
        if (stats.hasNonNull("mix_tag_stats")) {
            out.append(tagTable(stats.get("mix_tag_stats"), stake, null, "Trades", ""));
        }
        for (String period : breakdown) {
            JsonNode rows = stats.path("periodic_breakdown").get(period);
            if (rows == null) {
                List<TradeRow> trades = new ArrayList<>();
                stats.path("trades").forEach(t -> trades.add(TradeRow.of(t)));
                rows = Periods.of(period).breakdown(trades);
            }
            out.append(periodTable(rows, stake, period));
        }
        out.append(SummaryMetrics.render(stats)).append('\n');
    }

    private static List<String> lineHeader(List<String> first, String stake, String direction) {
        List<String> header = new ArrayList<>(first);
        header.addAll(List.of(direction, "Avg Profit %", "Tot Profit " + stake, "Tot Profit %", "Avg Duration",
                "Win  Draw  Loss  Win%"));
        return header;
    }

    /** The W/D/L cell: each count right-aligned to 4, then the win percentage. */
    public static String winsDrawsLosses(long wins, long draws, long losses) {
        String ratio;
        if (wins > 0 && losses == 0) {
            ratio = "100";
        } else if (wins == 0) {
            ratio = "0";
        } else {
            ratio = Py.fixed(100.0 / (wins + draws + losses) * wins, 1);
        }
        return String.format("%4d  %4d  %4d  %4s", wins, draws, losses, ratio);
    }

    private static List<String> lineCells(JsonNode t, String stake) {
        // an older file's exit reason lines have no duration: Python prints None there
        return List.of(PythonFormat.str(t.get("trades")), PythonFormat.str(t.get("profit_mean_pct")),
                Py.fixed(t.path("profit_total_abs").asDouble(), Py.decimalsPerCoin(stake)),
                PythonFormat.str(t.get("profit_total_pct")), PythonFormat.str(t.get("duration_avg")),
                winsDrawsLosses(t.path("wins").asLong(), t.path("draws").asLong(), t.path("losses").asLong()));
    }

    private static String resultTable(JsonNode lines, String stake, String title) {
        ReportTable table = new ReportTable(title, lineHeader(List.of("Pair"), stake, "Trades"));
        for (JsonNode t : lines) {
            List<String> cells = new ArrayList<>();
            cells.add(t.path("key").asText());
            cells.addAll(lineCells(t, stake));
            table.row(cells);
        }
        return table.render();
    }

    /**
     * An enter-tag, exit-reason or (with a null {@code column}) mixed-tag table; an empty key
     * prints the {@code fallback} field, else {@code OTHER}, as freqtrade does.
     */
    private static String tagTable(JsonNode lines, String stake, String column, String direction, String fallback) {
        boolean mixed = column == null;
        ReportTable table = new ReportTable((mixed ? "MIXED TAG" : column.toUpperCase()) + " STATS",
                lineHeader(mixed ? List.of("Enter Tag", "Exit Reason") : List.of(column), stake, direction));
        for (JsonNode t : lines) {
            List<String> cells = new ArrayList<>();
            JsonNode key = t.get("key");
            boolean present = key != null && !key.isNull() && !(key.isTextual() && key.asText().isEmpty());
            if (!present) {
                String text = t.path(fallback).isMissingNode() ? "OTHER" : PythonFormat.str(t.get(fallback));
                cells.add(text);
                if (mixed) {
                    cells.add("");
                }
            } else if (mixed && key.isArray()) {
                cells.add(PythonFormat.str(key.get(0)));
                cells.add(PythonFormat.str(key.get(1)));
            } else {
                cells.add(key.asText());
                if (mixed) {
                    cells.add("");
                }
            }
            cells.addAll(lineCells(t, stake));
            table.row(cells);
        }
        return table.render();
    }

    private static String periodTable(JsonNode rows, String stake, String period) {
        ReportTable table = new ReportTable(period.toUpperCase() + " BREAKDOWN", List.of(
                Character.toUpperCase(period.charAt(0)) + period.substring(1), "Tot Profit " + stake, "Wins", "Draws",
                "Losses"));
        for (JsonNode d : rows) {
            table.row(List.of(d.path("date").asText(), Py.fmtCoin(d.path("profit_abs").asDouble(), stake, false),
                    PythonFormat.str(d.get("wins")), PythonFormat.str(d.get("draws")), PythonFormat.str(d.get("loses"))));
        }
        return table.render();
    }

    private static String strategySummary(JsonNode lines, String stake) {
        List<String> header = lineHeader(List.of("Strategy"), stake, "Trades");
        header.add("Drawdown");
        List<String> percents = new ArrayList<>();
        int padAbs = 0;
        int padPer = 0;
        for (JsonNode t : lines) {
            String dd = t.has("max_drawdown_account") ? Py.fixed(t.path("max_drawdown_account").asDouble() * 100, 2)
                    : Py.fixed(t.path("max_drawdown_per").asDouble(), 2);
            percents.add(dd);
            padAbs = Math.max(padAbs, t.path("max_drawdown_abs").asText().length());
            padPer = Math.max(padPer, dd.length());
        }
        ReportTable table = new ReportTable("STRATEGY SUMMARY", header);
        int i = 0;
        for (JsonNode t : lines) {
            String drawdown = String.format("%" + Math.max(1, padAbs) + "s %s  %" + Math.max(1, padPer) + "s%%",
                    t.path("max_drawdown_abs").asText(), stake, percents.get(i++));
            table.row(List.of(t.path("key").asText(), PythonFormat.str(t.get("trades")),
                    Py.fixed(t.path("profit_mean_pct").asDouble(), 2),
                    Py.fixed(t.path("profit_total_abs").asDouble(), Py.decimalsPerCoin(stake)),
                    PythonFormat.str(t.get("profit_total_pct")), t.path("duration_avg").asText(),
                    winsDrawsLosses(t.path("wins").asLong(), t.path("draws").asLong(), t.path("losses").asLong()),
                    drawdown));
        }
        return table.render();
    }

    static List<Map.Entry<String, JsonNode>> fields(JsonNode object) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        out.addAll(object.properties());
        return out;
    }
}
