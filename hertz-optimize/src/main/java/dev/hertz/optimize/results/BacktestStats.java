package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.metrics.Drawdown;
import dev.hertz.core.metrics.RiskMetrics;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.optimize.backtest.StrategyRun;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * freqtrade's backtest statistics (reference bot-core §7.7): the {@code strategy.<name>} object of
 * a result file, built from one {@link StrategyRun}, with every key in freqtrade's order; and the
 * {@code metadata} entry and {@code strategy_comparison} lines around it. The object is the file
 * format: {@link BacktestReport} prints from it and {@link BacktestResultFiles} stores it.
 */
public final class BacktestStats {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** What freqtrade stores for the drawdown dates when there is no drawdown. */
    private static final String EPOCH_TEXT = "1970-01-01 00:00:00+00:00";

    private BacktestStats() {
    }

    /** {@code {"metadata": {...}, "strategy": {...}, "strategy_comparison": [...]}} for runs on the same data. */
    public static ObjectNode result(List<StrategyRun> runs, Map<String, String> runIds) {
        ObjectNode result = JSON.objectNode();
        ObjectNode metadata = result.putObject("metadata");
        ObjectNode strategies = result.putObject("strategy");
        for (StrategyRun run : runs) {
            String runId = runIds.get(run.strategyName());
            if (runId == null) {
                throw new IllegalArgumentException("no run_id for strategy " + run.strategyName());
            }
            metadata.set(run.strategyName(), metadata(run, runId));
            strategies.set(run.strategyName(), strategyStats(run));
        }
        result.set("strategy_comparison", strategyComparison(strategies));
        return result;
    }

    /** The metadata entry of a run ({@code .meta.json}): dates in epoch seconds. */
    public static ObjectNode metadata(StrategyRun run, String runId) {
        ObjectNode m = JSON.objectNode();
        m.put("run_id", runId);
        m.put("backtest_start_time", run.runStart().getEpochSecond());
        m.put("timeframe", run.timeframe());
        m.put("timeframe_detail", run.timeframeDetail());
        m.put("backtest_start_ts", run.minDate().getEpochSecond());
        m.put("backtest_end_ts", run.maxDate().getEpochSecond());
        return m;
    }

    /** The TOTAL line of each strategy keyed by its name, with its account drawdown. */
    public static ArrayNode strategyComparison(ObjectNode strategies) {
        ArrayNode out = JSON.arrayNode();
        strategies.properties().forEach(e -> {
            JsonNode stats = e.getValue();
            JsonNode perPair = stats.get("results_per_pair");
            ObjectNode line = perPair.get(perPair.size() - 1).deepCopy();
            line.put("key", e.getKey());
            line.set("max_drawdown_account", stats.get("max_drawdown_account"));
            line.put("max_drawdown_abs", Py.fmtCoin(stats.path("max_drawdown_abs").asDouble(),
                    stats.path("stake_currency").asText(), false));
            out.add(line);
        });
        return out;
    }

