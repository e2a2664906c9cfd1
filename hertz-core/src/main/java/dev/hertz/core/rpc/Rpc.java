package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.bot.BotContext;
import dev.hertz.core.bot.BotState;
import dev.hertz.core.bot.TradingBot;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.config.TradingMode;
import dev.hertz.core.logging.LogRing;
import dev.hertz.core.persistence.CustomData;
import dev.hertz.core.persistence.CustomDataRepository;
import dev.hertz.core.persistence.KeyValueStore;
import dev.hertz.core.persistence.PairLockRepository;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.persistence.TradeRepository;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.MarketDirection;
import dev.hertz.core.strategy.StrategyAnalyzer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one facade every interface (REST, WebSocket, Telegram) calls (freqtrade's {@code RPC}).
 * Operations return records and throw {@link RpcException} with a user-facing message when the
 * bot's state or the input is wrong; they never expose the bot's internals.
 *
 * <p><b>Modes.</b> In trade mode the facade serves a bot. In webserver mode ({@link #webserver})
 * there is none: {@code show_config}, logs, sysinfo, version, exchanges, markets, strategies and
 * plot configurations work from the loaded configuration, every operation that needs the bot
 * throws {@value #BOT_NOT_READY}.
 *
 * <p>JSON: every result record carries Jackson's snake-case naming ({@code @JsonNaming}), so its
 * camel-case components serialise under freqtrade's field names without further mapping.
 */
public final class Rpc {
    static final String NOT_RUNNING = "trader is not running";
    /** freqtrade's answer (no trailing period) when an operation needs a bot that is not there. */
    public static final String BOT_NOT_READY = "Bot is not in the correct state";
    /** freqtrade's answer when a trading bot is asked for another strategy than its own. */
    public static final String ONLY_ACTIVE_STRATEGY = "Only the currently active strategy is available in trade mode";

    private final Supplier<TradingBot> bot;
    private final BotControl control;
    private final LogRing logs;
    private final Clock clock;
    private final RpcResources resources;
    /** Webserver mode: the loaded configuration and the exchange built from it on first use; null in trade mode. */
    private final LoadedConfig webserverConfig;
    private final String version;

    /** {@link #Rpc(Supplier, BotControl, LogRing, Clock, Path)} in the process's working directory. */
    public Rpc(Supplier<TradingBot> bot, BotControl control, LogRing logs, Clock clock) {
        this(bot, control, logs, clock, Path.of(""));
    }

    /**
     * Trade mode.
     *
     * @param bot              the current bot; null while a reload replaces it
     * @param control          the worker's state
     * @param logs             the in-memory log buffer
     * @param workingDirectory what a relative {@code strategy_path} is relative to
     */
    public Rpc(Supplier<TradingBot> bot, BotControl control, LogRing logs, Clock clock, Path workingDirectory) {
        this(bot, control, logs, clock, workingDirectory, null);
    }

    private Rpc(Supplier<TradingBot> bot, BotControl control, LogRing logs, Clock clock, Path workingDirectory,
                LoadedConfig webserverConfig) {
        this.bot = bot;
        this.control = control;
        this.logs = logs;
        this.clock = clock;
        this.webserverConfig = webserverConfig;
        this.resources = new RpcResources(this, workingDirectory, clock, webserverConfig);
        String v = Rpc.class.getPackage().getImplementationVersion();
        this.version = v == null ? "dev" : v;
    }

    /**
     * Webserver mode ({@code hertz webserver}): no bot, the API works from {@code config} alone.
     *
     * @param workingDirectory what a relative {@code strategy_path} is relative to
     */
    public static Rpc webserver(LoadedConfig config, LogRing logs, Clock clock, Path workingDirectory) {
        return new Rpc(() -> null, null, logs, clock, workingDirectory, config);
    }

    /** Whether this facade serves no bot ({@link #webserver}). */
    public boolean isWebserver() {
        return webserverConfig != null;
    }

    /** Strategies, plot configs, stored candles, markets, exchanges, host info, pairlist trials: served with or without a bot. */
    public RpcResources resources() {
        return resources;
    }

    /** Force exit and entry, cancel open order, delete, reload from exchange: the operations that act on trades. */
    public RpcTradeActions tradeActions() {
        return new RpcTradeActions(this);
    }

    /** The current bot, or null when there is none (webserver mode, or a reload in progress). */
    TradingBot currentBot() {
        return bot.get();
    }

    TradingBot bot() {
        TradingBot current = bot.get();
        if (current == null) {
            throw new RpcException(BOT_NOT_READY);
        }
        return current;
    }

    private BotControl control() {
        if (control == null) {
            throw new RpcException(BOT_NOT_READY);
        }
        return control;
    }

    BotContext ctx() {
        return bot().context();
    }

    /** Trading (RUNNING, or PAUSED which still manages trades) or else {@code trader is not running}. */
    void requireRunning() {
        BotState state = control().state();
        if (state != BotState.RUNNING && state != BotState.PAUSED) {
            throw new RpcException(NOT_RUNNING);
        }
    }

    /** {@code /show_config} without {@code api_version} (Telegram's). */
    public ShowConfig showConfig() {
        return showConfig(null);
    }

    /**
     * {@code /show_config}.
     *
     * @param apiVersion the REST API version the caller advertises ({@code api_version})
     */
    public ShowConfig showConfig(Double apiVersion) {
        if (isWebserver()) {
            return ShowConfig.of(version, apiVersion, webserverConfig.typed(), null, null, RunMode.WEBSERVER.value());
        }
        BotContext ctx = ctx();
        return ShowConfig.of(version, apiVersion, ctx.config(), ctx.strategy(), control().state(),
                ctx.config().dryRun() ? RunMode.DRY_RUN.value() : RunMode.LIVE.value());
    }

    /**
     * {@code /status}: the given trades (open or closed), or every open trade when {@code tradeIds}
     * is null or empty.
     *
     * @throws RpcException {@code no active trade} when none matches
     */
    public List<OpenTradeJson> tradeStatus(List<Long> tradeIds) {
        BotContext ctx = ctx();
        List<Trade> trades = tradeIds == null || tradeIds.isEmpty() ? ctx.trades().openTrades()
                : tradeIds.stream().distinct().sorted().map(id -> ctx.trades().findById(id).orElse(null))
                        .filter(t -> t != null).toList();
        if (trades.isEmpty()) {
            throw new RpcException("no active trade");
        }
        Instant now = clock.instant();
        return trades.stream().map(t -> TradeStatus.of(ctx, t, now)).toList();
    }

    /** {@code /status} of the API: every open trade in id order, an empty list when there is none. */
    public List<OpenTradeJson> openTradeStatus() {
        BotContext ctx = ctx();
        Instant now = clock.instant();
        return ctx.trades().openTrades().stream().sorted(Comparator.comparing(Trade::id))
                .map(t -> TradeStatus.of(ctx, t, now)).toList();
    }

    /**
     * {@code /trades}: closed trades. With {@code limit} > 0 a page ordered by close date
     * descending (by id ascending with {@code orderById}); with 0 every closed trade, newest close
     * first, and {@code offset} ignored. The caller caps {@code limit}.
     */
    public TradeHistory tradeHistory(int limit, int offset, boolean orderById) {
        if (limit < 0 || offset < 0) {
            throw new RpcException("limit and offset must not be negative");
        }
        if (limit > 0 && orderById) {
            // the page FreqUI and freqtrade-client ask for: read only its rows, not every closed trade
            TradeRepository trades = ctx().trades();
            List<Trade> page = trades.closedTrades(limit, offset);
            return new TradeHistory(page.stream().map(TradeJson::of).toList(), page.size(), offset,
                    trades.count(false));
        }
        return TradeHistory.page(closedTrades(), limit, offset, orderById);
    }

    /** {@code /profit}: statistics over closed trades since {@code start} (null = all) and the open trades. */
    public ProfitStatistics tradeStatistics(Instant start) {
        BotContext ctx = ctx();
        return profit(ctx, ctx.trades().allTrades(), start);
    }

    /**
     * {@code /profit_all}: the {@code /profit} statistics over all trades and, outside spot
     * trading, over the long and the short trades alone (null in spot).
     */
    public ProfitAll profitAll() {
        BotContext ctx = ctx();
        List<Trade> all = ctx.trades().allTrades();
        if (ctx.config().tradingMode() == TradingMode.SPOT) {
            return new ProfitAll(profit(ctx, all, null), null, null);
        }
        return new ProfitAll(profit(ctx, all, null),
                profit(ctx, all.stream().filter(t -> !t.isShort()).toList(), null),
                profit(ctx, all.stream().filter(Trade::isShort).toList(), null));
    }

    private ProfitStatistics profit(BotContext ctx, List<Trade> trades, Instant start) {
        Instant botStart = new KeyValueStore(ctx.database()).getDatetime(KeyValueStore.BOT_START_TIME).orElse(null);
        return ProfitCalculator.compute(ctx, trades, start == null ? Instant.EPOCH : start,
                ctx.wallets().getStartingBalance(), ctx.wallets().getTotalStakeAmount(), botStart, clock.instant());
    }

    /** {@code /historic_balance}: the wallet's value after each closed trade (see {@link WalletHistory}). */
    public WalletHistory historicBalance() {
        BotContext ctx = ctx();
        return WalletHistory.of(ctx.trades().allTrades(), ctx.wallets().getStartingBalance());
    }

    /** {@code /stats}. */
    public Stats stats() {
        return PerformanceReports.stats(closedTrades());
    }

    /** {@code /performance}: per pair, by absolute profit descending. */
    public List<PairPerformance> performance() {
        return PerformanceReports.pairs(closedTrades());
    }

    /** {@code /entries}; {@code pair} null = all pairs. */
    public List<TagPerformance> enterTagPerformance(String pair) {
        return PerformanceReports.tags(closedTrades(pair), "enter_tag", Trade::enterTag);
    }

    /** {@code /exits}; {@code pair} null = all pairs. */
    public List<TagPerformance> exitReasonPerformance(String pair) {
        return PerformanceReports.tags(closedTrades(pair), "exit_reason", Trade::exitReason);
    }

    /** {@code /mix_tags}; {@code pair} null = all pairs. */
    public List<TagPerformance> mixTagPerformance(String pair) {
        return PerformanceReports.mixTags(closedTrades(pair));
    }

    /**
     * {@code /daily}, {@code /weekly}, {@code /monthly}: the {@code timescale} newest periods.
     *
     * @throws RpcException when {@code timescale} is not greater than 0
     */
    public TimeUnitProfit timeunitProfit(int timescale, TimeUnitProfit.Unit unit) {
        if (timescale <= 0) {
            throw new RpcException("timescale must be an integer greater than 0");
        }
        BotContext ctx = ctx();
        LocalDate today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        return new TimeUnitProfit(ctx.config().stakeCurrency(), "", PerformanceReports.periods(closedTrades(), today,
                unit, timescale, ctx.wallets().getTotalStakeAmount()));
    }

    /**
     * {@code /pair_candles}: the bot's latest analysed frame of {@code pair}. A pair the bot has
     * not analysed, or a timeframe other than the strategy's, gives the empty table.
     *
     * @param limit   the newest {@code limit} candles; null or 0 = all
     * @param columns indicator columns to keep besides date, OHLCV and signals; null = all
     * @throws RpcException ({@link RpcException.Kind#INPUT}) for a bad timeframe or a negative limit
     */
    public PairHistory pairCandles(String pair, String timeframe, Integer limit, List<String> columns) {
        BotContext ctx = ctx();
        Optional<StrategyAnalyzer.Analyzed> latest = ctx.strategy().timeframe().equals(timeframe)
                ? ctx.analyzer().latest(pair) : Optional.empty();
        return PairHistoryJson.of(ctx.strategy(), pair, timeframe,
                latest.map(StrategyAnalyzer.Analyzed::frame).orElse(null), limit, columns,
                latest.map(StrategyAnalyzer.Analyzed::analyzedAt).orElse(Instant.EPOCH));
    }

    /**
     * The WebSocket's {@code analyzed_df} reply: the latest analysed frame of {@code pair} (null =
     * every whitelist pair), its last {@code limit} rows (null = all), one message per pair.
     */
    public List<RpcMessage.AnalyzedDf> analyzedDataframes(String pair, Integer limit) {
        BotContext ctx = ctx();
        String timeframe = ctx.strategy().timeframe();
        String candleType = ctx.config().tradingMode() == TradingMode.FUTURES ? "futures" : "spot";
        List<String> pairs = pair != null ? List.of(pair) : ctx.pairlists().whitelist();
        return pairs.stream().map(p -> {
            Optional<StrategyAnalyzer.Analyzed> latest = ctx.analyzer().latest(p);
            Frame frame = latest.map(StrategyAnalyzer.Analyzed::frame).orElse(null);
            int first = frame == null || limit == null || limit <= 0 ? 0 : Math.max(0, frame.length() - limit);
            return new RpcMessage.AnalyzedDf(new RpcMessage.AnalyzedRow(
                    new RpcMessage.PairKey(p, timeframe, candleType),
                    frame == null ? null : frame.tail(frame.length() - first), first,
                    latest.map(StrategyAnalyzer.Analyzed::analyzedAt).orElse(Instant.EPOCH)));
        }).toList();
    }

    /** {@code /balance}: the wallet's coins valued in the stake currency. */
    public BalanceResult balance() {
        return BalanceReport.of(ctx());
    }

    /** {@code /count}; requires a trading bot. */
    public TradeCount count() {
        requireRunning();
        BotContext ctx = ctx();
        List<Trade> open = ctx.trades().openTrades();
        double stake = 0;
        for (Trade t : open) {
            stake += t.openRate() * t.amount();
        }
        return new TradeCount(open.size(), ctx.strategy().maxOpenTrades(), stake);
    }

    /** {@code /locks}: the locks in force now (side {@code *} only, as freqtrade's snapshot). */
    public Locks locks() {
        List<LockJson> active = ctx().pairLocks().getPairLocks(null, clock.instant(), "*").stream()
                .map(LockJson::of).toList();
        return new Locks(active.size(), active);
    }

    /** Releases the lock {@code lockId} or, without an id, every active lock of {@code pair}; returns {@link #locks()}. */
    public Locks deleteLock(Long lockId, String pair) {
        BotContext ctx = ctx();
        if (lockId != null) {
            new PairLockRepository(ctx.database()).unlockById(lockId);
        } else if (pair != null) {
            ctx.pairLocks().unlockPair(pair, clock.instant(), "*");
        }
        return locks();
    }

    /**
     * Locks {@code pair} ({@code *} = all) for {@code side} until the candle boundary after {@code until}.
     *
     * @throws RpcException when the side is not {@code long}, {@code short} or {@code *}
     */
    public LockJson addLock(String pair, Instant until, String reason, String side) {
        try {
            return LockJson.of(ctx().pairLocks().lockPair(pair, until, reason, clock.instant(),
                    side == null ? "*" : side));
        } catch (IllegalArgumentException e) {
            throw new RpcException(e.getMessage());
        }
    }

    /** {@code /whitelist}. */
    public WhitelistResult whitelist() {
        var pairlists = ctx().pairlists();
        List<String> list = pairlists.whitelist();
        return new WhitelistResult(pairlists.nameList(), list.size(), list);
    }

    /** {@code /blacklist}, adding {@code add} (pairs or wildcards; null = none) in memory first. */
    public BlacklistResult blacklist(List<String> add) {
        return BlacklistResult.adding(ctx().pairlists(), add == null ? List.of() : add);
    }

    /** Removes entries from the blacklist (in memory). */
    public BlacklistResult blacklistDelete(List<String> delete) {
        return BlacklistResult.deleting(ctx().pairlists(), delete);
    }

    /** {@code /start}. */
    public StatusMsg start() {
        if (control().state() == BotState.RUNNING) {
            return new StatusMsg("already running");
        }
        control.requestState(BotState.RUNNING);
        return new StatusMsg("starting trader ...");
    }

    /** {@code /stop}: only a trading bot is stopped. */
    public StatusMsg stop() {
        BotState state = control().state();
        if (state == BotState.RUNNING || state == BotState.PAUSED) {
            control.requestState(BotState.STOPPED);
            return new StatusMsg("stopping trader ...");
        }
        return new StatusMsg("already stopped");
    }

    /**
     * {@code /stopentry}: a running bot goes to PAUSED (trades still managed and exited, no new
     * entries) until {@code /start} or a reload. The reply is the same in every state.
     */
    public StatusMsg stopEntry() {
        if (control().state() == BotState.RUNNING) {
            control.requestState(BotState.PAUSED);
        }
        return new StatusMsg("No more entries will occur from now. Run /reload_config to reset.");
    }

    /** {@code /reload_config}. */
    public StatusMsg reloadConfig() {
        control().requestState(BotState.RELOAD_CONFIG);
        return new StatusMsg("Reloading config ...");
    }

    /** {@code /logs}: the newest {@code limit} records (null or ≤ 0 = the whole buffer). */
    public Logs logs(Integer limit) {
        List<Logs.Entry> entries = logs.last(limit == null ? 0 : limit).stream().map(Logs.Entry::of).toList();
        return new Logs(entries.size(), entries);
    }

    /** A copy of the configuration tree: the bot's (merged with its strategy), or the loaded one without a bot. */
    ObjectNode configTree() {
        return isWebserver() ? webserverConfig.config() : ctx().config().raw();
    }

    /** {@code /version}: Hertz's version ({@code dev} when run from the build tree). */
    public Version version() {
        return new Version(version);
    }

    /**
     * {@code /edge}: Hertz has no Edge positioning, so this always refuses.
     *
     * @throws RpcException {@code Edge is not enabled.}
     */
    public List<Map<String, Object>> edge() {
        throw new RpcException("Edge is not enabled.");
    }

    /** {@code /marketdir} without argument: the strategy's current market direction. */
    public MarketDirection marketDirection() {
        return ctx().strategy().marketDirection();
    }

    /** {@code /marketdir <direction>}: sets it on the running strategy (in memory; a reload resets it). */
    public void updateMarketDirection(MarketDirection direction) {
        ctx().strategy().setMarketDirection(direction);
    }

    /** {@code /health}. */
    public Health health() {
        TradingBot current = bot();
        KeyValueStore store = new KeyValueStore(current.context().database());
        return Health.of(current.lastProcess().orElse(null),
                store.getDatetime(KeyValueStore.BOT_START_TIME).orElse(null),
                store.getDatetime(KeyValueStore.STARTUP_TIME).orElse(null));
    }

    /**
     * {@code /trades/{id}/custom-data}: the trade's custom data, all keys or the one {@code key}
     * (null or empty = all), values decoded.
     *
     * @throws RpcException {@link RpcException.Kind#NOT_FOUND} {@code No trade found for trade_id: <id>}
     */
    public List<TradeCustomData> tradeCustomData(long tradeId, String key) {
        BotContext ctx = ctx();
        if (ctx.trades().findById(tradeId).isEmpty()) {
            throw new RpcException(RpcException.Kind.NOT_FOUND, "No trade found for trade_id: " + tradeId);
        }
        List<TradeCustomData.Entry> entries = customData(tradeId, key == null || key.isEmpty() ? null : key)
                .stream().map(TradeCustomData.Entry::of).toList();
        return List.of(new TradeCustomData(tradeId, entries));
    }

    /** The custom data of a trade, all keys or the one {@code key}; empty when the trade does not exist. */
    public List<CustomDataJson> listCustomData(long tradeId, String key) {
        return customData(tradeId, key).stream().map(CustomDataJson::of).toList();
    }

    private List<CustomData> customData(long tradeId, String key) {
        CustomDataRepository repo = new CustomDataRepository(ctx().database());
        return key != null ? repo.get(tradeId, key).stream().toList() : repo.all(tradeId);
    }

    private List<Trade> closedTrades() {
        return closedTrades(null);
    }

    private List<Trade> closedTrades(String pair) {
        return ctx().trades().allTrades().stream()
                .filter(t -> !t.isOpen() && (pair == null || pair.equals(t.pair()))).toList();
    }
}
