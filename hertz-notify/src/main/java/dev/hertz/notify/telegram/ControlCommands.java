package dev.hertz.notify.telegram;

import dev.hertz.core.rpc.BlacklistResult;
import dev.hertz.core.rpc.Health;
import dev.hertz.core.rpc.LockJson;
import dev.hertz.core.rpc.Locks;
import dev.hertz.core.rpc.Logs;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.RpcException;
import dev.hertz.core.rpc.ShowConfig;
import dev.hertz.core.rpc.WhitelistResult;
import dev.hertz.core.strategy.MarketDirection;
import dev.hertz.core.util.PythonFormat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bot control and state: {@code /start}, {@code /stop}, {@code /stopentry},
 * {@code /reload_config}, {@code /show_config}, white- and blacklist, locks, {@code /logs},
 * {@code /edge}, {@code /health}, {@code /help}, {@code /version}, {@code /marketdir}.
 */
final class ControlCommands {
    private static final DateTimeFormatter LOCAL_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Rpc rpc;

    ControlCommands(Rpc rpc) {
        this.rpc = rpc;
    }

    void register(CommandTable table) {
        table.add(args -> status(rpc.start().status()), "start");
        table.add(args -> status(rpc.stop().status()), "stop");
        table.add(args -> status(rpc.stopEntry().status()), "stopentry", "stopbuy");
        table.add(args -> status(rpc.reloadConfig().status()), "reload_config", "reload_conf");
        table.add(args -> showConfig(), "show_config", "show_conf");
        table.add(this::whitelist, "whitelist");
        table.add(args -> blacklist(rpc.blacklist(args)), "blacklist");
        table.add(args -> blacklist(rpc.blacklistDelete(args)), "blacklist_delete", "bl_delete");
        table.add(args -> locks(rpc.locks()), "locks");
        table.add(this::unlock, "unlock", "delete_locks");
        table.add(this::logs, "logs");
        table.add(args -> edge(), "edge");
        table.add(args -> health(), "health");
        table.add(args -> help(), "help");
        table.add(args -> version(), "version");
        table.add(this::marketdir, "marketdir");
    }

    private static List<Reply> status(String status) {
        return List.of(Reply.markdown("Status: `" + status + "`"));
    }

    private List<Reply> showConfig() {
        ShowConfig v = rpc.showConfig();
        String stoploss = v.trailingStop() != null && v.trailingStop()
                ? "*Initial Stoploss:* `" + py(v.stoploss()) + "`\n"
                + "*Trailing stop positive:* `" + py(v.trailingStopPositive()) + "`\n"
                + "*Trailing stop offset:* `" + py(v.trailingStopPositiveOffset()) + "`\n"
                + "*Only trail above offset:* `" + py(v.trailingOnlyOffsetIsReached()) + "`\n"
                : "*Stoploss:* `" + py(v.stoploss()) + "`\n";
        String adjustment = v.positionAdjustmentEnable()
                ? "*Position adjustment:* On\n*Max enter position adjustment:* `" + v.maxEntryPositionAdjustment() + "`\n"
                : "*Position adjustment:* Off\n";
        String text = "*Mode:* `" + (v.dryRun() ? "Dry-run" : "Live") + "`\n"
                + "*Exchange:* `" + v.exchange() + "`\n"
                + "*Market: * `" + v.tradingMode() + "`\n"
                + "*Stake per trade:* `" + v.stakeAmount() + " " + v.stakeCurrency() + "`\n"
                + "*Max open Trades:* `" + v.maxOpenTrades() + "`\n"
                + "*Minimum ROI:* `" + PyText.repr(v.minimalRoi()) + "`\n"
                + "*Entry strategy:* ```\n" + PyText.jsonDumps(v.entryPricing()) + "```\n"
                + "*Exit strategy:* ```\n" + PyText.jsonDumps(v.exitPricing()) + "```\n"
                + stoploss + adjustment
                + "*Timeframe:* `" + v.timeframe() + "`\n"
                + "*Strategy:* `" + v.strategy() + "`\n"
                + "*Current state:* `" + v.state() + "`";
        return List.of(Reply.markdown(text));
    }

