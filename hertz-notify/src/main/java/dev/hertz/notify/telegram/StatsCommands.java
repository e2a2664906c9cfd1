package dev.hertz.notify.telegram;

import dev.hertz.core.rpc.BalanceResult;
import dev.hertz.core.rpc.PairPerformance;
import dev.hertz.core.rpc.ProfitStatistics;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.ShowConfig;
import dev.hertz.core.rpc.Stats;
import dev.hertz.core.rpc.TagPerformance;
import dev.hertz.core.rpc.TimeUnitProfit;
import dev.hertz.core.util.PythonFormat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The statistics commands: {@code /profit}, {@code /performance}, {@code /entries},
 * {@code /exits}, {@code /mix_tags}, {@code /stats}, {@code /daily}, {@code /weekly},
 * {@code /monthly}, {@code /balance}.
 */
final class StatsCommands {
    private static final String SIGMA = "\u03A3";
    private static final String BULLET = "\u2219";

    private final Rpc rpc;
    private final Clock clock;
    private final OptionalDouble dustLevel;

    /** @param dustLevel {@code telegram.balance_dust_level} */
    StatsCommands(Rpc rpc, Clock clock, OptionalDouble dustLevel) {
        this.rpc = rpc;
        this.clock = clock;
        this.dustLevel = dustLevel;
    }

    void register(CommandTable table) {
        table.add(this::profit, "profit");
        table.refresh("update_profit", this::profit);
        table.add(args -> performance(), "performance");
        table.refresh("update_performance", args -> performance());
        table.add(args -> tags(args, "*Entry Tag Performance:*\n", rpc::enterTagPerformance,
                "update_enter_tag_performance"), "entries", "buys");
        table.refresh("update_enter_tag_performance", args -> tags(args, "*Entry Tag Performance:*\n",
                rpc::enterTagPerformance, "update_enter_tag_performance"));
        table.add(args -> tags(args, "*Exit Reason Performance:*\n", rpc::exitReasonPerformance,
                "update_exit_reason_performance"), "exits", "sells");
        table.refresh("update_exit_reason_performance", args -> tags(args, "*Exit Reason Performance:*\n",
                rpc::exitReasonPerformance, "update_exit_reason_performance"));
        table.add(args -> tags(args, "*Mix Tag Performance:*\n", rpc::mixTagPerformance,
                "update_mix_tag_performance"), "mix_tags");
        table.refresh("update_mix_tag_performance", args -> tags(args, "*Mix Tag Performance:*\n",
                rpc::mixTagPerformance, "update_mix_tag_performance"));
        table.add(args -> stats(), "stats");
        for (Period p : Period.values()) {
            table.add(args -> timeunit(args, p), p.command);
            table.refresh(p.callback, args -> timeunit(args, p));
        }
        table.add(this::balance, "balance");
        table.refresh("update_balance", this::balance);
    }