    /** The {@code strategy.<name>} object of one run. */
    public static ObjectNode strategyStats(StrategyRun run) {
        List<TradeRow> rows = run.trades().stream().map(TradeRow::of).toList();
        HertzConfig config = run.config();
        Strategy strategy = run.strategy();
        double sb = run.startingBalance();
        String stakeCurrency = config.stakeCurrency();
        long days = backtestDays(run.minDate(), run.maxDate());
        double[] profits = rows.stream().mapToDouble(TradeRow::profitAbs).toArray();

        ArrayNode perPair = ResultLines.perPair(run.pairs(), rows, sb, false);
        ObjectNode s = JSON.objectNode();
        s.set("trades", TradeJson.trades(run.trades()));
        s.set("locks", TradeJson.locks(run.locks()));
        s.set("best_pair", ResultLines.extremePair(perPair, true));
        s.set("worst_pair", ResultLines.extremePair(perPair, false));
        s.set("results_per_pair", perPair);
        s.set("results_per_enter_tag", ResultLines.perTag(rows, sb, List.of(TradeRow::enterTag)));
        s.set("exit_reason_summary", withExitReason(ResultLines.perTag(rows, sb, List.of(TradeRow::exitReason))));
        s.set("mix_tag_stats", ResultLines.perTag(rows, sb, List.<Function<TradeRow, String>>of(
                TradeRow::enterTag, TradeRow::exitReason)));
        s.set("left_open_trades", ResultLines.perPair(run.pairs(),
                rows.stream().filter(t -> "force_exit".equals(t.exitReason())).toList(), sb, true));
        s.put("total_trades", rows.size());
        s.put("trade_count_long", rows.stream().filter(t -> !t.isShort()).count());
        s.put("trade_count_short", rows.stream().filter(TradeRow::isShort).count());
        s.put("total_volume", rows.stream().mapToDouble(TradeRow::stakeAmount).sum());
        s.put("avg_stake_amount", rows.stream().mapToDouble(TradeRow::stakeAmount).average().orElse(0));
        s.put("profit_mean", rows.stream().mapToDouble(TradeRow::profitRatio).average().orElse(0));
        s.put("profit_median", median(rows.stream().mapToDouble(TradeRow::profitRatio).toArray()));
        double longAbs = rows.stream().filter(t -> !t.isShort()).mapToDouble(TradeRow::profitAbs).sum();
        double shortAbs = rows.stream().filter(TradeRow::isShort).mapToDouble(TradeRow::profitAbs).sum();
        double totalAbs = rows.stream().mapToDouble(TradeRow::profitAbs).sum();
        s.put("profit_total", totalAbs / sb);
        s.put("profit_total_long", longAbs / sb);
        s.put("profit_total_short", shortAbs / sb);
        s.put("profit_total_abs", totalAbs);
        s.put("profit_total_long_abs", longAbs);
        s.put("profit_total_short_abs", shortAbs);
        s.put("cagr", RiskMetrics.cagr(days, sb, run.finalBalance()));
        RiskMetrics.Expectancy expectancy = RiskMetrics.expectancy(profits);
        s.put("expectancy", expectancy.expectancy());
        s.put("expectancy_ratio", expectancy.ratio());
        List<TradeRow> byClose = rows.stream().sorted(Comparator.comparing(TradeRow::closeDate)).toList();
        Drawdown account = drawdown(byClose, TradeRow::profitAbs, sb, Drawdown.Mode.ABSOLUTE);
        s.put("sortino", RiskMetrics.sortino(profits, run.minDate(), run.maxDate(), sb));
        s.put("sharpe", RiskMetrics.sharpe(profits, run.minDate(), run.maxDate(), sb));
        s.put("calmar", RiskMetrics.calmar(profits, run.minDate(), run.maxDate(), sb, account.relative()));
        s.put("profit_factor", profitFactor(profits));
        s.put("backtest_start", Py.print(run.minDate()));
        s.put("backtest_start_ts", run.minDate().toEpochMilli());
        s.put("backtest_end", Py.print(run.maxDate()));
        s.put("backtest_end_ts", run.maxDate().toEpochMilli());
        s.put("backtest_days", days);
        s.put("backtest_run_start_ts", run.runStart().getEpochSecond());
        s.put("backtest_run_end_ts", run.runEnd().getEpochSecond());
        s.put("trades_per_day", Py.round((double) rows.size() / days, 2));
        s.put("market_change", MarketChange.of(run.data(), run.pairs()));
        ArrayNode pairlist = s.putArray("pairlist");
        run.pairs().forEach(pairlist::add);
        JsonNode stakeAmount = config.raw().get("stake_amount");
        s.set("stake_amount", stakeAmount == null ? JSON.textNode("unlimited") : stakeAmount);
        s.put("stake_currency", stakeCurrency);
        s.put("stake_currency_decimals", Py.decimalsPerCoin(stakeCurrency));
        s.set("starting_balance", number(sb));
        s.set("dry_run_wallet", number(sb));
        s.put("final_balance", run.finalBalance());
        s.put("rejected_signals", run.counters().rejectedSignals());
        s.put("timedout_entry_orders", run.counters().timedoutEntryOrders());
        s.put("timedout_exit_orders", run.counters().timedoutExitOrders());
        s.put("canceled_trade_entries", run.counters().canceledTradeEntries());
        s.put("canceled_entry_orders", run.counters().canceledEntryOrders());
        s.put("replaced_entry_orders", run.counters().replacedEntryOrders());
        s.put("max_open_trades", run.maxOpenTrades());
        s.put("max_open_trades_setting", run.maxOpenTradesSetting());
        s.put("timeframe", run.timeframe());
        s.put("timeframe_detail", run.timeframeDetail() == null ? "" : run.timeframeDetail());
        s.put("timerange", run.timerange() == null ? "" : run.timerange());
        s.put("enable_protections", run.enableProtections());
        s.put("strategy_name", run.strategyName());
        settings(s, strategy);
        s.put("trading_mode", config.tradingMode().value());
        s.put("margin_mode", config.marginMode().value());
        s.set("periodic_breakdown", Periods.all(rows));
        Periods.dailyStats(s, rows);
        tradeStats(s, rows);
        drawdownStats(s, byClose, account, sb);
        return s;
    }

