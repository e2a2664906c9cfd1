package dev.hertz.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.bot.TradingBot;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.StakeLimits;
import dev.hertz.core.persistence.ProfitStruct;
import dev.hertz.core.persistence.Trade;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static dev.hertz.app.SqliteRows.dbl;
import static dev.hertz.app.SqliteRows.lng;
import static dev.hertz.app.SqliteRows.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The dry-run trading loop as a user sees it in the database: the real bot built by
 * {@link BotAssembly} on the simulated exchange, stepped one candle at a time with
 * {@code startup()} and {@code process()}, its SQLite file read back with plain JDBC.
 */
class TradingBotTest {

    @TempDir
    Path dir;
    private BotFixture fx;

    @BeforeEach
    void setUp() {
        fx = new BotFixture(dir);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void entriesBecomeTradesWithTheirOrderRowsAndFreqtradesFields() {
        TradingBot bot = fx.strategy().start(BotFixture.config("{}"));
        bot.process(true);

        List<Map<String, Object>> trades = fx.rows("SELECT * FROM trades ORDER BY id");
        assertThat(trades).extracting(t -> t.get("pair")).containsExactly("BTC/USDT", "ETH/USDT");
        for (Map<String, Object> t : trades) {
            String pair = (String) t.get("pair");
            assertThat(t).containsEntry("is_open", 1).containsEntry("exchange", "sim")
                    .containsEntry("strategy", BotFixture.STRATEGY).containsEntry("enter_tag", "every_candle")
                    .containsEntry("timeframe", 1).containsEntry("is_short", 0).containsEntry("trading_mode", "SPOT")
                    .containsEntry("base_currency", pair.substring(0, pair.indexOf('/')))
                    .containsEntry("stake_currency", "USDT");
            assertThat(time(t, "open_date")).isEqualTo(fx.now());

            double openRate = dbl(t, "open_rate");
            double stake = dbl(t, "stake_amount");
            Market market = bot.context().exchange().market(pair);
            double minStake = StakeLimits.minPairStakeAmount(market, openRate, -0.5, 1.0).orElseThrow();
            // 20 USDT asked for; once filled the stake is what the amount (truncated to the step) cost
            assertThat(stake).isCloseTo(dbl(t, "amount") * openRate, within(1e-9))
                    .isBetween(20 - market.amountPrecision() * openRate, 20.0)
                    .isBetween(minStake, StakeLimits.maxPairStakeAmount(market, openRate, 1.0));
            assertThat(dbl(t, "amount_requested")).isCloseTo(20 / openRate, within(1e-12));
            // filled at once on the ask: the taker rate of the market, for the exit estimate too
            assertThat(dbl(t, "fee_open")).isEqualTo(BotFixture.TAKER_FEE);
            assertThat(dbl(t, "fee_close")).isEqualTo(BotFixture.TAKER_FEE);
            assertThat(t.get("fee_open_currency")).isEqualTo("USDT");

            List<Map<String, Object>> orders = fx.rows("SELECT * FROM orders WHERE ft_trade_id = ?", t.get("id"));
            assertThat(orders).hasSize(1);
            Map<String, Object> order = orders.getFirst();
            assertThat(order).containsEntry("ft_order_side", "buy").containsEntry("status", "closed")
                    .containsEntry("ft_is_open", 0).containsEntry("ft_pair", pair).containsEntry("side", "buy")
                    .containsEntry("ft_order_tag", "every_candle");
            assertThat((String) order.get("order_id")).startsWith("dry_run_buy_" + pair + "_");
            assertThat(openRate).isEqualTo(dbl(order, "average")).isEqualTo(dbl(t, "open_rate_requested"));
            assertThat(dbl(t, "amount")).isEqualTo(dbl(order, "filled")).isPositive();
            assertThat(dbl(t, "open_trade_value")).isCloseTo(dbl(t, "amount") * openRate * (1 + BotFixture.TAKER_FEE),
                    within(1e-9));
            assertThat(dbl(t, "stop_loss")).isCloseTo(openRate * 0.5, within(market.pricePrecision()));
            assertThat(dbl(t, "initial_stop_loss_pct")).isEqualTo(-0.5);
        }
        double staked = trades.stream().mapToDouble(t -> dbl(t, "stake_amount")).sum();
        assertThat(bot.context().wallets().getFree("USDT")).isCloseTo(1000 - staked, within(1e-9));
    }

    @Test
    void roiExitsCloseTradesWithTradesOwnProfitFiguresAndLockThePairUntilTheNextCandle() {
        TradingBot bot = fx.strategy().start(BotFixture.config(
                "{\"exchange\": {\"pair_whitelist\": [\"BTC/USDT\", \"ETH/USDT\"]}}"));
        bot.process(true);
        for (int i = 0; i < 3; i++) {
            fx.nextCandle();
            bot.process(true);
        }
        Instant exitTime = fx.now();

        List<Map<String, Object>> closed = fx.rows("SELECT * FROM trades WHERE is_open = 0 ORDER BY id");
        assertThat(closed).extracting(t -> t.get("pair")).containsExactly("BTC/USDT", "ETH/USDT");
        for (Map<String, Object> row : closed) {
            assertThat(row).containsEntry("exit_reason", "roi");
            assertThat(time(row, "close_date")).isEqualTo(exitTime);
            Trade trade = bot.context().trades().findById(lng(row, "id")).orElseThrow();
            ProfitStruct profit = trade.calculateProfit(trade.closeRate(), trade.closeDate());
            assertThat(dbl(row, "close_profit_abs")).isEqualTo(profit.profitAbs());
            assertThat(dbl(row, "close_profit")).isCloseTo(profit.profitRatio(), within(1e-8));
            assertThat(dbl(row, "close_profit_abs")).isCloseTo(profitAbs(row), within(1e-8));
            assertThat(dbl(row, "fee_close")).isEqualTo(BotFixture.TAKER_FEE);

            List<Map<String, Object>> exits = fx.rows(
                    "SELECT * FROM orders WHERE ft_trade_id = ? AND ft_order_side = 'sell'", row.get("id"));
            assertThat(exits).hasSize(1);
            assertThat(exits.getFirst()).containsEntry("status", "closed").containsEntry("ft_order_tag", "roi");
            assertThat(dbl(row, "close_rate")).isEqualTo(dbl(exits.getFirst(), "average"));
        }
        // the same candle's signal must not buy back in: locked until the next candle opens
        assertThat(fx.count("SELECT count(*) FROM trades WHERE is_open = 1")).isZero();
        List<Map<String, Object>> locks = fx.rows("SELECT * FROM pairlocks ORDER BY id");
        assertThat(locks).extracting(l -> l.get("pair")).containsExactly("BTC/USDT", "ETH/USDT");
        for (Map<String, Object> lock : locks) {
            assertThat(lock).containsEntry("reason", "Auto lock").containsEntry("side", "*").containsEntry("active", 1);
            assertThat(time(lock, "lock_time")).isEqualTo(exitTime);
            assertThat(time(lock, "lock_end_time")).isEqualTo(exitTime.truncatedTo(ChronoUnit.MINUTES).plusSeconds(60));
        }

        fx.nextCandle();
        bot.process(true);
        assertThat(fx.rows("SELECT pair FROM trades WHERE is_open = 1 ORDER BY id"))
                .extracting(t -> t.get("pair")).containsExactly("BTC/USDT", "ETH/USDT");
    }

    /** freqtrade's spot long profit: amount × close × (1 − fee_close) − amount × open × (1 + fee_open). */
    private static double profitAbs(Map<String, Object> trade) {
        double amount = dbl(trade, "amount");
        double open = amount * dbl(trade, "open_rate") * (1 + dbl(trade, "fee_open"));
        double close = amount * dbl(trade, "close_rate") * (1 - dbl(trade, "fee_close"));
        return close - open;
    }

    @Test
    void maxOpenTradesIsNeverExceeded() {
        TradingBot bot = fx.strategy().start(BotFixture.config("{\"max_open_trades\": 3}"));
        long most = 0;
        for (int i = 0; i < 12; i++) {
            bot.process(true);
            long open = fx.count("SELECT count(*) FROM trades WHERE is_open = 1");
            assertThat(open).as("open trades after step %d", i).isLessThanOrEqualTo(3);
            most = Math.max(most, open);
            fx.nextCandle();
        }
        assertThat(most).isEqualTo(3);
        assertThat(fx.count("SELECT count(*) FROM trades WHERE is_open = 0")).isPositive();
        assertThat(fx.rows("SELECT DISTINCT pair FROM trades")).hasSize(4);
    }

    @Test
    void aPausedBotOpensNothingButStillExits() {
        TradingBot bot = fx.strategy().start(BotFixture.config("{}"));
        bot.process(true);
        assertThat(fx.count("SELECT count(*) FROM trades WHERE is_open = 1")).isEqualTo(2);

        for (int i = 0; i < 5; i++) {
            fx.nextCandle();
            bot.process(false);
        }
        assertThat(fx.count("SELECT count(*) FROM trades")).isEqualTo(2);
        assertThat(fx.count("SELECT count(*) FROM trades WHERE is_open = 0 AND exit_reason = 'roi'")).isEqualTo(2);
    }

    @Test
    void aStakeAboveTheWalletOpensNoTrade() {
        TradingBot bot = fx.strategy().start(BotFixture.config("{\"dry_run_wallet\": 30, \"stake_amount\": 50}"));
        bot.process(true);
        fx.nextCandle();
        bot.process(true);

        assertThat(fx.count("SELECT count(*) FROM trades")).isZero();
        assertThat(fx.count("SELECT count(*) FROM orders")).isZero();
    }

    @Test
    void anEntryTheExchangeRefusesForLackOfFundsLeavesNoTradeRow() {
        // all of a large wallet in one market buy: walking the book costs more than the wallet holds
        try (BotFixture all = new BotFixture(dir.resolve("all"))) {
            TradingBot bot = all.strategy().start(marketBuyOfTheWallet(1.0));
            bot.process(true);
            all.nextCandle();
            bot.process(true);

            assertThat(all.count("SELECT count(*) FROM trades")).isZero();
            assertThat(all.count("SELECT count(*) FROM orders")).isZero();
            assertThat(bot.context().wallets().getFree("USDT")).isEqualTo(200000.0);
        }
        // the same with 1 % kept back for slippage trades: it was the funds, nothing else
        try (BotFixture most = new BotFixture(dir.resolve("most"))) {
            TradingBot bot = most.strategy().start(marketBuyOfTheWallet(0.99));
            bot.process(true);

            assertThat(most.count("SELECT count(*) FROM trades WHERE amount > 0")).isEqualTo(1);
        }
    }

    private static ObjectNode marketBuyOfTheWallet(double tradableBalanceRatio) {
        return BotFixture.config("""
                {"dry_run_wallet": 200000, "stake_amount": "unlimited", "max_open_trades": 1,
                 "tradable_balance_ratio": %s,
                 "order_types": {"entry": "market", "exit": "market", "stoploss": "market",
                                 "stoploss_on_exchange": false},
                 "exchange": {"pair_whitelist": ["BTC/USDT"]}}
                """.formatted(tradableBalanceRatio));
    }

    @Test
    void aStakeBelowTheMarketMinimumIsRefused() {
        TradingBot bot = fx.strategy().start(BotFixture.config("{\"stake_amount\": 1}"));
        bot.process(true);

        assertThat(fx.count("SELECT count(*) FROM trades")).isZero();
        assertThat(fx.count("SELECT count(*) FROM orders")).isZero();
    }

    @Test
    void aStrategyFailingOnOnePairKeepsTradingTheOthers() {
        TradingBot bot = fx.strategy("""
                if (metadata.pair().equals("ETH/USDT")) {
                    throw new IllegalStateException("indicator broke for " + metadata.pair());
                }
                """, "").start(BotFixture.config("{\"max_open_trades\": 4}"));
        for (int i = 0; i < 6; i++) {
            bot.process(true);
            fx.nextCandle();
        }

        assertThat(fx.rows("SELECT DISTINCT pair FROM trades ORDER BY pair")).extracting(t -> t.get("pair"))
                .containsExactly("BTC/USDT", "SOL/USDT", "XRP/USDT");
        assertThat(fx.count("SELECT count(*) FROM trades WHERE is_open = 0")).isPositive();
    }

    /** A limit buy 40 % under the market: it rests and never fills. */
    private static final String RESTING_ENTRY = """
            @Override
            public double customEntryPrice(String pair, Trade trade, Instant currentTime, double proposedRate,
                                           String entryTag, SignalDirection side) {
                return proposedRate * 0.6;
            }
            """;

    @Test
    void anUnfilledEntryIsCancelledAfterUnfilledtimeoutAndItsTradeDeleted() {
        TradingBot bot = fx.strategy("", RESTING_ENTRY).start(BotFixture.config("""
                {"max_open_trades": 1, "custom_price_max_distance_ratio": 0.5,
                 "unfilledtimeout": {"entry": 3, "exit": 3, "unit": "minutes"},
                 "exchange": {"pair_whitelist": ["BTC/USDT"]}}
                """));
        bot.process(true);
        Map<String, Object> first = fx.rows("SELECT * FROM trades").getFirst();
        Map<String, Object> order = fx.rows("SELECT * FROM orders").getFirst();
        assertThat(order).containsEntry("status", "open").containsEntry("ft_is_open", 1);
        double tick = bot.context().exchange().market("BTC/USDT").pricePrecision();
        assertThat(dbl(order, "price")).isCloseTo(dbl(first, "open_rate_requested"), within(tick))
                .isLessThan(bot.context().exchange().fetchTicker("BTC/USDT").ask() * 0.61);
        assertThat(dbl(first, "amount")).isZero();
        // the resting order ties up what it would cost
        assertThat(bot.context().wallets().getUsed("USDT"))
                .isCloseTo(dbl(order, "amount") * dbl(order, "price"), within(1e-9));

        for (int i = 0; i < 3; i++) {
            fx.nextCandle();
            bot.process(true);
            assertThat(fx.count("SELECT count(*) FROM orders WHERE order_id = ? AND ft_is_open = 1",
                    order.get("order_id"))).as("order still waiting %d minutes after it was placed", i + 1).isEqualTo(1);
        }
        fx.nextCandle();
        bot.process(true);

        assertThat(fx.count("SELECT count(*) FROM orders WHERE order_id = ?", order.get("order_id"))).isZero();
        // the slot is free again and the same loop placed the next entry: only that trade is left
        List<Map<String, Object>> left = fx.rows("SELECT * FROM trades");
        assertThat(left).hasSize(1);
        assertThat(time(left.getFirst(), "open_date")).isEqualTo(fx.now())
                .isEqualTo(time(first, "open_date").plus(Duration.ofMinutes(4)));
        assertThat(fx.count("SELECT count(*) FROM orders")).isEqualTo(1);
    }

    @Test
    void cancelOpenOrdersOnExitRemovesTradesWhoseEntryNeverFilled() {
        TradingBot bot = fx.strategy("", RESTING_ENTRY).start(BotFixture.config("""
                {"max_open_trades": 1, "custom_price_max_distance_ratio": 0.5, "cancel_open_orders_on_exit": true,
                 "exchange": {"pair_whitelist": ["BTC/USDT"]}}
                """));
        bot.process(true);
        assertThat(fx.count("SELECT count(*) FROM orders WHERE ft_is_open = 1")).isEqualTo(1);

        fx.close();

        assertThat(fx.count("SELECT count(*) FROM trades")).isZero();
        assertThat(fx.count("SELECT count(*) FROM orders")).isZero();
    }
}
