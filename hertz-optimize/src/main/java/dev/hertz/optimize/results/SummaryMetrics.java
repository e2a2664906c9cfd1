package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.util.PythonFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code SUMMARY METRICS} table of one strategy in freqtrade's order, or its "No trades made"
 * line. Keys a result file of an older version lacks print {@code N/A}, as freqtrade's do.
 */
final class SummaryMetrics {
    private static final String NA = "N/A";

    private final JsonNode s;
    private final String stake;
    private final List<List<String>> rows = new ArrayList<>();

    private SummaryMetrics(JsonNode stats) {
        this.s = stats;
        this.stake = stats.path("stake_currency").asText();
    }

    static String render(JsonNode stats) {
        if (stats.path("trades").isEmpty()) {
            String balance = Py.fmtCoin(stats.path("starting_balance").asDouble(), stats.path("stake_currency").asText(), true);
            JsonNode stakeAmount = stats.path("stake_amount");
            String stakeText = stakeAmount.isNumber()
                    ? Py.fmtCoin(stakeAmount.asDouble(), stats.path("stake_currency").asText(), true) : "unlimited";
            return "No trades made. Your starting balance was " + balance + ", and your stake was " + stakeText + ".\n";
        }
        return new SummaryMetrics(stats).build();
    }

    private String build() {
        add("Backtesting from", s.path("backtest_start").asText());
        add("Backtesting to", s.path("backtest_end").asText());
        if (s.has("trading_mode")) {
            String mode = s.path("trading_mode").asText();
            String margin = s.path("margin_mode").asText("");
            add("Trading Mode", (margin.isEmpty() || mode.equals("spot") ? "" : capitalize(margin) + " ") + capitalize(mode));
        }
        add("Max open trades", str("max_open_trades"));
        blank();
        add("Total/Daily Avg Trades", str("total_trades") + " / " + str("trades_per_day"));
        add("Starting balance", coin("starting_balance"));
        add("Final balance", coin("final_balance"));
        add("Absolute profit ", coin("profit_total_abs"));
        add("Total profit %", Py.percent(s.path("profit_total").asDouble()));
        add("CAGR %", s.has("cagr") ? Py.percent(s.path("cagr").asDouble()) : NA);
        add("Sortino", fixed2("sortino"));
        add("Sharpe", fixed2("sharpe"));
        add("Calmar", fixed2("calmar"));
        add("Profit factor", fixed2("profit_factor"));
        add("Expectancy (Ratio)", s.has("expectancy_ratio")
                ? Py.fixed(s.path("expectancy").asDouble(), 2) + " (" + Py.fixed(s.path("expectancy_ratio").asDouble(), 2) + ")"
                : NA);
        add("Avg. daily profit %", Py.percent(s.path("profit_total").asDouble() / s.path("backtest_days").asDouble()));
        add("Avg. stake amount", coin("avg_stake_amount"));
        add("Total trade volume", coin("total_volume"));
        if (s.path("trade_count_short").asLong() > 0) {
            blank();
            add("Long / Short", str("trade_count_long") + " / " + str("trade_count_short"));
            add("Total profit Long %", Py.percent(s.path("profit_total_long").asDouble()));
            add("Total profit Short %", Py.percent(s.path("profit_total_short").asDouble()));
            add("Absolute profit Long", coin("profit_total_long_abs"));
            add("Absolute profit Short", coin("profit_total_short_abs"));
        }
        blank();
        add("Best Pair", pair("best_pair"));
        add("Worst Pair", pair("worst_pair"));
        JsonNode best = null;
        JsonNode worst = null;
        for (JsonNode t : s.path("trades")) {
            double ratio = t.path("profit_ratio").asDouble();
            if (best == null || ratio > best.path("profit_ratio").asDouble()) {
                best = t;
            }
            if (worst == null || ratio < worst.path("profit_ratio").asDouble()) {
                worst = t;
            }
        }
        add("Best trade", best.path("pair").asText() + " " + Py.percent(best.path("profit_ratio").asDouble()));
        add("Worst trade", worst.path("pair").asText() + " " + Py.percent(worst.path("profit_ratio").asDouble()));
        add("Best day", coin("backtest_best_day_abs"));
        add("Worst day", coin("backtest_worst_day_abs"));
        add("Days win/draw/lose", str("winning_days") + " / " + str("draw_days") + " / " + str("losing_days"));
        add("Avg. Duration Winners", duration("winner_holding_avg"));
        add("Avg. Duration Loser", duration("loser_holding_avg"));
        add("Max Consecutive Wins / Loss", s.has("max_consecutive_losses")
                ? str("max_consecutive_wins") + " / " + str("max_consecutive_losses") : NA);
        add("Rejected Entry signals", orNa("rejected_signals"));
        add("Entry/Exit Timeouts", orNa("timedout_entry_orders") + " / " + orNa("timedout_exit_orders"));
        if (s.path("canceled_entry_orders").asLong() > 0) {
            add("Canceled Trade Entries", orNa("canceled_trade_entries"));
            add("Canceled Entry Orders", orNa("canceled_entry_orders"));
            add("Replaced Entry Orders", orNa("replaced_entry_orders"));
        }
        blank();
        add("Min balance", coin("csum_min"));
        add("Max balance", coin("csum_max"));
        if (s.has("max_relative_drawdown")) {
            add("Max % of account underwater", Py.percent(s.path("max_relative_drawdown").asDouble()));
        }
        if (s.has("max_drawdown_account")) {
            add("Absolute Drawdown (Account)", Py.percent(s.path("max_drawdown_account").asDouble()));
        } else {
            add("Drawdown", Py.percent(s.path("max_drawdown").asDouble()));
        }
        add("Absolute Drawdown", coin("max_drawdown_abs"));
        add("Drawdown high", coin("max_drawdown_high"));
        add("Drawdown low", coin("max_drawdown_low"));
        add("Drawdown Start", s.path("drawdown_start").asText());
        add("Drawdown End", s.path("drawdown_end").asText());
        add("Market change", Py.percent(s.path("market_change").asDouble()));
        ReportTable table = new ReportTable("SUMMARY METRICS", List.of("Metric", "Value"), 2);
        rows.forEach(table::row);
        return table.render();
    }

    private void add(String metric, String value) {
        rows.add(List.of(metric, value));
    }

    private void blank() {
        add("", "");
    }

    private String str(String key) {
        return PythonFormat.str(s.get(key));
    }

    private String orNa(String key) {
        return s.has(key) ? str(key) : NA;
    }

    private String coin(String key) {
        return Py.fmtCoin(s.path(key).asDouble(), stake, true);
    }

    private String fixed2(String key) {
        return s.has(key) ? Py.fixed(s.path(key).asDouble(), 2) : NA;
    }

    private String pair(String key) {
        JsonNode line = s.path(key);
        return line.isObject() ? line.path("key").asText() + " " + Py.percent(line.path("profit_total").asDouble()) : "";
    }

    /** A holding time as stored ({@code str(timedelta)}), or as seconds where an API response held it. */
    private String duration(String key) {
        JsonNode value = s.path(key);
        return value.isNumber() ? Py.timedeltaSeconds(value.asLong()) : value.asText();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1).toLowerCase();
    }
}