    /** {@code (max_date − min_date).days or 1}. */
    static long backtestDays(Instant minDate, Instant maxDate) {
        long days = Math.floorDiv(Duration.between(minDate, maxDate).getSeconds(), 86_400L);
        return days == 0 ? 1 : days;
    }

    private static void settings(ObjectNode s, Strategy strategy) {
        s.put("stoploss", strategy.stoploss());
        s.put("trailing_stop", strategy.trailingStop());
        if (strategy.trailingStopPositive().isPresent()) {
            s.put("trailing_stop_positive", strategy.trailingStopPositive().getAsDouble());
        } else {
            s.putNull("trailing_stop_positive");
        }
        s.put("trailing_stop_positive_offset", strategy.trailingStopPositiveOffset());
        s.put("trailing_only_offset_is_reached", strategy.trailingOnlyOffsetIsReached());
        s.put("use_custom_stoploss", strategy.useCustomStoploss());
        ObjectNode roi = s.putObject("minimal_roi");
        strategy.minimalRoi().forEach((minutes, ratio) -> roi.put(Integer.toString(minutes), ratio));
        s.put("use_exit_signal", strategy.useExitSignal());
        s.put("exit_profit_only", strategy.exitProfitOnly());
        s.put("exit_profit_offset", strategy.exitProfitOffset());
        s.put("ignore_roi_if_entry_signal", strategy.ignoreRoiIfEntrySignal());
    }

    /** freqtrade's {@code generate_trading_stats}: wins and losses by profit ratio, holding times, streaks. */
    private static void tradeStats(ObjectNode s, List<TradeRow> rows) {
        List<TradeRow> winners = rows.stream().filter(t -> t.profitRatio() > 0).toList();
        List<TradeRow> losers = rows.stream().filter(t -> t.profitRatio() < 0).toList();
        s.put("wins", winners.size());
        s.put("losses", losers.size());
        s.put("draws", rows.stream().filter(t -> t.profitRatio() == 0).count());
        s.put("winrate", rows.isEmpty() ? 0.0 : (double) winners.size() / rows.size());
        holding(s, "holding_avg", rows);
        holding(s, "winner_holding_avg", winners);
        holding(s, "loser_holding_avg", losers);
        int[] streaks = streaks(rows);
        s.put("max_consecutive_wins", streaks[0]);
        s.put("max_consecutive_losses", streaks[1]);
    }

    /** {@code timedelta(minutes=round(mean duration))}: its text, and its seconds under {@code <key>_s}. */
    private static void holding(ObjectNode s, String key, List<TradeRow> rows) {
        long minutes = Py.roundToLong(rows.stream().mapToLong(TradeRow::tradeDuration).average().orElse(0));
        s.put(key, Py.timedelta(minutes));
        s.put(key + "_s", minutes * 60.0);
    }

