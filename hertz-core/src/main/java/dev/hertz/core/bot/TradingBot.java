package dev.hertz.core.bot;

import dev.hertz.core.data.DataProvider;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.EntryExit;
import dev.hertz.core.exchange.HertzException;
import dev.hertz.core.exchange.OrderType;
import dev.hertz.core.exchange.Precision;
import dev.hertz.core.persistence.KeyValueStore;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.InformativePair;
import dev.hertz.core.strategy.SignalDirection;
import dev.hertz.core.strategy.StrategyAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One dry-run/live bot (freqtrade's {@code FreqtradeBot}): each {@link #process} runs the steps
 * of one iteration in freqtrade's order — pairlist, candles, analysis, open orders, exits,
 * position adjustment, entries.
 */
public final class TradingBot implements TradingLoop {
    private static final Logger LOG = LoggerFactory.getLogger(TradingBot.class);

    private final BotContext ctx;
    private final Timeframe timeframe;
    private final EntryExecutor entries;
    private final ExitExecutor exits;
    private final OpenOrderManager openOrders;
    private final PositionAdjuster adjuster;
    private final BotMessages messages;
    private final Runnable onClose;
    /** Held while orders are managed, trades exited and entered, so RPC actions never interleave. */
    private final ReentrantLock exitLock = new ReentrantLock();
    private volatile Instant lastProcess;

    /**
     * @param onClose releases what the composition root opened for this bot (the database)
     */
    public TradingBot(BotContext ctx, Runnable onClose) {
        this.ctx = ctx;
        this.timeframe = Timeframe.parse(ctx.strategy().timeframe());
        this.messages = new BotMessages(ctx);
        TradeMessages tradeMessages = new TradeMessages(ctx, messages);
        this.entries = new EntryExecutor(ctx, tradeMessages);
        this.exits = new ExitExecutor(ctx, tradeMessages);
        this.openOrders = new OpenOrderManager(ctx, exits, entries, tradeMessages);
        this.adjuster = new PositionAdjuster(ctx, entries, exits);
        this.onClose = onClose;
        ctx.strategy().setDataProvider(ctx.data());
        Safely.run("bot_start", ctx.strategy()::ftBotStart);
    }

    public BotContext context() {
        return ctx;
    }

    @Override
    public void startup() {
        messages.startup();
        Instant now = ctx.clock().instant();
        List<Trade> open = ctx.trades().openTrades();
        new KeyValueStore(ctx.database()).recordStartup(now, ctx.trades());
        for (Trade trade : open) {
            // a changed strategy stoploss applies to trades whose stop has not trailed yet
            Double initialPct = trade.initialStopLossPct();
            if (!trade.isStopLossTrailing() && initialPct != null && initialPct != ctx.strategy().stoploss()) {
                trade.setStopLoss(0);
                trade.setInitialStopLossPct(null);
                TradeStops.adjustStopLoss(trade, trade.openRate(), ctx.strategy().stoploss(), true, false);
                ctx.trades().save(trade);
                LOG.info("Stoploss for {} re-initialised to {}.", trade, ctx.strategy().stoploss());
            }
        }
        if (ctx.exchange() instanceof DryRunExchange dryRun) {
            // orders of the previous run are simulated again instead of being forgotten
            dryRun.restoreAll(ctx.trades().openOrders());
        } else if (!ctx.config().raw().path("exchange").path("skip_open_order_update").asBoolean(false)) {
            // live: what happened to our orders while the bot was down is on the exchange
            exitLock.lock();
            try {
                openOrders.manage(open);
            } finally {
                exitLock.unlock();
            }
        }
        ctx.wallets().update();
        LOG.info("Bot started: {} open trades, strategy {}, timeframe {}, exchange {}{}.", open.size(),
                ctx.strategy().name(), timeframe, ctx.exchange().name(), ctx.config().dryRun() ? " (dry-run)" : "");
    }

    @Override
    public void process(boolean allowEntries) {
        List<Trade> open = ctx.trades().openTrades();
        ctx.pairlists().refreshPairlist();
        List<String> whitelist = new ArrayList<>(ctx.pairlists().whitelist());
        Set<String> pairs = new LinkedHashSet<>(whitelist);
        open.forEach(t -> pairs.add(t.pair()));
        messages.whitelist(List.copyOf(pairs));

        List<DataProvider.PairTimeframe> wanted = wanted(pairs);
        ctx.data().refresh(wanted);
        ctx.data().retainOnly(wanted);
        Instant now = ctx.clock().instant();
        Safely.run("bot_loop_start", () -> ctx.strategy().botLoopStart(now));
        boolean emit = ctx.data().emitsAnalyzedDataframes();
        for (String pair : pairs) {
            StrategyAnalyzer.Analyzed before = emit ? ctx.analyzer().latest(pair).orElse(null) : null;
            ctx.analyzer().analyze(pair, ctx.data().ohlcv(pair, timeframe));
            if (emit) {
                messages.analyzed(pair, before, ctx.analyzer().latest(pair).orElse(null));
            }
        }

        exitLock.lock();
        try {
            // read again under the lock: a force exit or delete from an RPC thread may have changed
            // the trades since the read above, and saving those stale copies would undo it
            open = openOrders.manage(ctx.trades().openTrades());
            exits.exitPositions(open);
            open = open.stream().filter(Trade::isOpen).toList();
            if (ctx.strategy().positionAdjustmentEnable()) {
                adjuster.adjust(open);
            }
            if (allowEntries) {
                entries.enterPositions(whitelist, open);
            }
        } finally {
            exitLock.unlock();
        }
        messages.strategyMessages();
        lastProcess = ctx.clock().instant();
    }

    /** When the last {@link #process} finished; empty before the first one. */
    public Optional<Instant> lastProcess() {
        return Optional.ofNullable(lastProcess);
    }

    /**
     * Runs {@code action} holding the lock the loop holds while it manages orders and exits and
     * enters trades (freqtrade's {@code _exit_lock}): RPC actions on trades never interleave with a step.
     */
    public <T> T withExitLock(Supplier<T> action) {
        exitLock.lock();
        try {
            return action.get();
        } finally {
            exitLock.unlock();
        }
    }

    /**
     * Force exit (RPC): cancels the trade's open orders (entries with reason {@code forcesold}),
     * then exits at a fresh rate (or the given limit price) with {@code force_exit}.
     *
     * @param type   order type, or null for {@code order_types.force_exit}
     * @param amount a partial amount, or null for the whole position
     * @param price  the exit order's limit price, or null for the current exit rate
     * @return false when an order could not be cancelled or the exit was not placed
     */
    public boolean forceExit(Trade trade, OrderType type, Double amount, Double price) {
        return withExitLock(() -> {
            openOrders.cancelAll(trade, "forcesold");
            if (!trade.isOpen() || trade.hasOpenOrders()) {
                return false;
            }
            double rate = price != null ? price
                    : ctx.prices().getRate(trade.pair(), true, EntryExit.EXIT, trade.isShort());
            Double sub = amount != null && amount < trade.amount()
                    ? Precision.amountToPrecision(ctx.exchange().market(trade.pair()), amount) : null;
            return exits.executeExit(trade, rate, ExitCheck.of(ExitType.FORCE_EXIT), type, sub);
        });
    }

    /**
     * Force entry (RPC): a new trade on {@code pair}, or more of the open one when position
     * adjustment is on.
     *
     * @param price     limit price, or null for the current entry rate
     * @param stake     stake, or null for the wallet's per-trade stake
     * @param orderType order type, or null for {@code order_types.force_entry}
     * @return the trade, or empty when no order was placed
     */
    public Optional<Trade> forceEnter(String pair, SignalDirection side, Double price, Double stake,
                                      OrderType orderType, String tag) {
        return withExitLock(() -> {
            OrderType type = orderType != null ? orderType : ctx.entryOrderType(true);
            double amount = stake != null ? stake : ctx.wallets().getTradeStakeAmount(pair, ctx.config().maxOpenTrades());
            Optional<Trade> open = ctx.trades().openTrades(pair).stream().findFirst();
            if (open.isPresent()) {
                double rate = price != null ? price
                        : ctx.prices().getRate(pair, true, EntryExit.ENTRY, open.get().isShort());
                return entries.executeAdjustmentEntry(open.get(), amount, rate, tag)
                        ? ctx.trades().findById(open.get().id()) : Optional.<Trade>empty();
            }
            return Optional.ofNullable(entries.executeEntry(pair, amount, side, tag, price, type));
        });
    }

    /**
     * Reload from exchange (RPC): fetches every order of the trade the exchange still knows and
     * applies it as a recovery pass (freqtrade's {@code handle_onexchange_order} for the orders in
     * the database; the {@link dev.hertz.core.exchange.Exchange} interface cannot list unknown
     * ones). An order the exchange does not know, or that cannot be fetched now, is skipped.
     */
    public void reloadTrade(Trade trade) {
        withExitLock(() -> {
            for (var row : List.copyOf(trade.orders())) {
                if (row.orderId() == null || row.orderId().isEmpty()) {
                    continue;
                }
                try {
                    var order = ctx.exchange().fetchOrder(row.orderId(), trade.pair());
                    ctx.orders().updateTradeState(trade, row.orderId(), order, "stoploss".equals(row.ftOrderSide()),
                            false);
                } catch (HertzException e) {
                    LOG.warn("Could not reload order {} of trade {} from the exchange: {}", row.orderId(), trade.id(),
                            e.getMessage());
                }
            }
            ctx.trades().save(trade);
            ctx.wallets().update();
            return null;
        });
    }

    /** Cancels every open order of the trade (RPC); returns how many were cancelled. */
    public int cancelOpenOrders(Trade trade, String reason) {
        return withExitLock(() -> openOrders.cancelAll(trade, reason));
    }

    /**
     * Deletes a trade (RPC): its open orders are cancelled first, exchange errors ignored, so no
     * order keeps working for a trade the bot no longer knows.
     *
     * @return how many open orders were cancelled
     */
    public int deleteTrade(Trade trade) {
        return withExitLock(() -> {
            int cancelled = 0;
            for (var row : List.copyOf(trade.openOrders())) {
                try {
                    ctx.exchange().cancelOrder(row.orderId(), trade.pair());
                    cancelled++;
                } catch (HertzException e) {
                    LOG.warn("Could not cancel order {} of deleted trade {}: {}", row.orderId(), trade.id(),
                            e.getMessage());
                }
            }
            ctx.trades().delete(trade.id());
            ctx.wallets().update();
            return cancelled;
        });
    }

    private List<DataProvider.PairTimeframe> wanted(Set<String> pairs) {
        List<DataProvider.PairTimeframe> wanted = new ArrayList<>();
        pairs.forEach(p -> wanted.add(new DataProvider.PairTimeframe(p, timeframe)));
        List<InformativePair> informative = Safely.call("informative_pairs", List.of(),
                () -> ctx.strategy().informativePairs());
        for (InformativePair ip : informative) {
            wanted.add(new DataProvider.PairTimeframe(ip.pair(), Timeframe.parse(ip.timeframe())));
        }
        return wanted;
    }

    @Override
    public void processStopped() {
        if (ctx.config().cancelOpenOrdersOnExit()) {
            cancelAllOpenOrders();
        }
    }

    @Override
    public Timeframe timeframe() {
        return timeframe;
    }

    @Override
    public void checkForOpenTrades() {
        messages.openTradesWarning(ctx.trades().count(true));
    }

    @Override
    public void close() {
        cleanup(false);
    }

    @Override
    public void closeOnExit() {
        cleanup(true);
    }

    /** freqtrade's {@code cleanup}: open orders cancelled if configured, then the open-trades warning on exit. */
    private void cleanup(boolean exiting) {
        try {
            if (ctx.config().cancelOpenOrdersOnExit()) {
                cancelAllOpenOrders();
            }
            if (exiting) {
                checkForOpenTrades();
            }
        } catch (HertzException e) {
            LOG.warn("Exception during cleanup: {}", e.toString());
        } finally {
            onClose.run();
        }
    }

    /** Each open order cancelled as freqtrade's {@code cancel_all_open_orders} does, with its messages. */
    private void cancelAllOpenOrders() {
        exitLock.lock();
        try {
            for (Trade trade : ctx.trades().openTrades()) {
                try {
                    openOrders.cancelAll(trade, OpenOrderManager.ALL_CANCELLED);
                } catch (HertzException e) {
                    LOG.info("Can't query order for {} due to {}", trade, e.toString());
                }
            }
        } finally {
            exitLock.unlock();
        }
    }
}
