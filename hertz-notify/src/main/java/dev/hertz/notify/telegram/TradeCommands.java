package dev.hertz.notify.telegram;

import dev.hertz.core.rpc.CustomDataJson;
import dev.hertz.core.rpc.Humanize;
import dev.hertz.core.rpc.OpenTradeJson;
import dev.hertz.core.rpc.OrderJson;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.RpcException;
import dev.hertz.core.rpc.ShowConfig;
import dev.hertz.core.rpc.TradeCount;
import dev.hertz.core.rpc.TradeHistory;
import dev.hertz.core.rpc.TradeJson;
import dev.hertz.core.strategy.SignalDirection;
import dev.hertz.core.util.PythonFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The commands about single trades: {@code /status}, {@code /order}, {@code /trades},
 * {@code /count}, force exit and entry (with their pickers), {@code /delete},
 * {@code /cancel_open_order}, {@code /reload_trade}, {@code /list_custom_data}.
 */
final class TradeCommands {
    private static final Logger LOG = LoggerFactory.getLogger(TradeCommands.class);
    static final String FORCE_EXIT = "force_exit__";
    static final String FORCE_ENTER = "force_enter__";
    private static final String SIDE_SEPARATOR = "_||_";

    private final Rpc rpc;
    private final Clock clock;

    TradeCommands(Rpc rpc, Clock clock) {
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
        table.add(this::forceExit, "forceexit", "forcesell", "fx");
        table.add(args -> forceEnter(args, SignalDirection.LONG), "forcelong", "forcebuy");
        table.add(args -> forceEnter(args, SignalDirection.SHORT), "forceshort");
        table.add(this::reloadTrade, "reload_trade");
        table.add(this::delete, "delete");
        table.add(this::cancelOpenOrder, "cancel_open_order", "coo");
        table.add(this::listCustomData, "list_custom_data");
        table.button(FORCE_EXIT, this::forceExitButton);
        table.button(FORCE_ENTER, this::forceEnterButton);
    }

    /** Trade ids among the arguments: the tokens made of digits only. */
    private static List<Long> tradeIds(List<String> args) {
        return args.stream().filter(a -> !a.isEmpty() && a.chars().allMatch(Character::isDigit))
                .map(Long::parseLong).toList();
    }