    /** Longest runs of wins ({@code profit_ratio > 0}) and of everything else, draws counting as losses. */
    static int[] streaks(List<TradeRow> rows) {
        int wins = 0;
        int losses = 0;
        int run = 0;
        Boolean last = null;
        for (TradeRow t : rows) {
            boolean win = t.profitRatio() > 0;
            run = last != null && last == win ? run + 1 : 1;
            last = win;
            if (win) {
                wins = Math.max(wins, run);
            } else {
                losses = Math.max(losses, run);
            }
        }
        return new int[] {wins, losses};
    }

    private static void drawdownStats(ObjectNode s, List<TradeRow> byClose, Drawdown account, double sb) {
        if (account.isNone()) {
            s.put("max_drawdown", 0.0);
            s.put("max_drawdown_account", 0.0);
            s.put("max_relative_drawdown", 0.0);
            s.put("max_drawdown_abs", 0.0);
            s.put("max_drawdown_low", 0.0);
            s.put("max_drawdown_high", 0.0);
            s.put("drawdown_start", EPOCH_TEXT);
            s.put("drawdown_start_ts", 0);
            s.put("drawdown_end", EPOCH_TEXT);
            s.put("drawdown_end_ts", 0);
            s.put("csum_min", 0);
            s.put("csum_max", 0);
            return;
        }
        Drawdown underwater = drawdown(byClose, TradeRow::profitAbs, sb, Drawdown.Mode.RELATIVE);
        // the snapshot's FreqUI still reads the older ratio-based drawdown under this name
        s.put("max_drawdown", drawdown(byClose, TradeRow::profitRatio, 0, Drawdown.Mode.ABSOLUTE).abs());
        s.put("max_drawdown_account", account.relative());
        s.put("max_relative_drawdown", underwater.relative());
        s.put("max_drawdown_abs", account.abs());
        s.put("drawdown_start", Py.print(account.highDate()));
        s.put("drawdown_start_ts", (double) account.highDate().toEpochMilli());
        s.put("drawdown_end", Py.print(account.lowDate()));
        s.put("drawdown_end_ts", (double) account.lowDate().toEpochMilli());
        s.put("max_drawdown_low", account.lowValue());
        s.put("max_drawdown_high", account.highValue());
        // freqtrade sums in trade (close) order here, as the results list is
        double running = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (TradeRow t : byClose) {
            running += t.profitAbs();
            min = Math.min(min, running);
            max = Math.max(max, running);
        }
        s.put("csum_min", min + sb);
        s.put("csum_max", max + sb);
    }

    private static Drawdown drawdown(List<TradeRow> byClose, ToDoubleFunction<TradeRow> value,
                                     double sb, Drawdown.Mode mode) {
        return Drawdown.of(byClose.stream().mapToDouble(value).toArray(),
                byClose.stream().map(TradeRow::closeDate).toArray(Instant[]::new), sb, mode);
    }

    /** Σ winning profit / |Σ losing profit|; 0 without a loss. */
    static double profitFactor(double[] profits) {
        double win = 0;
        double loss = 0;
        for (double p : profits) {
            if (p > 0) {
                win += p;
            } else if (p < 0) {
                loss += p;
            }
        }
        return loss != 0 ? win / Math.abs(loss) : 0.0;
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** A balance as the config holds it: an integer stays an integer, as Python keeps it. */
    private static JsonNode number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? JSON.numberNode((long) value) : JSON.numberNode(value);
    }

    /** Each exit-reason line also under {@code exit_reason}, the key FreqUI's older result views read. */
    private static ArrayNode withExitReason(ArrayNode lines) {
        for (JsonNode line : lines) {
            ((ObjectNode) line).set("exit_reason", line.get("key"));
        }
        return lines;
    }
}
