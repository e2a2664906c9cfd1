package dev.hertz.client.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hertz.client.HertzClient;
import dev.hertz.client.internal.Json;
import dev.hertz.client.model.ForceEnterPayload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import static dev.hertz.client.cli.Param.keyword;
import static dev.hertz.client.cli.Param.optional;
import static dev.hertz.client.cli.Param.required;
import static dev.hertz.client.cli.Param.rest;

/**
 * freqtrade-client's command line on a {@link HertzClient}: {@code <command> [args] [key=value ...]}
 * with freqtrade-client's command names and parameters, plus the commands for the endpoints
 * freqtrade added later. Results print as pretty JSON.
 */
public final class Commands {
    private static final Map<String, Command> TABLE = new TreeMap<>();

    static {
        // info
        add("ping", "pong when the bot is running, else not_running", "GET /show_config", (c, a) -> c.ping());
        add("version", "The server's version", "GET /version", (c, a) -> c.version());
        add("show_config", "The running configuration without secrets", "GET /show_config", (c, a) -> c.showConfig());
        add("sysinfo", "CPU and memory load of the server's host", "GET /sysinfo", (c, a) -> c.sysinfo());
        add("health", "When the bot last ran its loop", "GET /health", (c, a) -> c.health());
        add("logs", "Recent log records", "GET /logs", (c, a) -> c.logs(a.integer("limit")), optional("limit"));
        // trading information
        add("balance", "The wallet valued in the stake currency", "GET /balance", (c, a) -> c.balance());
        add("count", "Open trades against max_open_trades", "GET /count", (c, a) -> c.count());
        add("entries", "Profit per entry tag", "GET /entries", (c, a) -> c.entries(a.string("pair")), optional("pair"));
        add("exits", "Profit per exit reason", "GET /exits", (c, a) -> c.exits(a.string("pair")), optional("pair"));
        add("mix_tags", "Profit per entry tag and exit reason", "GET /mix_tags", (c, a) -> c.mixTags(a.string("pair")),
                optional("pair"));
        add("performance", "Profit per pair", "GET /performance", (c, a) -> c.performance());
        add("profit", "The profit summary", "GET /profit", (c, a) -> c.profit());
        add("profit_all", "The profit summary, all trades and per direction", "GET /profit_all",
                (c, a) -> c.profitAll());
        add("stats", "Wins, losses and draws per exit reason; mean durations", "GET /stats", (c, a) -> c.stats());
        add("daily", "Profit per day", "GET /daily", (c, a) -> c.daily(a.integer("days")), optional("days"));
        add("weekly", "Profit per week", "GET /weekly", (c, a) -> c.weekly(a.integer("weeks")), optional("weeks"));
        add("monthly", "Profit per month", "GET /monthly", (c, a) -> c.monthly(a.integer("months")),
                optional("months"));
        add("status", "The open trades", "GET /status", (c, a) -> c.status());
        add("trades", "Closed trades, a page at a time", "GET /trades",
                (c, a) -> c.trades(a.integer("limit"), a.integer("offset")), optional("limit"), optional("offset"));
        add("trade", "One trade, open or closed", "GET /trade/{trade_id}", (c, a) -> c.trade(a.longValue("trade_id")),
                required("trade_id"));
        add("list_custom_data", "What the strategy stored on a trade", "GET /trades/{trade_id}/custom-data",
                (c, a) -> c.listCustomData(a.longValue("trade_id"), a.string("key")), required("trade_id"),
                optional("key"));
        add("historic_balance", "The wallet value over time", "GET /historic_balance", (c, a) -> c.historicBalance());
        // trade actions
        add("forceenter", "Enter a trade now", "POST /forceenter", Commands::forceenter, required("pair"),
                optional("side"), optional("price"), keyword("order_type", "ordertype"),
                keyword("stake_amount", "stakeamount"), keyword("leverage"), keyword("enter_tag", "entry_tag"));
        add("forcebuy", "Enter a long trade now (legacy)", "POST /forcebuy",
                (c, a) -> c.forcebuy(a.string("pair"), a.number("price")), required("pair"), optional("price"));
        add("forceexit", "Exit a trade (or all) now", "POST /forceexit",
                (c, a) -> c.forceexit(a.string("tradeid"), a.string("ordertype"), a.number("amount"), a.number("price")),
                required("tradeid"), optional("ordertype"), optional("amount"), keyword("price"));
        add("delete_trade", "Delete a trade, cancelling its open orders", "DELETE /trades/{trade_id}",
                (c, a) -> c.deleteTrade(a.longValue("trade_id")), required("trade_id"));
        add("cancel_open_order", "Cancel a trade's open orders", "DELETE /trades/{trade_id}/open-order",
                (c, a) -> c.cancelOpenOrder(a.longValue("trade_id")), required("trade_id"));
        add("reload_trade", "Re-read a trade's orders from the exchange", "POST /trades/{trade_id}/reload",
                (c, a) -> c.reloadTrade(a.longValue("trade_id")), required("trade_id"));
        // pair lists and locks
        add("whitelist", "The pairs the bot trades", "GET /whitelist", (c, a) -> c.whitelist());
        add("blacklist", "Show the blacklist, or add pairs to it", "GET|POST /blacklist", Commands::blacklist,
                rest("pairs"));
        add("delete_blacklist", "Remove pairs from the blacklist", "DELETE /blacklist",
                (c, a) -> c.deleteBlacklist(listOrEmpty(a, "pairs").toArray(String[]::new)), rest("pairs"));
        add("locks", "The active pair locks", "GET /locks", (c, a) -> c.locks());
        add("delete_lock", "End a pair lock now", "DELETE /locks/{lock_id}", (c, a) -> c.deleteLock(a.longValue("lock_id")),
                required("lock_id"));
        add("lock_add", "Lock a pair until a time (e.g. '2024-03-30 16:00:00Z')", "POST /locks",
                (c, a) -> c.lockAdd(a.string("pair"), a.string("until"), a.string("side"), a.string("reason")),
                required("pair"), required("until"), optional("side"), optional("reason"));
        // bot control
        add("start", "Start the trader", "POST /start", (c, a) -> c.start());
        add("stop", "Stop the trader", "POST /stop", (c, a) -> c.stop());
        add("stopbuy", "No new entries until reload_config", "POST /stopbuy", (c, a) -> c.stopbuy());
        add("pause", "No new entries, state paused", "POST /pause", (c, a) -> c.pause());
        add("reload_config", "Reload the configuration", "POST /reload_config", (c, a) -> c.reloadConfig());
        // candles, strategies, resources
        add("pair_candles", "The bot's analysed candles (columns=a,b to choose indicators)", "GET|POST /pair_candles",
                (c, a) -> c.pairCandles(a.string("pair"), a.string("timeframe"), a.integer("limit"), a.list("columns")),
                required("pair"), required("timeframe"), optional("limit"), optional("columns"));
        add("pair_history", "Stored candles analysed by a strategy", "GET /pair_history",
                (c, a) -> c.pairHistory(a.string("pair"), a.string("timeframe"), a.string("strategy"),
                        a.string("timerange"), a.string("freqaimodel")),
                required("pair"), required("timeframe"), required("strategy"), optional("timerange"),
                optional("freqaimodel"));
        add("plot_config", "A strategy's plot configuration (the running one's by default)", "GET /plot_config",
                (c, a) -> c.plotConfig(a.string("strategy")), optional("strategy"));
        add("strategies", "The strategies the server can load", "GET /strategies", (c, a) -> c.strategies());
        add("strategy", "A strategy's source and parameters", "GET /strategy/{strategy}",
                (c, a) -> c.strategy(a.string("strategy")), required("strategy"));
        add("available_pairs", "Pairs with stored candle data", "GET /available_pairs",
                (c, a) -> c.availablePairs(a.string("timeframe"), a.string("stake_currency")), optional("timeframe"),
                optional("stake_currency"));
        add("markets", "The exchange's markets", "GET /markets", (c, a) -> c.markets(a.string("base"), a.string("quote")),
                optional("base"), optional("quote"));
        add("exchanges", "The exchanges the server knows", "GET /exchanges", (c, a) -> c.exchanges());
        add("freqaimodels", "The FreqAI models the server offers", "GET /freqaimodels", (c, a) -> c.freqaimodels());
        add("pairlists_available", "The pairlist handlers (webserver mode)", "GET /pairlists/available",
                (c, a) -> c.pairlistsAvailable());
    }