    private List<Reply> profit(List<String> args) {
        ShowConfig config = rpc.showConfig();
        String stake = config.stakeCurrency();
        Instant start = null;
        Integer timescale = null;
        if (!args.isEmpty()) {
            try {
                timescale = Integer.parseInt(args.get(0)) - 1;
                LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
                start = today.minusDays(timescale).atStartOfDay(clock.getZone()).toInstant();
            } catch (NumberFormatException e) {
                timescale = null;
            }
        }
        ProfitStatistics s = rpc.tradeStatistics(start);
        String text;
        if (s.tradeCount() == 0) {
            text = "No trades yet.\n*Bot started:* `" + s.botStartDate() + "`";
        } else {
            StringBuilder b = new StringBuilder();
            if (s.closedTradeCount() > 0) {
                b.append("*ROI:* Closed trades\n")
                        .append(BULLET).append(" `").append(Fmt.coin(s.profitClosedCoin(), stake)).append(" (")
                        .append(Fmt.pct(s.profitClosedRatioMean())).append(") (")
                        .append(Fmt.py(s.profitClosedPercent())).append(' ').append(SIGMA).append("%)`\n")
                        .append(BULLET).append(" `").append(Fmt.coin(s.profitClosedFiat(), "")).append("`\n");
            } else {
                b.append("`No closed trade` \n");
            }
            b.append("*ROI:* All trades\n")
                    .append(BULLET).append(" `").append(Fmt.coin(s.profitAllCoin(), stake)).append(" (")
                    .append(Fmt.pct(s.profitAllRatioMean())).append(") (")
                    .append(Fmt.py(s.profitAllPercent())).append(' ').append(SIGMA).append("%)`\n")
                    .append("*Total Trade Count:* `").append(s.tradeCount()).append("`\n")
                    .append("*Bot started:* `").append(s.botStartDate()).append("`\n")
                    .append('*').append(timescale == null || timescale == 0 ? "First Trade opened"
                            : "Showing Profit since").append(":* `").append(s.firstTradeHumanized()).append(" (")
                    .append(s.firstTradeDate()).append(")`\n")
                    .append("*Latest Trade opened:* `").append(s.latestTradeHumanized()).append(" (")
                    .append(s.latestTradeDate()).append(")`\n")
                    .append("*Win / Loss:* `").append(s.winningTrades()).append(" / ").append(s.losingTrades())
                    .append("`\n")
                    .append("*Winrate:* `").append(Fmt.pct(s.winrate())).append("`\n")
                    .append("*Expectancy (Ratio):* `").append(Fmt.fixed(s.expectancy(), 2)).append(" (")
                    .append(Fmt.fixed(s.expectancyRatio(), 2)).append(")`");
            if (s.closedTradeCount() > 0) {
                b.append("\n*Avg. Duration:* `").append(s.avgDuration()).append("`\n")
                        .append("*Best Performing:* `").append(s.bestPair()).append(": ")
                        .append(Fmt.pct(s.bestPairProfitRatio())).append("`\n")
                        .append("*Trading volume:* `").append(Fmt.coin(s.tradingVolume(), stake)).append("`\n")
                        .append("*Profit factor:* `").append(Fmt.fixed(s.profitFactor(), 2)).append("`\n")
                        .append("*Max Drawdown:* `").append(Fmt.pct(s.maxDrawdown())).append(" (")
                        .append(Fmt.coin(s.maxDrawdownAbs(), stake)).append(")`\n")
                        .append("    from `").append(s.maxDrawdownStart()).append(" (")
                        .append(Fmt.coin(s.drawdownHigh(), stake)).append(")`\n")
                        .append("    to `").append(s.maxDrawdownEnd()).append(" (")
                        .append(Fmt.coin(s.drawdownLow(), stake)).append(")`\n");
            }
            text = b.toString();
        }
        return List.of(Reply.markdown(text, "update_profit"));
    }

    private List<Reply> performance() {
        String stake = rpc.showConfig().stakeCurrency();
        List<String> lines = new ArrayList<>();
        int i = 1;
        for (PairPerformance p : rpc.performance()) {
            lines.add(i++ + ".\t <code>" + p.pair() + "\t" + Fmt.coin(p.profitAbs(), stake) + " ("
                    + Fmt.pct(p.profitRatio()) + ") (" + p.count() + ")</code>\n");
        }
        return withRefreshOnLast(Splitter.byParts("<b>Performance:</b>\n", lines), Reply.Mode.HTML,
                "update_performance");
    }

    private List<Reply> tags(List<String> args, String header, Function<String, List<TagPerformance>> query,
                             String callback) {
        String stake = rpc.showConfig().stakeCurrency();
        List<String> lines = new ArrayList<>();
        int i = 1;
        for (TagPerformance t : query.apply(args.isEmpty() ? null : args.get(0))) {
            lines.add(i++ + ".\t `" + t.tag() + "\t" + Fmt.coin(t.profitAbs(), stake) + " ("
                    + Fmt.pct(t.profitRatio()) + ") (" + t.count() + ")`\n");
        }
        return withRefreshOnLast(Splitter.byParts(header, lines), Reply.Mode.MARKDOWN, callback);
    }