    private static long requiredTradeId(List<String> args) {
        if (args.isEmpty()) {
            throw new RpcException("Trade-id not set.");
        }
        return Long.parseLong(args.get(0));
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

    /** freqtrade's {@code _rpc_status_table}: one row per open trade. */
    private List<List<String>> statusRows(ShowConfig config) {
        boolean nonSpot = !"spot".equals(config.tradingMode());
        int maxEntries = config.maxEntryPositionAdjustment();
        Instant now = clock.instant();
        List<List<String>> rows = new ArrayList<>();
        List<OpenTradeJson> trades = new ArrayList<>(rpc.tradeStatus(null));
        trades.sort(Comparator.comparingLong(r -> r.trade().tradeId()));
        for (OpenTradeJson r : trades) {
            TradeJson t = r.trade();
            String profit;
            if (Double.isNaN(r.currentRate())) {
                profit = "nan% (nan)";
            } else if (t.nrOfSuccessfulEntries() == 0) {
                profit = "0.00 (0.00)";
            } else {
                double abs = t.profitAbs() == null ? 0 : t.profitAbs();
                profit = pct(t.profitRatio()) + " (" + Fmt.fixed(abs, 2) + ")";
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
        return rows;
    }

    private double statusProfitSum() {
        double sum = 0;
        for (OpenTradeJson r : rpc.tradeStatus(null)) {
            sum += r.trade().nrOfSuccessfulEntries() == 0 ? 0 : r.trade().profitAbs() == null ? 0
                    : r.trade().profitAbs();
        }
        return sum;
    }

    private List<Reply> statusTable() {
        ShowConfig config = rpc.showConfig();
        List<List<String>> rows = statusRows(config);
        List<String> headers = new ArrayList<>(List.of(!"spot".equals(config.tradingMode()) ? "ID L/S" : "ID", "Pair",
                "Since", "Profit (" + config.stakeCurrency() + ")"));
        if (config.positionAdjustmentEnable()) {
            headers.add("# Entries");
        }
        double sum = statusProfitSum();
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

    private List<Reply> forceExit(List<String> args) {
        if (!args.isEmpty()) {
            return forceExitAction(args.get(0));
        }
        List<List<String>> rows;
        try {
            rows = statusRows(rpc.showConfig());
        } catch (RpcException e) {
            return List.of(Reply.markdown("No open trade found."));
        }
        List<List<Reply.Button>> buttons = new ArrayList<>();
        for (List<String> row : rows) {
            buttons.add(List.of(new Reply.Button(row.get(0) + " " + row.get(1) + " " + row.get(2) + " " + row.get(3),
                    FORCE_EXIT + row.get(0))));
        }
        buttons.add(List.of(new Reply.Button("Cancel", FORCE_EXIT + "cancel")));
        return List.of(new Reply("Which trade?", Reply.Mode.MARKDOWN, new Reply.Inline(buttons)));
    }

    /** No success reply: the exit notification that follows is the feedback. */
    private List<Reply> forceExitAction(String tradeId) {
        if (tradeId.equals("cancel")) {
            return List.of();
        }
        try {
            rpc.tradeActions().forceExit(tradeId, null, null);
            return List.of();
        } catch (RpcException e) {
            return List.of(Reply.markdown(e.getMessage()));
        }
    }

    private ButtonOutcome forceExitButton(String data) {
        String id = data.substring(FORCE_EXIT.length()).split(" ")[0];
        if (id.equals("cancel")) {
            return ButtonOutcome.only("Force exit canceled.");
        }
        String pair;
        try {
            pair = rpc.tradeStatus(List.of(Long.parseLong(id))).get(0).trade().pair();
        } catch (RpcException | NumberFormatException e) {
            return ButtonOutcome.only("Trade " + id + " not found.");
        }
        return new ButtonOutcome("Manually exiting Trade #" + id + ", " + pair, () -> forceExitAction(id));
    }

    private List<Reply> forceEnter(List<String> args, SignalDirection side) {
        if (!args.isEmpty()) {
            Double price = args.size() > 1 ? PythonFormat.parseFloat(args.get(1)) : null;
            return forceEnterAction(args.get(0), price, side);
        }
        List<String> pairs = rpc.whitelist().whitelist().stream().sorted().toList();
        List<Reply.Button> buttons = pairs.stream()
                .map(p -> new Reply.Button(p, FORCE_ENTER + p + SIDE_SEPARATOR + side.value())).toList();
        List<List<Reply.Button>> rows = new ArrayList<>(Splitter.chunks(buttons, 3));
        rows.add(List.of(new Reply.Button("Cancel", FORCE_ENTER + "cancel")));
        return List.of(new Reply("Which pair?", Reply.Mode.MARKDOWN, new Reply.Inline(rows)));
    }

    /** No success reply: the entry notification that follows is the feedback; errors are HTML. */
    private List<Reply> forceEnterAction(String pair, Double price, SignalDirection side) {
        try {
            rpc.tradeActions().forceEntry(pair, price, null, side, null, null);
            return List.of();
        } catch (RpcException e) {
            LOG.warn("Forcebuy error! {}", e.getMessage());
            return List.of(Reply.html(e.getMessage()));
        }
    }

    private ButtonOutcome forceEnterButton(String data) {
        String payload = data.substring(FORCE_ENTER.length());
        if (payload.equals("cancel")) {
            return ButtonOutcome.only("Force enter canceled.");
        }
        int separator = payload.indexOf(SIDE_SEPARATOR);
        if (separator < 0) {
            return null;
        }
        String pair = payload.substring(0, separator);
        String sideText = payload.substring(separator + SIDE_SEPARATOR.length());
        SignalDirection side = sideText.equals("short") ? SignalDirection.SHORT : SignalDirection.LONG;
        return new ButtonOutcome("Manually entering " + side.value() + " for " + pair,
                () -> forceEnterAction(pair, null, side));
    }

    private List<Reply> reloadTrade(List<String> args) {
        long id = requiredTradeId(args);
        rpc.tradeActions().reloadTrade(id);
        return List.of(Reply.markdown("Status: `Reloaded from orders from exchange`"));
    }

    private List<Reply> delete(List<String> args) {
        long id = requiredTradeId(args);
        String message = rpc.tradeActions().delete(id).resultMsg();
        return List.of(Reply.markdown("`" + message + "`\n"
                + "Please make sure to take care of this asset on the exchange manually."));
    }

    private List<Reply> cancelOpenOrder(List<String> args) {
        long id = requiredTradeId(args);
        rpc.tradeActions().cancelOpenOrder(id);
        return List.of(Reply.markdown("Open order canceled."));
    }

    private List<Reply> listCustomData(List<String> args) {
        long id = requiredTradeId(args);
        String key = args.size() > 1 ? args.get(1) : null;
        List<CustomDataJson> entries = rpc.listCustomData(id, key);
        if (entries.isEmpty()) {
            return List.of(Reply.markdown("Didn't find any custom-data entries for Trade ID: `" + id + "`"
                    + (key != null ? " and Key: `" + key + "`." : "")));
        }
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.markdown(entries.size() == 1 ? "Found custom-data entry: " : "Found custom-data entries: "));
        for (CustomDataJson d : entries) {
            String text = "*Key:* `" + d.cdKey() + "`\n*ID:* `" + d.id() + "`\n*Trade ID:* `" + d.ftTradeId()
                    + "`\n*Type:* `" + d.cdType() + "`\n*Value:* `" + d.cdValue() + "`\n*Create Date:* `"
                    + Fmt.date(d.createdAt()) + "`\n*Update Date:* `" + Fmt.date(d.updatedAt()) + "`";
            if (text.length() > Splitter.MAX_MESSAGE_LENGTH) {
                LOG.warn("Message dropped because length exceeds maximum allowed characters: {}",
                        Splitter.MAX_MESSAGE_LENGTH);
                text = "Message dropped because length exceeds maximum allowed characters: "
                        + Splitter.MAX_MESSAGE_LENGTH;
            }
            replies.add(Reply.markdown(text));
        }
        return replies;
    }
}
