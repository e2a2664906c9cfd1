package dev.hertz.optimize.hyperopt.results;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.util.PythonFormat;
import dev.hertz.optimize.results.BacktestReport;
import dev.hertz.optimize.results.ReportTable;

import java.util.List;

/**
 * freqtrade's {@code Hyperopt results} table ({@code HyperoptOutput}): one row per epoch with its
 * best/initial marks, trades, wins/draws/losses, average and total profit, average holding time,
 * objective and account drawdown. Text only: freqtrade's colours and bold rows are left out.
 */
public final class EpochTable {
    private static final List<String> HEADER = List.of("Best", "Epoch", "Trades", "Win  Draw  Loss  Win%",
            "Avg profit", "Profit", "Avg duration", "Objective", "Max Drawdown (Acct)");

    private EpochTable() {
    }

    public static String render(List<Epoch> epochs, int totalEpochs, String stakeCurrency) {
        ReportTable table = new ReportTable("Hyperopt results", HEADER, 1);
        for (Epoch e : epochs) {
            JsonNode m = e.resultsMetrics();
            String mark = ((e.isInitialPoint() || e.isRandom() ? "*" : "") + (e.isBest() ? " Best" : "")).strip();
            JsonNode mean = m.get("profit_mean");
            double profitAbs = m.path("profit_total_abs").asDouble();
            double drawdown = m.path("max_drawdown_account").asDouble();
            table.row(List.of(mark, e.currentEpoch() + "/" + totalEpochs, PythonFormat.str(m.get("total_trades")),
                    BacktestReport.winsDrawsLosses(m.path("wins").asLong(), m.path("draws").asLong(),
                            m.path("losses").asLong()),
                    mean == null || mean.isNull() ? "--" : PythonFormat.percent(mean.asDouble(), 2),
                    profitAbs != 0 ? coinAndPercent(profitAbs, m.path("profit_total").asDouble(), stakeCurrency) : "--",
                    PythonFormat.str(m.get("holding_avg")),
                    e.loss() != Epoch.MAX_LOSS ? grouped(e.loss(), 5) : "N/A",
                    drawdown != 0 ? coinAndPercent(m.path("max_drawdown_abs").asDouble(), drawdown, stakeCurrency) : "--"));
        }
        return table.render();
    }

    /** {@code "12.345 USDT   (1.23%)"}: the amount with the coin's decimals, the ratio right-aligned to 10. */
    private static String coinAndPercent(double amount, double ratio, String stakeCurrency) {
        String percent = "(" + grouped(ratio * 100, 2) + "%)";
        return coin(amount, stakeCurrency) + " " + " ".repeat(Math.max(0, 10 - percent.length())) + percent;
    }

    /** freqtrade's {@code fmt_coin(value, coin, keep_trailing_zeros=True)}. */
    static String coin(double amount, String stakeCurrency) {
        int decimals = switch (stakeCurrency) {
            case "BTC" -> 8;
            case "ETH" -> 5;
            default -> 3;
        };
        return PythonFormat.fixed(amount, decimals) + " " + stakeCurrency;
    }

    /** Python's {@code format(value, ",.<decimals>f")}: fixed decimals with thousands separators. */
    static String grouped(double value, int decimals) {
        String fixed = PythonFormat.fixed(value, decimals);
        if (!Double.isFinite(value)) {
            return fixed;
        }
        String sign = fixed.startsWith("-") ? "-" : "";
        String digits = sign.isEmpty() ? fixed : fixed.substring(1);
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String rest = dot < 0 ? "" : digits.substring(dot);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        return sign + out + rest;
    }
}
