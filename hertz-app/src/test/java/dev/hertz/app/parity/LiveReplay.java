package dev.hertz.app.parity;

import dev.hertz.core.bot.BotContext;
import dev.hertz.core.bot.DryRunExchange;
import dev.hertz.core.bot.OrderUpdater;
import dev.hertz.core.bot.StrategyExits;
import dev.hertz.core.bot.TradingBot;
import dev.hertz.core.bot.Wallets;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.data.DataProvider;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.PriceDiscovery;
import dev.hertz.core.pairlist.PairListContext;
import dev.hertz.core.pairlist.PairListManager;
import dev.hertz.core.pairlist.RepositoryTradeStatistics;
import dev.hertz.core.persistence.Database;
import dev.hertz.core.persistence.PairLockRepository;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.persistence.TradeRepository;
import dev.hertz.core.protection.DatabasePairLocks;
import dev.hertz.core.protection.PairLocks;
import dev.hertz.core.protection.ProtectionManager;
import dev.hertz.core.protection.RepositoryTradeHistory;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.StrategyAnalyzer;
import dev.hertz.core.strategy.StrategyResolver;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The live side of the parity property: a real dry-run {@link TradingBot}, wired part by part as
 * {@code BotAssembly} wires one (a {@link DryRunExchange} over the market, wallets, SQLite
 * trades and pair locks, the static pairlist, the candle cache), except that the market is a
 * {@link ReplayExchange} and time is a {@link ReplayClock}.
 *
 * <p>The clock stands at each candle's open, i.e. the instant the previous candle closed, and the
 * bot runs one {@code process()} there: it sees every candle closed so far, and whatever it orders
 * fills at that open. At the last candle it no longer enters and force-exits what is still open,
 * as the backtester closes its run.
 */
final class LiveReplay {
    private LiveReplay() {
    }

    /** Runs the case through a fresh bot with its database in {@code dir}; the closed trades, in entry order. */
    static List<Trade> run(ParityCase c, Path dir) {
        ReplayClock clock = new ReplayClock(Instant.ofEpochMilli(c.firstDate()));
        Strategy strategy = c.strategy();
        HertzConfig config = HertzConfig.from(StrategyResolver.resolve(strategy, c.config(), RunMode.DRY_RUN).config());
        Database db = Database.open("sqlite:///" + dir.resolve("parity.sqlite"), dir);
        TradeRepository trades = new TradeRepository(db);
        TradingBot bot = bot(c, clock, strategy, config, db, trades);
        try {
            bot.startup();
            long tf = c.timeframe().millis();
            for (long open = c.firstDate() + tf; open <= c.lastDate(); open += tf) {
                clock.set(Instant.ofEpochMilli(open));
                bot.process(open < c.lastDate());
            }
            for (Trade open : trades.openTrades()) {
                if (!bot.forceExit(open, null, null, null)) {
                    throw new IllegalStateException("Force exit of " + open + " placed no order");
                }
            }
            if (!trades.openTrades().isEmpty()) {
                throw new IllegalStateException("Trades still open after the force exits: " + trades.openTrades());
            }
            return trades.allTrades().stream().sorted(ParityCase.ENTRY_ORDER).toList();
        } finally {
            bot.close();
        }
    }

    private static TradingBot bot(ParityCase c, ReplayClock clock, Strategy strategy, HertzConfig config, Database db,
                                  TradeRepository trades) {
        Exchange market = new ReplayExchange(c.candles(), c.timeframe(), clock, ParityCase.FEE);
        AtomicReference<Wallets> walletRef = new AtomicReference<>();
        Exchange orders = new DryRunExchange(market, config.fee(), clock, () -> walletRef.get().allBalances());
        Wallets wallets = new Wallets(config, orders, new Wallets.TradeSource() {
            @Override
            public List<Trade> openTrades() {
                return trades.openTrades();
            }

            @Override
            public double totalClosedProfit() {
                return trades.totalClosedProfit();
            }
        }, clock, false);
        walletRef.set(wallets);
        PairLocks locks = new DatabasePairLocks(new PairLockRepository(db), c.timeframe(), clock);
        ProtectionManager protections = new ProtectionManager(List.of(), new RepositoryTradeHistory(trades), locks,
                clock);
        PairListManager pairlists = new PairListManager(new PairListContext(orders, config, RunMode.DRY_RUN, clock,
                new RepositoryTradeStatistics(trades)));
        // the whole replay fits in the cache, so the live analysis always sees every candle closed so far
        int keep = c.candles().values().iterator().next().size();
        DataProvider data = new DataProvider(orders, clock, c.timeframe(), keep);
        OrderUpdater updater = new OrderUpdater(orders, wallets, clock, strategy.stoploss(), config.stakeCurrency(),
                null);
        BotContext ctx = new BotContext(config, strategy, new StrategyAnalyzer(strategy, clock),
                StrategyExits.rules(strategy, config), orders,
                new PriceDiscovery(orders, config.entryPricing(), config.exitPricing(), clock), data, pairlists, locks,
                protections, wallets, updater, db, trades, clock);
        return new TradingBot(ctx, db::close);
    }
}
