package dev.hertz.notify.telegram;

import dev.hertz.core.rpc.Humanize;
import dev.hertz.core.rpc.OpenTradeJson;
import dev.hertz.core.rpc.OrderJson;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.ShowConfig;
import dev.hertz.core.rpc.TradeCount;
import dev.hertz.core.rpc.TradeHistory;
import dev.hertz.core.rpc.TradeJson;
import dev.hertz.core.util.PythonFormat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The commands that show trades: {@code /status} (per trade, or as a table), {@code /order},
 * {@code /trades}, {@code /count}.
 */
final class StatusCommands {
    private final Rpc rpc;
    private final Clock clock;

    StatusCommands(Rpc rpc, Clock clock) {
        this.rpc = rpc;
        this.clock = clock;
    }

    void register(CommandTable table) {
        table.add(this::status, "status");
        table.refresh("update_status_table", args -> statusTable());
        table.add(this::order, "order");
        table.add(this::trades, "trades");
        table.add(args -> count(), "count");
        table.refresh("update_count", args -> count());
    }

    /** Trade ids among the arguments: the tokens made of digits only. */
    private static List<Long> tradeIds(List<String> args) {
        return args.stream().filter(a -> !a.isEmpty() && a.chars().allMatch(Character::isDigit))
                .map(Long::parseLong).toList();
    }

    private List<Reply> status(List<String> args) {
        if (args.contains("table")) {
            return statusTable();
        }
        ShowConfig config = rpc.showConfig();
        List<Reply> replies = new ArrayList<>();
        for (OpenTradeJson r : rpc.tradeStatus(tradeIds(args))) {
            for (String text : Splitter.byLines(statusLines(r, config),
                    "*Trade ID:* `" + r.trade().tradeId() + "` - continued\n")) {
                replies.add(Reply.markdown(text));
            }
        }
        return replies;
    }

    private static List<String> statusLines(OpenTradeJson r, ShowConfig config) {
        TradeJson t = r.trade();
        String quote = t.quoteCurrency();
        boolean adjust = config.positionAdjustmentEnable();
        int maxEntries = config.maxEntryPositionAdjustment();
        long entries = t.orders().stream().filter(OrderJson::ftIsEntry).count();
        long exits = t.orders().stream().filter(o -> !o.ftIsEntry() && !"stoploss".equals(o.ftOrderSide())).count();
        List<String> lines = new ArrayList<>();
        lines.add("*Trade ID:* `" + t.tradeId() + "`" + (t.isOpen() ? " `(since " + t.openDate() + ")`" : ""));
        lines.add("*Current Pair:* " + t.pair());
        lines.add(t.leverage() != 0 ? "*Direction:* " + (t.isShort() ? "`Short`" : "`Long`") + " ` ("
                + Fmt.py(t.leverage()) + "x)`" : "");
        lines.add("*Amount:* `" + Fmt.py(t.amount()) + " (" + Fmt.coin(t.stakeAmount(), quote) + ")`");
        lines.add(adjust ? "*Total invested:* `" + Fmt.coin(t.maxStakeAmount() != null && t.maxStakeAmount() != 0
                ? t.maxStakeAmount() : t.stakeAmount(), quote) + "`" : "");
        lines.add(t.enterTag() != null && !t.enterTag().isEmpty() ? "*Enter Tag:* `" + t.enterTag() + "`" : "");
        lines.add(t.exitReason() != null && !t.exitReason().isEmpty() ? "*Exit Reason:* `" + t.exitReason() + "`" : "");
        if (adjust) {
            lines.add("*Number of Entries:* `" + entries + (maxEntries > 0 ? "/" + (maxEntries + 1) : "") + "`");
            lines.add("*Number of Exits:* `" + exits + "`");
        }
        lines.add("*Open Rate:* `" + Fmt.roundValue(t.openRate(), 8) + "`");
        lines.add(t.closeRate() != null && t.closeRate() != 0 ? "*Close Rate:* `"
                + Fmt.roundValue(t.closeRate(), 8) + "`" : "");
        lines.add("*Open Date:* `" + t.openDate() + "`");
        lines.add(t.closeDate() != null ? "*Close Date:* `" + t.closeDate() + "`" : "");
        lines.add(t.isOpen() ? " \n*Current Rate:* `" + Fmt.roundValue(r.currentRate(), 8) + "`" : "");
        lines.add((t.isOpen() ? "*Unrealized Profit:* " : "*Close Profit: *") + "`" + pct(t.profitRatio()) + "` `("
                + Fmt.coin(t.profitAbs() == null ? 0 : t.profitAbs(), quote) + ")`");
        if (t.isOpen()) {
            if (t.realizedProfit() != 0) {
                lines.add("*Realized Profit:* `" + pct(t.realizedProfitRatio()) + " ("
                        + Fmt.coin(t.realizedProfit(), quote) + ")`");
                lines.add("*Total Profit:* `" + pct(r.totalProfitRatio()) + " ("
                        + Fmt.coin(r.totalProfitAbs(), quote) + ")`");
            }
            lines.add(" ");
            if (t.stopLossAbs() != t.initialStopLossAbs() && t.initialStopLossRatio() != null) {
                lines.add("*Initial Stoploss:* `" + Fmt.fixed(t.initialStopLossAbs(), 8) + "` `("
                        + Fmt.pct(t.initialStopLossRatio()) + ")`");
            }
            lines.add("*Stoploss:* `" + Fmt.roundValue(t.stopLossAbs(), 8) + "` "
                    + (t.stopLossRatio() != null && t.stopLossRatio() != 0 ? "`(" + Fmt.pct(t.stopLossRatio()) + ")`" : ""));
            lines.add("*Stoploss distance:* `" + Fmt.roundValue(r.stoplossCurrentDist(), 8) + "` `("
                    + Fmt.pct(r.stoplossCurrentDistRatio()) + ")`");
            if (r.openOrders() != null && !r.openOrders().isEmpty()) {
                lines.add("*Open Order:* `" + r.openOrders() + "`" + (t.exitOrderStatus() != null
                        && !t.exitOrderStatus().isEmpty() ? "- `" + t.exitOrderStatus() + "`" : ""));
            }
        }
        return lines;
    }

