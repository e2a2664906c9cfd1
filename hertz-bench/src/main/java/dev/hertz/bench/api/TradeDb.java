package dev.hertz.bench.api;

import dev.hertz.bench.BenchBot;
import dev.hertz.core.bot.TradeFromOrders;
import dev.hertz.core.bot.TradeStops;
import dev.hertz.core.config.TradingMode;
import dev.hertz.core.exchange.Precision;
import dev.hertz.core.exchange.PrecisionMode;
import dev.hertz.core.exchange.Rounding;
import dev.hertz.core.exchange.sim.SimMarketSpec;
import dev.hertz.core.persistence.Database;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.persistence.TradeRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a SQLite trade database for the API benchmark through the project's own
 * {@link TradeRepository}: closed trades first (an entry and an exit order each, closed by
 * {@link TradeFromOrders} so the profits are the engine's), then open trades (one filled entry
 * order each), dated before {@link BenchBot#START} as a bot that has traded for a month would have
 * them. Trades go round-robin over the given markets; prices stay within a few percent of each
 * market's price. The same seed writes the same rows, so Hertz and the peer read identical data.
 */
public final class TradeDb {
    public static final String STRATEGY = BenchBot.STRATEGY;
    /** SampleStrategy's stoploss, so the bot's startup does not re-initialise the stops. */
    static final double STOPLOSS = -0.10;
    static final double FEE = 0.001;
    static final double STAKE = 100.0;
    private static final Duration MONTH = Duration.ofDays(30);
    private static final List<String> EXIT_REASONS = List.of("roi", "exit_signal", "stop_loss", "trailing_stop_loss");

    /** How many trades of each kind the file holds. */
    public record Counts(long openTrades, long closedTrades) {
    }

    private final List<SimMarketSpec> markets;
    private final SplittableRandom random;
    private int orderSeq;

    private TradeDb(List<SimMarketSpec> markets, long seed) {
        if (markets.isEmpty()) {
            throw new IllegalArgumentException("TradeDb needs at least one market");
        }
        this.markets = markets;
        this.random = new SplittableRandom(seed);
    }

    /**
     * Creates {@code file} (which must not exist yet) with the trades.
     *
     * @return the counts read back from the written file
     */
    public static Counts write(Path file, List<SimMarketSpec> markets, int openTrades, int closedTrades, long seed) {
        if (openTrades < 0 || closedTrades < 0) {
            throw new IllegalArgumentException("Trade counts must be >= 0, got open=" + openTrades
                    + ", closed=" + closedTrades);
        }
        if (Files.exists(file)) {
            throw new IllegalArgumentException("Refusing to add benchmark trades to existing database " + file);
        }
        TradeDb builder = new TradeDb(markets, seed);
        try (Database db = Database.open("sqlite:///" + file.toAbsolutePath(), file.toAbsolutePath().getParent())) {
            TradeRepository trades = new TradeRepository(db);
            // the last closed trade opens two days before START, so even the longest (48 h) has closed
            Instant from = BenchBot.START.minus(MONTH).minus(Duration.ofDays(2));
            long spacing = MONTH.toMillis() / Math.max(1, closedTrades);
            for (int i = 0; i < closedTrades; i++) {
                trades.save(builder.closedTrade(i, from.plusMillis(i * spacing)));
            }
            for (int i = 0; i < openTrades; i++) {
                // opened during the last day before START, one after another
                Instant open = BenchBot.START.minus(Duration.ofDays(1)).plusSeconds(60L * i);
                trades.save(builder.openTrade(closedTrades + i, open));
            }
            return new Counts(trades.count(true), trades.count(false));
        }
    }

    /** The counts of a database written earlier. */
    public static Counts count(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No trade database " + file);
        }
        try (Database db = Database.open("sqlite:///" + file.toAbsolutePath(), file.toAbsolutePath().getParent())) {
            TradeRepository trades = new TradeRepository(db);
            return new Counts(trades.count(true), trades.count(false));
        }
    }

    private Trade openTrade(int n, Instant openDate) {
        SimMarketSpec market = markets.get(n % markets.size());
        Trade trade = entered(market, openDate, price(market));
        trade.setMaxRate(Math.max(trade.maxRate(), trade.openRate()));
        return trade;
    }

    private Trade closedTrade(int n, Instant openDate) {
        SimMarketSpec market = markets.get(n % markets.size());
        Trade trade = entered(market, openDate, price(market));
        double move = random.nextDouble(-0.06, 0.08);
        double closeRate = tick(trade.openRate() * (1 + move), market);
        Instant closeDate = openDate.plus(Duration.ofMinutes(5L * random.nextInt(1, 577)));
        trade.setMaxRate(Math.max(trade.openRate(), closeRate) * (1 + random.nextDouble(0.01)));
        trade.setMinRate(Math.min(trade.openRate(), closeRate) * (1 - random.nextDouble(0.01)));
        trade.setExitReason(EXIT_REASONS.get(random.nextInt(EXIT_REASONS.size())));
        trade.setCloseRateRequested(closeRate);
        Order exit = filled(trade, "sell", trade.amount(), closeRate, closeDate);
        trade.orders().add(exit);
        TradeFromOrders.updateTrade(trade, exit, false, closeDate);
        trade.setFeeCloseCost(exit.cost() * FEE);
        trade.setFeeCloseCurrency(market.quote());
        return trade;
    }

    /** A trade as the bot leaves it once its entry order filled: position, fees, stop from the orders. */
    private Trade entered(SimMarketSpec market, Instant openDate, double rate) {
        double amount = Precision.amountToPrecision(STAKE / rate, market.stepSize(), PrecisionMode.TICK_SIZE);
        Trade trade = new Trade();
        trade.setExchange("sim");
        trade.setPair(market.symbol());
        trade.setBaseCurrency(market.base());
        trade.setStakeCurrency(market.quote());
        trade.setStakeAmount(STAKE);
        trade.setAmountRequested(amount);
        trade.setFeeOpen(FEE);
        trade.setFeeClose(FEE);
        trade.setOpenRate(rate);
        trade.setOpenRateRequested(rate);
        trade.setOpenDate(openDate);
        trade.setStrategy(STRATEGY);
        trade.setEnterTag(random.nextInt(4) == 0 ? "enter_long_rsi" : null);
        trade.setTimeframe(5);
        trade.setTradingMode(TradingMode.SPOT);
        trade.setAmountPrecision(market.stepSize());
        trade.setPricePrecision(market.tickSize());
        trade.setPrecisionMode(PrecisionMode.TICK_SIZE.code());
        trade.setPrecisionModePrice(PrecisionMode.TICK_SIZE.code());
        trade.setContractSize(1.0);
        Order entry = filled(trade, "buy", amount, rate, openDate.plusSeconds(random.nextInt(1, 120)));
        trade.orders().add(entry);
        TradeFromOrders.updateTrade(trade, entry, false, openDate);
        TradeStops.adjustStopLoss(trade, trade.openRate(), STOPLOSS, true, false);
        trade.setFeeOpenCost(entry.cost() * FEE);
        trade.setFeeOpenCurrency(market.quote());
        return trade;
    }

    private Order filled(Trade trade, String side, double amount, double price, Instant filledAt) {
        Instant placed = filledAt.minusSeconds(random.nextInt(1, 60));
        Order o = new Order(side, trade.pair(), "dry_run_" + side + "_" + (++orderSeq), amount, price, placed);
        o.setFtIsOpen(false);
        o.setStatus("closed");
        o.setSymbol(trade.pair());
        o.setOrderType("limit");
        o.setSide(side);
        o.setPrice(price);
        o.setAverage(price);
        o.setAmount(amount);
        o.setFilled(amount);
        o.setRemaining(0.0);
        o.setCost(amount * price);
        o.setOrderFilledDate(filledAt);
        o.setOrderUpdateDate(filledAt);
        return o;
    }

    private double price(SimMarketSpec market) {
        return tick(market.price() * (1 + random.nextDouble(-0.05, 0.05)), market);
    }

    private static double tick(double price, SimMarketSpec market) {
        return Precision.priceToPrecision(price, market.tickSize(), PrecisionMode.TICK_SIZE, Rounding.ROUND);
    }
}
