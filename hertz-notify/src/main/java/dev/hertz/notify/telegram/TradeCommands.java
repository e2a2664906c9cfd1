package dev.hertz.notify.telegram;

import dev.hertz.core.rpc.CustomDataJson;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.RpcException;
import dev.hertz.core.strategy.SignalDirection;
import dev.hertz.core.util.PythonFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands that act on trades: force exit and entry (with their pickers), {@code /delete},
 * {@code /cancel_open_order}, {@code /reload_trade}, {@code /list_custom_data}.
 */
final class TradeCommands {
    private static final Logger LOG = LoggerFactory.getLogger(TradeCommands.class);
    static final String FORCE_EXIT = "force_exit__";
    static final String FORCE_ENTER = "force_enter__";
    private static final String SIDE_SEPARATOR = "_||_";

    private final Rpc rpc;
    private final StatusCommands status;

    /** @param status the trade picker lists the rows of {@code /status table} */
    TradeCommands(Rpc rpc, StatusCommands status) {
        this.rpc = rpc;
        this.status = status;
    }

    void register(CommandTable table) {
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

    private static long requiredTradeId(List<String> args) {
        if (args.isEmpty()) {
            throw new RpcException("Trade-id not set.");
        }
        return Long.parseLong(args.get(0));
    }

    private List<Reply> forceExit(List<String> args) {
        if (!args.isEmpty()) {
            return forceExitAction(args.get(0));
        }
        List<List<String>> rows;
        try {
            rows = status.statusRows(rpc.showConfig()).rows();
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