    private static String py(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double d) {
            return PythonFormat.floatRepr(d);
        }
        return value.toString();
    }

    private List<Reply> whitelist(List<String> args) {
        WhitelistResult result = rpc.whitelist();
        List<String> pairs = result.whitelist();
        if (args.contains("sorted")) {
            pairs = pairs.stream().sorted().toList();
        }
        if (args.contains("baseonly")) {
            pairs = pairs.stream().map(p -> p.split("/")[0]).toList();
        }
        return List.of(Reply.markdown("Using whitelist `" + PythonFormat.listRepr(result.method()) + "` with "
                + result.length() + " pairs\n`" + String.join(", ", pairs) + "`"));
    }

    private static List<Reply> blacklist(BlacklistResult result) {
        List<Reply> replies = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, BlacklistResult.Error> e : result.errors().entrySet()) {
            errors.add("Error: " + e.getValue().errorMsg());
        }
        if (!errors.isEmpty()) {
            replies.add(Reply.markdown(String.join("\n", errors)));
        }
        replies.add(Reply.markdown("Blacklist contains " + result.length() + " pairs\n`"
                + String.join(", ", result.blacklist()) + "`"));
        return replies;
    }

    private static List<Reply> locks(Locks locks) {
        if (locks.locks().isEmpty()) {
            return List.of(Reply.html("No active locks."));
        }
        List<Reply> replies = new ArrayList<>();
        for (List<LockJson> chunk : Splitter.chunks(locks.locks(), 25)) {
            List<List<String>> rows = chunk.stream().map(l -> List.of(String.valueOf(l.id()), l.pair(),
                    l.lockEndTime(), l.reason() == null ? "" : l.reason())).toList();
            replies.add(Reply.html("<pre>" + escapeHtml(TextTable.render(List.of("ID", "Pair", "Until", "Reason"),
                    rows)) + "</pre>"));
        }
        return replies;
    }

    /** {@code /unlock <id|pair>}: an integer is a lock id, anything else a pair; then the locks. */
    private List<Reply> unlock(List<String> args) {
        Long id = null;
        String pair = null;
        if (!args.isEmpty()) {
            try {
                id = Long.parseLong(args.get(0));
            } catch (NumberFormatException e) {
                pair = args.get(0);
            }
        }
        return locks(rpc.deleteLock(id, pair));
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#x27;");
    }

    private List<Reply> logs(List<String> args) {
        int limit = StatusCommands.intArg(args, 10);
        Logs logs = rpc.logs(limit);
        List<Reply> replies = new ArrayList<>();
        StringBuilder msgs = new StringBuilder();
        for (Logs.Entry e : logs.logs()) {
            String line = "*" + escapeMarkdownV2(e.localTime()) + "* " + escapeMarkdownV2(e.logger()) + ": "
                    + escapeMarkdownV2(e.level()) + " \\- `" + escapeMarkdownV2(e.message()) + "`";
            if (msgs.length() + line.length() + 10 >= Splitter.MAX_MESSAGE_LENGTH) {
                replies.add(new Reply(msgs.toString(), Reply.Mode.MARKDOWN_V2, new Reply.Keyboard()));
                msgs = new StringBuilder(line).append('\n');
            } else {
                msgs.append(line).append('\n');
            }
        }
        if (!msgs.isEmpty()) {
            replies.add(new Reply(msgs.toString(), Reply.Mode.MARKDOWN_V2, new Reply.Keyboard()));
        }
        return replies;
    }

    /** MarkdownV2 escaping: a backslash before every character Telegram treats specially. */
    static String escapeMarkdownV2(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("_*[]()~`>#+-=|{}.!\\".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** MarkdownV2 inside a code block: only backticks and backslashes are escaped there. */
    static String escapeMarkdownV2Code(String text) {
        return text.replace("\\", "\\\\").replace("`", "\\`");
    }

    /** Hertz has no Edge positioning: the facade refuses with freqtrade's "Edge is not enabled." */
    private List<Reply> edge() {
        rpc.edge();
        return List.of(Reply.html("<b>Edge only validated following pairs:</b>"));
    }

    private List<Reply> health() {
        Health h = rpc.health();
        return List.of(Reply.markdown("Last process: `" + local(h.lastProcess()) + "`\n"
                + "Initial bot start: `" + local(h.botStart()) + "`\n"
                + "Last bot restart: `" + local(h.botStartup()) + "`"));
    }

    private static String local(Instant at) {
        return at == null ? "None" : LOCAL_DATE.format(at.atZone(ZoneId.systemDefault()));
    }

    private List<Reply> help() {
        ShowConfig config = rpc.showConfig();
        return List.of(Reply.markdown(HelpText.of(config.forceEntryEnable(), "spot".equals(config.tradingMode()))));
    }

    private List<Reply> version() {
        ShowConfig config = rpc.showConfig();
        String text = "*Version:* `" + rpc.version().version() + "`";
        if (config.strategyVersion() != null) {
            text += "\n*Strategy version: * `" + config.strategyVersion() + "`";
        }
        return List.of(Reply.markdown(text));
    }

    private List<Reply> marketdir(List<String> args) {
        if (args.size() == 1) {
            MarketDirection old = rpc.marketDirection();
            Optional<MarketDirection> next = MarketDirection.parse(args.get(0));
            if (next.isEmpty()) {
                throw new RpcException("Invalid market direction provided. \n"
                        + "Valid market directions: *long, short, even, none*");
            }
            rpc.updateMarketDirection(next.get());
            return List.of(Reply.markdown("Successfully updated market direction from *" + old.value() + "* to *"
                    + next.get().value() + "*."));
        }
        if (args.isEmpty()) {
            return List.of(Reply.markdown("Currently set market direction: *" + rpc.marketDirection().value() + "*"));
        }
        throw new RpcException("Invalid usage of command /marketdir. \n"
                + "Usage: */marketdir [short |  long | even | none]*");
    }
}
