package dev.hertz.core.rpc;

import dev.hertz.core.testing.ManualClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.bot.BotContext;
import dev.hertz.core.bot.BotState;
import dev.hertz.core.bot.DryRunExchange;
import dev.hertz.core.bot.OrderUpdater;
import dev.hertz.core.bot.StrategyExits;
import dev.hertz.core.bot.TradingBot;
import dev.hertz.core.bot.Wallets;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.data.DataProvider;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.PriceDiscovery;
import dev.hertz.core.exchange.sim.SimExchange;
import dev.hertz.core.logging.LogRing;
import dev.hertz.core.pairlist.PairListContext;
import dev.hertz.core.pairlist.PairListManager;
import dev.hertz.core.pairlist.RepositoryTradeStatistics;
import dev.hertz.core.persistence.Database;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.PairLockRepository;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.persistence.TradeRepository;
import dev.hertz.core.protection.DatabasePairLocks;
import dev.hertz.core.protection.PairLocks;
import dev.hertz.core.protection.ProtectionManager;
import dev.hertz.core.protection.RepositoryTradeHistory;
import dev.hertz.core.strategy.ResolvedStrategy;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.StrategyAnalyzer;
import dev.hertz.core.strategy.StrategyResolver;
import dev.hertz.core.config.TradingMode;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A dry-run bot on the simulated exchange over a SQLite file, wired as the composition root
 * wires one, with time under the test's control.
 */
final class RpcBot implements AutoCloseable {
    static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The worker state, held in memory: the RPC layer only reads and requests it. */
    static final class Control implements BotControl {
        volatile BotState state = BotState.RUNNING;
        volatile BotState requested;

        @Override
        public BotState state() {
            return state;
        }

        @Override
        public void requestState(BotState next) {
            requested = next;
        }
    }

    final ManualClock clock = new ManualClock(NOW);
    final Database db;
    final TradeRepository trades;
    final TradingBot bot;
    final Control control = new Control();
    final LogRing logs = new LogRing();
    final Rpc rpc;