    private static String pct(Double ratio) {
        return Fmt.pct(ratio == null ? 0.0 : ratio);
    }

    /** The rows of {@code /status table} and the sum of the open trades' profits (NaN when a price is missing). */
    record StatusTable(List<List<String>> rows, double profitSum) {
    }

    /** freqtrade's {@code _rpc_status_table}: one row per open trade. */
    StatusTable statusRows(ShowConfig config) {
        boolean nonSpot = !"spot".equals(config.tradingMode());
        int maxEntries = config.maxEntryPositionAdjustment();
        Instant now = clock.instant();
        List<List<String>> rows = new ArrayList<>();
        double sum = 0;
        List<OpenTradeJson> trades = new ArrayList<>(rpc.tradeStatus(null));
        trades.sort(Comparator.comparingLong(r -> r.trade().tradeId()));
        for (OpenTradeJson r : trades) {
            TradeJson t = r.trade();
            String profit;
            if (Double.isNaN(r.currentRate())) {
                profit = "nan% (nan)";
                sum = Double.NaN;
            } else if (t.nrOfSuccessfulEntries() == 0) {
                profit = "0.00 (0.00)";
            } else {
                double abs = t.profitAbs() == null ? 0 : t.profitAbs();
                profit = pct(t.profitRatio()) + " (" + Fmt.fixed(abs, 2) + ")";
                sum += abs;
            }
            String direction = nonSpot ? (t.isShort() ? "S " : "L ") + PythonFormat.general(t.leverage(), 3) + "x" : "";
            String markers = String.join(".", t.orders().stream()
                    .filter(o -> o.isOpen() && !"stoploss".equals(o.ftOrderSide()))
                    .map(o -> o.ftIsEntry() ? "*" : "**").toList());
            List<String> row = new ArrayList<>(List.of(t.tradeId() + " " + direction, t.pair() + markers,
                    Fmt.shortenDate(Humanize.naturalTime(Instant.ofEpochMilli(t.openTimestamp()), now)), profit));
            if (config.positionAdjustmentEnable()) {
                row.add(t.nrOfSuccessfulEntries() + (maxEntries > 0 ? "/" + (maxEntries + 1) : ""));
            }
            rows.add(row);
        }
        return new StatusTable(rows, sum);
    }

