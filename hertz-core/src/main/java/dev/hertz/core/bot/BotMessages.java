package dev.hertz.core.bot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.config.TradingMode;
import dev.hertz.core.pairlist.PluginDescription;
import dev.hertz.core.rpc.RpcMessage;
import dev.hertz.core.strategy.StrategyAnalyzer;
import dev.hertz.core.util.PythonFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The notifications about the bot as a whole, in freqtrade's words: the start-up summary, the
 * open-trades warning, whitelist changes, each pair's analysis and the strategy's own messages.
 * Every message goes through {@link #send}, so building or sending one can never stop trading.
 */
final class BotMessages {
    private static final Logger LOG = LoggerFactory.getLogger(BotMessages.class);

    private final BotContext ctx;
    private List<String> lastWhitelist = List.of();

    BotMessages(BotContext ctx) {
        this.ctx = ctx;
    }

    /** Builds and sends a message; a failure is logged and the bot carries on. */
    void send(Supplier<RpcMessage> message) {
        try {
            RpcMessage built = message.get();
            if (built != null) {
                ctx.rpc().sendMsg(built);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not send a notification: {}", e.toString(), e);
        }
    }

    /** freqtrade's {@code startup_messages}, sent each time the bot enters RUNNING. */
    void startup() {
        if (ctx.config().dryRun()) {
            send(() -> new RpcMessage.Warning("Dry run is enabled. All trades are simulated."));
        }
        send(() -> new RpcMessage.Startup(summary()));
        send(() -> new RpcMessage.Startup("Searching for " + ctx.config().stakeCurrency()
                + " pairs to buy and sell based on " + PluginDescription.pythonRepr(ctx.pairlists().shortDesc())));
        if (!ctx.protections().nameList().isEmpty()) {
            send(() -> new RpcMessage.Startup("Using Protections: \n" + ctx.protections().shortDesc().stream()
                    .map(PluginDescription::shortDesc).collect(Collectors.joining("\n"))));
        }
    }

    /** The configuration summary; values printed as Python prints the config's values. */
    private String summary() {
        JsonNode raw = ctx.config().raw();
        String strategy = raw.path("strategy").isTextual() ? raw.path("strategy").asText() : ctx.strategy().name();
        return "*Exchange:* `" + ctx.config().exchange().name() + "`\n"
                + "*Stake per trade:* `" + PythonFormat.str(raw.path("stake_amount")) + " "
                + ctx.config().stakeCurrency() + "`\n"
                + "*Minimum ROI:* `" + pythonDict(raw.path("minimal_roi")) + "`\n"
                + "*" + (ctx.strategy().trailingStop() ? "Trailing " : "") + "Stoploss:* `"
                + PythonFormat.str(raw.path("stoploss")) + "`\n"
                + "*Position adjustment:* `" + (ctx.strategy().positionAdjustmentEnable() ? "On" : "Off") + "`\n"
                + "*Timeframe:* `" + ctx.strategy().timeframe() + "`\n"
                + "*Strategy:* `" + strategy + "`";
    }

    /** Python's {@code str()} of a flat dict loaded from JSON, e.g. {@code {'0': 0.04, '40': 0.0}}. */
    private static String pythonDict(JsonNode object) {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            String value = e.getValue().isTextual() ? PythonFormat.repr(e.getValue().asText())
                    : PythonFormat.str(e.getValue());
            out.add(PythonFormat.repr(e.getKey()) + ": " + value);
        }
        return out.toString();
    }

    /** freqtrade's {@code check_for_open_trades}: a warning when the bot stops with trades still open. */
    void openTradesWarning(long openTrades) {
        if (openTrades == 0) {
            return;
        }
        send(() -> new RpcMessage.Warning(openTrades + " open trades active.\n\n"
                + "Handle these trades manually on " + TradeMessages.capitalize(ctx.exchange().name())
                + ", or '/start' the bot again and use '/stopentry' to handle open trades gracefully. \n"
                + (ctx.config().dryRun() ? "Note: Trades are simulated (dry run)." : "")));
    }

    /** A {@code whitelist} message when the active whitelist (open trades' pairs included) changed. */
    void whitelist(List<String> active) {
        if (!active.equals(lastWhitelist)) {
            lastWhitelist = List.copyOf(active);
            send(() -> new RpcMessage.Whitelist(lastWhitelist));
        }
    }

    /**
     * freqtrade's {@code _emit_df}: after a pair was analysed, its last row as {@code analyzed_df},
     * and {@code new_candle} when that row is a candle the previous analysis had not seen.
     *
     * @param before the pair's analysis before this iteration, or null
     * @param after  its analysis now, or null when it failed; the same object as {@code before}
     *               when nothing was analysed (no new candle)
     */
    void analyzed(String pair, StrategyAnalyzer.Analyzed before, StrategyAnalyzer.Analyzed after) {
        if (after == null || after == before || after.frame().length() == 0) {
            return;
        }
        RpcMessage.PairKey key = new RpcMessage.PairKey(pair, ctx.strategy().timeframe(),
                ctx.config().tradingMode() == TradingMode.FUTURES ? "futures" : "spot");
        send(() -> new RpcMessage.AnalyzedDf(new RpcMessage.AnalyzedRow(key, after.frame().tail(1),
                after.frame().lastIndex(), after.analyzedAt())));
        long lastDate = after.frame().date()[after.frame().lastIndex()];
        if (before == null || before.frame().length() == 0
                || before.frame().date()[before.frame().lastIndex()] != lastDate) {
            send(() -> new RpcMessage.NewCandle(key));
        }
    }

    /** Sends what the strategy queued with {@code dp.sendMsg} (freqtrade's {@code process_msg_queue}). */
    void strategyMessages() {
        for (String text : ctx.data().drainStrategyMessages()) {
            send(() -> new RpcMessage.StrategyMsg(text));
        }
    }
}