    RpcBot(Path dir, String extraConfig) {
        ObjectNode config = config(extraConfig);
        ResolvedStrategy resolved = new StrategyResolver(dir).load(config, RunMode.DRY_RUN);
        Strategy strategy = resolved.strategy();
        HertzConfig cfg = HertzConfig.from(resolved.config());
        db = Database.open("sqlite:///" + dir.resolve("rpc.sqlite"), dir);
        trades = new TradeRepository(db);
        SimExchange sim = SimExchange.fromConfig(cfg.exchange().sim(), clock);
        AtomicReference<Wallets> walletRef = new AtomicReference<>();
        Exchange orders = new DryRunExchange(sim, cfg.fee(), clock, () -> walletRef.get().allBalances());
        Wallets wallets = new Wallets(cfg, orders, new Wallets.TradeSource() {
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
        Timeframe tf = Timeframe.parse(strategy.timeframe());
        PairLocks locks = new DatabasePairLocks(new PairLockRepository(db), tf, clock);
        ProtectionManager protections = new ProtectionManager(List.of(), new RepositoryTradeHistory(trades), locks,
                clock);
        PairListManager pairlists = new PairListManager(new PairListContext(orders, cfg, RunMode.DRY_RUN, clock,
                new RepositoryTradeStatistics(trades)));
        DataProvider data = new DataProvider(orders, clock, tf, 500);
        OrderUpdater updater = new OrderUpdater(orders, wallets, clock, strategy.stoploss(), cfg.stakeCurrency(), null);
        BotContext ctx = new BotContext(cfg, strategy, new StrategyAnalyzer(strategy, clock),
                StrategyExits.rules(strategy, cfg), orders,
                new PriceDiscovery(orders, cfg.entryPricing(), cfg.exitPricing(), clock), data, pairlists, locks,
                protections, wallets, updater, db, trades, clock);
        bot = new TradingBot(ctx, db::close);
        rpc = new Rpc(() -> bot, control, logs, clock);
    }

    private static ObjectNode config(String extra) {
        try {
            ObjectNode base = (ObjectNode) JSON.readTree("""
                    {"dry_run": true, "stake_currency": "USDT", "stake_amount": 100, "max_open_trades": 3,
                     "available_capital": 1000, "dry_run_wallet": 1000, "bot_name": "rpcbot",
                     "strategy": "DemoStrategy", "force_entry_enable": true,
                     "exchange": {"name": "sim", "pair_whitelist": ["BTC/USDT", "ETH/USDT"],
                                  "pair_blacklist": ["DOGE/USDT"], "sim": {"start": "2024-03-10T12:00:00Z"}},
                     "pairlists": [{"method": "StaticPairList"}],
                     "entry_pricing": {"price_side": "same"}, "exit_pricing": {"price_side": "same"}}
                    """);
            if (extra != null) {
                ((ObjectNode) JSON.readTree(extra)).properties().forEach(e -> base.set(e.getKey(), e.getValue()));
            }
            return base;
        } catch (Exception e) {
            throw new IllegalArgumentException(extra, e);
        }
    }

    /**
     * Stores a closed spot trade with a filled entry (cost 100) and exit (cost 100 + profit).
     */
    Trade closedTrade(String pair, String openedAt, String closedAt, double ratio, double abs, String exitReason,
                      String tag) {
        Instant open = Instant.parse(openedAt);
        Instant close = Instant.parse(closedAt);
        Trade t = newTrade(pair, open, tag);
        t.setOpen(false);
        t.setCloseDate(close);
        t.setCloseRate(100 + abs);
        t.setCloseProfit(ratio);
        t.setCloseProfitAbs(abs);
        t.setRealizedProfit(abs);
        t.setExitReason(exitReason);
        t.orders().add(filled("buy", pair, pair + "-in-" + openedAt, 1, 100, open));
        t.orders().add(filled("sell", pair, pair + "-out-" + closedAt, 1, 100 + abs, close));
        return trades.save(t);
    }

    /** Stores an open trade of {@code amount} bought at {@code rate}. */
    Trade openTrade(String pair, double amount, double rate, String openedAt) {
        Instant open = Instant.parse(openedAt);
        Trade t = newTrade(pair, open, null);
        t.setAmount(amount);
        t.setAmountRequested(amount);
        t.setOpenRate(rate);
        t.setStakeAmount(amount * rate);
        t.setStopLoss(rate * 0.9);
        t.recalcOpenTradeValue();
        t.orders().add(filled("buy", pair, pair + "-in-" + openedAt, amount, rate, open));
        return trades.save(t);
    }

    private static Trade newTrade(String pair, Instant open, String tag) {
        Trade t = new Trade();
        t.setExchange("sim");
        t.setPair(pair);
        t.setBaseCurrency(pair.split("/")[0]);
        t.setStakeCurrency("USDT");
        t.setStakeAmount(100);
        t.setAmount(1);
        t.setAmountRequested(1.0);
        t.setOpenRate(100);
        t.setFeeOpen(0.0);
        t.setFeeClose(0.0);
        t.setOpenDate(open);
        t.setStrategy("DemoStrategy");
        t.setEnterTag(tag);
        t.setTimeframe(1);
        t.setTradingMode(TradingMode.SPOT);
        t.setOpen(true);
        t.recalcOpenTradeValue();
        return t;
    }

    static Order filled(String side, String pair, String id, double amount, double price, Instant at) {
        Order o = new Order(side, pair, id, amount, price, at);
        o.setFtIsOpen(false);
        o.setStatus("closed");
        o.setOrderType("limit");
        o.setSide(side);
        o.setSymbol(pair);
        o.setAmount(amount);
        o.setPrice(price);
        o.setAverage(price);
        o.setFilled(amount);
        o.setRemaining(0.0);
        o.setCost(amount * price);
        o.setOrderFilledDate(at);
        return o;
    }

    @Override
    public void close() {
        bot.close();
    }
}