    private List<Reply> statusTable() {
        ShowConfig config = rpc.showConfig();
        StatusTable status = statusRows(config);
        List<List<String>> rows = status.rows();
        List<String> headers = new ArrayList<>(List.of(!"spot".equals(config.tradingMode()) ? "ID L/S" : "ID", "Pair",
                "Since", "Profit (" + config.stakeCurrency() + ")"));
        if (config.positionAdjustmentEnable()) {
            headers.add("# Entries");
        }
        double sum = status.profitSum();
        boolean showTotal = !Double.isNaN(sum) && rows.size() > 1;
        List<List<List<String>>> chunks = Splitter.chunks(rows, 50);
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            boolean last = i == chunks.size() - 1;
            List<List<String>> chunk = new ArrayList<>(chunks.get(i));
            if (showTotal && last) {
                chunk.add(List.of("Total", "", "", Fmt.fixed(sum, 2) + " "));
            }
            String table = TextTable.render(headers, chunk);
            if (showTotal && last) {
                List<String> lines = new ArrayList<>(List.of(table.split("\n", -1)));
                lines.add(lines.size() - 1, lines.get(1));
                table = String.join("\n", lines);
            }
            replies.add(Reply.html("<pre>" + table + "</pre>", "update_status_table"));
        }
        return replies;
    }

    private List<Reply> order(List<String> args) {
        List<Reply> replies = new ArrayList<>();
        for (OpenTradeJson r : rpc.tradeStatus(tradeIds(args))) {
            TradeJson t = r.trade();
            List<String> lines = new ArrayList<>();
            lines.add("*Order List for Trade #*`" + t.tradeId() + "`");
            lines.addAll(orderDetails(t));
            for (String text : Splitter.byLines(lines, "*Order List for Trade #*`" + t.tradeId() + "` - continued\n")) {
                replies.add(Reply.markdown(text));
            }
        }
        return replies;
    }

    private List<String> orderDetails(TradeJson t) {
        List<String> details = new ArrayList<>();
        List<OrderJson> orders = t.orders();
        double firstAverage = orders.isEmpty() ? 0 : orders.get(0).safePrice();
        int number = 0;
        for (OrderJson o : orders) {
            if (o.isOpen()) {
                continue;
            }
            number++;
            String wording = o.ftIsEntry() ? "Entry" : "Exit";
            double amount = o.filled() != null && o.filled() != 0 ? o.filled() : o.amount();
            List<String> lines = new ArrayList<>();
            lines.add("  ");
            lines.add("*" + wording + " #" + number + ":*");
            String amountLine = "*Amount:* " + Fmt.roundValue(amount, 8) + " (" + Fmt.coin(o.cost(), t.quoteCurrency())
                    + ")";
            if (number == 1) {
                lines.add(amountLine);
                lines.add("*Average Price:* " + Fmt.roundValue(o.safePrice(), 8));
            } else {
                double toFirst = (o.safePrice() - firstAverage) / firstAverage;
                if (t.isOpen()) {
                    lines.add("(" + o.orderFilledDate() + ")");
                }
                lines.add(amountLine);
                lines.add("*Average " + wording + " Price:* " + Fmt.roundValue(o.safePrice(), 8) + " ("
                        + Fmt.pct(toFirst) + " from 1st entry rate)");
                lines.add("*Order Filled:* " + o.orderFilledDate());
            }
            details.add(String.join("\n", lines));
        }
        return details;
    }

    private List<Reply> trades(List<String> args) {
        int limit = intArg(args, 10);
        ShowConfig config = rpc.showConfig();
        boolean nonSpot = !"spot".equals(config.tradingMode());
        TradeHistory history = rpc.tradeHistory(limit, 0, false);
        Instant now = clock.instant();
        List<List<String>> rows = new ArrayList<>();
        for (TradeJson t : history.trades()) {
            rows.add(List.of(Humanize.naturalTime(Instant.ofEpochMilli(t.closeTimestamp()), now),
                    t.pair() + " (#" + t.tradeId() + (nonSpot ? " " + (t.isShort() ? "S" : "L") : "") + ")",
                    pct(t.closeProfit()) + " (" + Fmt.py(t.closeProfitAbs() == null ? 0 : t.closeProfitAbs()) + ")"));
        }
        String table = TextTable.render(List.of("Close Date", nonSpot ? "Pair (ID L/S)" : "Pair (ID)",
                "Profit (" + config.stakeCurrency() + ")"), rows);
        String text = "<b>" + Math.min(history.tradesCount(), limit) + " recent trades</b>:\n"
                + (history.tradesCount() > 0 ? "<pre>" + table + "</pre>" : "");
        return List.of(Reply.html(text));
    }

    /** An integer argument, or {@code fallback} when absent or not an integer. */
    static int intArg(List<String> args, int fallback) {
        if (args.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(args.get(0));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private List<Reply> count() {
        TradeCount count = rpc.count();
        String table = TextTable.render(List.of("current", "max", "total stake"),
                List.of(List.of(String.valueOf(count.current()), String.valueOf(count.max()),
                        Fmt.py(count.totalStake()))));
        return List.of(Reply.html("<pre>" + table + "</pre>", "update_count"));
    }
}