    private Commands() {
    }

    private static void add(String name, String description, String endpoint,
                            BiFunction<HertzClient, Arguments, Object> action, Param... params) {
        TABLE.put(name, new Command(name, description, endpoint, List.of(params), action));
    }

    private static Object forceenter(HertzClient client, Arguments a) {
        return client.forceenter(ForceEnterPayload.of(a.string("pair"), a.string("side")).withPrice(a.number("price"))
                .withOrderType(a.string("order_type")).withStakeAmount(a.number("stake_amount"))
                .withLeverage(a.number("leverage")).withEntryTag(a.string("enter_tag")));
    }

    private static Object blacklist(HertzClient client, Arguments a) {
        List<String> pairs = listOrEmpty(a, "pairs");
        return pairs.isEmpty() ? client.blacklist() : client.addBlacklist(pairs.toArray(String[]::new));
    }

    private static List<String> listOrEmpty(Arguments a, String name) {
        List<String> list = a.list(name);
        return list == null ? List.of() : list;
    }

    /** The command names, sorted. */
    public static List<String> names() {
        return new ArrayList<>(TABLE.keySet());
    }

    /**
     * Runs {@code words} ({@code [command, args...]}) on {@code client} and returns the result.
     *
     * @throws UsageException for an unknown command or arguments that do not fit it
     * @throws dev.hertz.client.HertzClientException when the server answers with an error or not at all
     */
    public static Object run(HertzClient client, List<String> words) {
        if (words.isEmpty()) {
            throw new UsageException("No command given; 'help' lists them.");
        }
        Command command = TABLE.get(words.get(0));
        if (command == null) {
            throw new UsageException("Command " + words.get(0) + " not defined; 'help' lists the commands.");
        }
        return command.action().apply(client, Arguments.bind(command, words.subList(1, words.size())));
    }

    /**
     * Every command with its parameters ({@code <required>}, {@code [optional]},
     * {@code [keyword=...]}), what it does and the endpoint it calls; only {@code command} when
     * that names one.
     *
     * @throws UsageException when {@code command} is not null and names no command
     */
    public static String help(String command) {
        if (command != null && !TABLE.containsKey(command)) {
            throw new UsageException("Command " + command + " not defined; 'help' lists the commands.");
        }
        StringBuilder out = new StringBuilder(command == null ? "Possible commands:\n\n" : "");
        for (Command c : TABLE.values()) {
            if (command == null || command.equals(c.name())) {
                out.append(c.usage()).append('\n')
                        .append("    ").append(c.description()).append(" (").append(c.endpoint()).append(").\n");
            }
        }
        return out.toString();
    }

    /** {@code result} as pretty-printed JSON, in the server's field names. */
    public static String toJson(Object result) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot print " + result.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