    /** Every part but the last is a plain message; only the last carries the Refresh button. */
    private static List<Reply> withRefreshOnLast(List<String> texts, Reply.Mode mode, String callback) {
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            replies.add(new Reply(texts.get(i), mode,
                    i == texts.size() - 1 ? new Reply.Refresh(callback) : new Reply.Keyboard()));
        }
        return replies;
    }

    private static String reasonLabel(String reason) {
        return switch (reason) {
            case "roi" -> "ROI";
            case "stop_loss", "stoploss_on_exchange" -> "Stoploss";
            case "trailing_stop_loss" -> "Trail. Stop";
            case "exit_signal" -> "Exit Signal";
            case "force_exit" -> "Force Exit";
            case "emergency_exit" -> "Emergency Exit";
            default -> reason;
        };
    }

    private List<Reply> stats() {
        Stats stats = rpc.stats();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Stats.Outcomes> e : stats.exitReasons().entrySet()) {
            Stats.Outcomes o = e.getValue();
            rows.add(List.of(reasonLabel(e.getKey()), String.valueOf(o.wins() + o.losses() + o.draws()),
                    String.valueOf(o.wins()), String.valueOf(o.losses())));
        }
        List<Reply> replies = new ArrayList<>();
        String reasons = "No trades yet.";
        for (List<List<String>> chunk : Splitter.chunks(rows, 25)) {
            reasons = TextTable.render(List.of("Exit Reason", "Exits", "Wins", "Losses"), chunk);
            if (rows.size() > 25) {
                replies.add(Reply.markdown("```\n" + reasons + "```"));
                reasons = "";
            }
        }
        Stats.Durations d = stats.durations();
        String durations = TextTable.render(List.of("", "Avg. Duration"), List.of(
                List.of("Wins", d.wins() == null ? "N/A" : Fmt.timedelta(d.wins().doubleValue())),
                List.of("Losses", d.losses() == null ? "N/A" : Fmt.timedelta(d.losses().doubleValue()))));
        replies.add(Reply.markdown("```\n" + reasons + "```\n```\n" + durations + "```"));
        return replies;
    }

    /** The three period commands. */
    private enum Period {
        DAYS("daily", "Day", "Daily", "days", "update_daily", 7, TimeUnitProfit.Unit.DAYS),
        WEEKS("weekly", "Monday", "Weekly", "weeks (starting from Monday)", "update_weekly", 8,
                TimeUnitProfit.Unit.WEEKS),
        MONTHS("monthly", "Month", "Monthly", "months", "update_monthly", 6, TimeUnitProfit.Unit.MONTHS);

        final String command;
        final String header;
        final String title;
        final String noun;
        final String callback;
        final int fallback;
        final TimeUnitProfit.Unit unit;

        Period(String command, String header, String title, String noun, String callback, int fallback,
               TimeUnitProfit.Unit unit) {
            this.command = command;
            this.header = header;
            this.title = title;
            this.noun = noun;
            this.callback = callback;
            this.fallback = fallback;
            this.unit = unit;
        }
    }

    private List<Reply> timeunit(List<String> args, Period period) {
        int timescale = StatusCommands.intArg(args, period.fallback);
        String stake = rpc.showConfig().stakeCurrency();
        TimeUnitProfit profit = rpc.timeunitProfit(timescale, period.unit);
        String fiat = profit.fiatDisplayCurrency();
        List<List<String>> rows = new ArrayList<>();
        for (TimeUnitProfit.Period p : profit.data()) {
            String date = period == Period.MONTHS ? p.date().substring(0, 7) : p.date();
            rows.add(List.of(date + " (" + p.tradeCount() + ")", Fmt.coin(p.absProfit(), profit.stakeCurrency()),
                    Fmt.fixed(p.fiatValue(), 2) + " " + fiat, Fmt.pct(p.relProfit())));
        }
        String table = TextTable.render(List.of(period.header + " (count)", stake, fiat, "Profit %", "Trades"), rows);
        return List.of(Reply.html("<b>" + period.title + " Profit over the last " + timescale + " " + period.noun
                + "</b>:\n<pre>" + table + "</pre>", period.callback));
    }

    private double dustLevel(String stake) {
        if (dustLevel.isPresent() && dustLevel.getAsDouble() != 0) {
            return dustLevel.getAsDouble();
        }
        return switch (stake) {
            case "BTC" -> 0.0001;
            case "ETH" -> 0.01;
            default -> 1.0;
        };
    }

    private List<Reply> balance(List<String> args) {
        boolean full = args.contains("full");
        ShowConfig config = rpc.showConfig();
        String stakeCurrency = config.stakeCurrency();
        BalanceResult result = rpc.balance();
        double dust = dustLevel(stakeCurrency);
        StringBuilder output = new StringBuilder();
        if (config.dryRun()) {
            output.append("*Warning:* Simulated balances in Dry Mode.\n");
        }
        output.append("Starting capital: `").append(Fmt.coin(result.startingCapital(), stakeCurrency)).append('`');
        output.append(result.startingCapitalFiat() > 0 ? " `, " + Fmt.coin(result.startingCapitalFiat(), result.symbol())
                + "`.\n" : ".\n");
        List<Reply> replies = new ArrayList<>();
        double dustSum = 0;
        int dustCount = 0;
        for (BalanceResult.Currency c : result.currencies()) {
            String block = "";
            if ((c.isPosition() || c.estStake() > dust) && (full || c.isBotManaged())) {
                if (c.isPosition()) {
                    block = "*" + c.currency() + ":*\n\t`" + c.side() + ": " + Fmt.fixed(c.position(), 8) + "`\n\t`Est. "
                            + c.stake() + ": " + Fmt.coinValue(c.estStake(), c.stake()) + "`\n";
                } else {
                    block = "*" + c.currency() + ":*\n\t`Available: " + Fmt.fixed(c.free(), 8) + "`\n\t`Balance: "
                            + Fmt.fixed(c.balance(), 8) + "`\n\t`Pending: " + Fmt.fixed(c.used(), 8)
                            + "`\n\t`Bot Owned: " + Fmt.fixed(c.botOwned(), 8) + "`\n\t`Est. " + c.stake() + ": "
                            + Fmt.coinValue(full ? c.estStake() : c.estStakeBot(), c.stake()) + "`\n";
                }
            } else if (c.estStake() <= dust) {
                dustSum += c.estStake();
                dustCount++;
            }
            if ((output + block).length() >= Splitter.MAX_MESSAGE_LENGTH) {
                replies.add(Reply.markdown(output.toString()));
                output = new StringBuilder(block);
            } else {
                output.append(block);
            }
        }
        if (dustSum > 0) {
            output.append('*').append(dustCount).append(" Other ")
                    .append(PythonFormat.plural(dustCount, "Currency", "Currencies")).append(" (< ")
                    .append(Fmt.py(dust)).append(' ').append(result.stake()).append("):*\n\t`Est. ")
                    .append(result.stake()).append(": ").append(Fmt.coinValue(dustSum, result.stake())).append("`\n");
        }
        boolean traded = result.tradeCount() > 0;
        output.append("\n*Estimated Value").append(full ? "" : " (Bot managed assets only)").append("*:\n\t`")
                .append(result.stake()).append(": ")
                .append(Fmt.coinValue(full ? result.total() : result.totalBot(), result.stake())).append('`')
                .append(traded ? " `(" + Fmt.pct(result.startingCapitalRatio()) + ")`" : "").append("\n\t`")
                .append(result.symbol()).append(": ")
                .append(Fmt.coinValue(full ? result.value() : result.valueBot(), result.symbol())).append('`')
                .append(traded ? " `(" + Fmt.pct(result.startingCapitalFiatRatio()) + ")`" : "").append('\n');
        replies.add(Reply.markdown(output.toString(), "update_balance"));
        return replies;
    }
}
