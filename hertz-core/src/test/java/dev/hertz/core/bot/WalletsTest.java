package dev.hertz.core.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hertz.core.config.MaxOpenTrades;
import dev.hertz.core.exchange.Balance;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.exchange.DependencyException;
import dev.hertz.core.exchange.StakeLimits;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.config.TradingMode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalletsTest {

    private final BookExchange exchange = new BookExchange();
    private final TestClock clock = new TestClock(TestTrades.OPENED);
    private final TestTrades.Source trades = new TestTrades.Source();

    private Wallets wallets(String extraConfig) {
        String json = "{\"dry_run\": true, \"stake_currency\": \"USDT\", \"dry_run_wallet\": 1000"
                + (extraConfig.isEmpty() ? "" : ", " + extraConfig) + "}";
        return new Wallets(TestTrades.config(json), exchange, trades, clock, false);
    }

    private static void assertBalance(Wallets w, String currency, double free, double used, double total) {
        assertThat(w.getFree(currency)).as(currency + " free").isCloseTo(free, within(1e-9));
        assertThat(w.getUsed(currency)).as(currency + " used").isCloseTo(used, within(1e-12));
        assertThat(w.getTotal(currency)).as(currency + " total").isCloseTo(total, within(1e-9));
    }

    @Test
    void dryWalletFollowsAnEntryAndAnExit() {
        Wallets w = wallets("\"stake_amount\": 100");
        assertBalance(w, "USDT", 1000, 0, 1000);

        // Entry order for 0.002 BTC at 50000 placed: the trade's stake of 100 leaves the free balance,
        // the open order shows it as used.
        Trade trade = TestTrades.newTrade("BTC/USDT", 100, 0.001);
        trade.orders().add(TestTrades.openOrder("buy", "BTC/USDT", "e1", 0.002, 50_000));
        trades.open.add(trade);
        w.update();
        assertBalance(w, "USDT", 900, 100, 1000);
        assertBalance(w, "BTC", 0, 0, 0);

        // Filled.
        trade.orders().set(0, TestTrades.filledOrder("buy", "BTC/USDT", "e1", 0.002, 50_000, TestTrades.OPENED));
        trade.setAmount(0.002);
        w.update();
        assertBalance(w, "USDT", 900, 0, 900);
        assertBalance(w, "BTC", 0.002, 0, 0.002);

        // Exit order placed: the coins are pending.
        trade.orders().add(TestTrades.openOrder("sell", "BTC/USDT", "x1", 0.002, 55_000));
        w.update();
        assertBalance(w, "BTC", 0, 0.002, 0.002);

        // Exit filled at 55000: profit 0.002 × 55000 × 0.999 - 0.002 × 50000 × 1.001 = 109.89 - 100.1 = 9.79.
        trade.setOpen(false);
        trades.closedProfit = 9.79;
        w.update();
        assertBalance(w, "USDT", 1009.79, 0, 1009.79);
        assertThat(w.allBalances()).containsOnlyKeys("USDT");
    }

    @Test
    void realizedProfitOfOpenTradesCountsAsFreeBalance() {
        Trade partlyExited = TestTrades.filledTrade("BTC/USDT", 0.001, 50_000);
        partlyExited.setRealizedProfit(4.0);
        trades.open.add(partlyExited);

        Wallets w = wallets("");

        // 1000 + 4 realized - 50 in the trade
        assertBalance(w, "USDT", 954, 0, 954);
    }

    @Test
    void perCurrencyDryRunWalletKeepsOtherCurrencies() {
        trades.open.add(TestTrades.filledTrade("BTC/USDT", 0.002, 50_000));

        Wallets w = new Wallets(TestTrades.config("{\"dry_run\": true, \"stake_currency\": \"USDT\","
                + " \"dry_run_wallet\": {\"USDT\": 500, \"BTC\": 0.01, \"ETH\": 1}}"), exchange, trades, clock, false);

        assertBalance(w, "USDT", 400, 0, 400);
        assertBalance(w, "BTC", 0.012, 0, 0.012);
        assertBalance(w, "ETH", 1, 0, 1);
    }

    @Test
    void futuresKeepPositionsAndCountCollateralAsUsed() {
        Trade shortTrade = TestTrades.newTrade("BTC/USDT:USDT", 50, 0.0005);
        shortTrade.setTradingMode(TradingMode.FUTURES);
        shortTrade.setShort(true);
        shortTrade.setLeverage(5);
        shortTrade.setAmount(0.01);
        trades.open.add(shortTrade);

        Wallets w = wallets("\"trading_mode\": \"futures\", \"margin_mode\": \"isolated\"");

        assertBalance(w, "USDT", 950, 50, 1000);
        assertThat(w.allPositions()).containsOnlyKeys("BTC/USDT:USDT");
        assertThat(w.allPositions().get("BTC/USDT:USDT"))
                .isEqualTo(new Wallets.Position("BTC/USDT:USDT", 0.01, 5.0, 50.0, "short"));
        assertThat(w.getOwned("BTC/USDT:USDT", "BTC")).isEqualTo(0.01);
        assertThat(w.getOwned("ETH/USDT:USDT", "ETH")).isZero();
        assertThat(w.checkExitAmount(shortTrade)).isTrue();
    }

    @Test
    void liveWalletReadsTheExchangeAndRefreshesHourlyWhenNotForced() {
        exchange.setBalances(Map.of("USDT", new Balance("USDT", 80, 20, 100)));
        Wallets w = new Wallets(TestTrades.config("{\"dry_run\": false, \"stake_currency\": \"USDT\"}"),
                exchange, trades, clock, false);
        assertBalance(w, "USDT", 80, 20, 100);

        exchange.setBalances(Map.of("USDT", new Balance("USDT", 70, 30, 100), "BTC", new Balance("BTC", 1, 0, 1)));
        clock.advance(Duration.ofMinutes(59));
        w.update(false);
        assertThat(w.getFree("USDT")).isEqualTo(80);

        clock.advance(Duration.ofMinutes(2));
        w.update(false);
        assertBalance(w, "USDT", 70, 30, 100);
        assertThat(w.getTotal("BTC")).isEqualTo(1);
        assertThat(w.getFree("XRP")).isZero();
    }

    @Test
    void exitAmountCheckAllowsForFeesInTheWallet() {
        Trade trade = TestTrades.filledTrade("BTC/USDT", 0.002, 50_000);
        trades.open.add(trade);
        Wallets w = wallets("");
        assertThat(w.checkExitAmount(trade)).isTrue();

        // The wallet holds 0.002; 0.002 × 1.019 = 0.002038 still covers 0.00203 but not 0.0021.
        Trade other = TestTrades.filledTrade("BTC/USDT", 0.00203, 50_000);
        assertThat(w.checkExitAmount(other)).isTrue();
        other.setAmount(0.0021);
        assertThat(w.checkExitAmount(other)).isFalse();
    }

    @Test
    void fixedStakeIsUsedAsConfiguredAndMustBeAvailable() {
        assertThat(wallets("\"stake_amount\": 100").getTradeStakeAmount("BTC/USDT", new MaxOpenTrades(3)))
                .isEqualTo(100);
        assertThatThrownBy(() -> wallets("\"stake_amount\": 2000, \"tradable_balance_ratio\": 1.0")
                .getTradeStakeAmount("BTC/USDT", new MaxOpenTrades(3)))
                .isInstanceOf(DependencyException.class)
                .hasMessage("Available balance (1000.0 USDT) is lower than stake amount (2000.0 USDT)");
        assertThatThrownBy(() -> wallets("").getTradeStakeAmount("BTC/USDT", new MaxOpenTrades(3)))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("stake_amount");
    }

    @Test
    void unlimitedStakeSplitsTheTradableBalanceOverAllSlots() {
        Wallets w = wallets("\"stake_amount\": \"unlimited\"");
        MaxOpenTrades three = new MaxOpenTrades(3);

        // (0 tied up + 1000 free) × 0.99 = 990 available, over 3 slots.
        assertThat(w.getTradeStakeAmount("A/USDT", three)).isCloseTo(330, within(1e-9));

        // One trade of 330 open: free 670, total (330 + 670) × 0.99 = 990, available 660, (660 + 330) / 3.
        trades.open.add(TestTrades.filledTrade("A/USDT", 330, 1));
        w.update();
        assertThat(w.getAvailableStakeAmount()).isCloseTo(660, within(1e-9));
        assertThat(w.getTradeStakeAmount("B/USDT", three)).isCloseTo(330, within(1e-9));

        // Three trades open: nothing left (990 - 990), the stake is 0.
        trades.open.add(TestTrades.filledTrade("B/USDT", 330, 1));
        trades.open.add(TestTrades.filledTrade("C/USDT", 330, 1));
        assertThat(w.getTradeStakeAmount("D/USDT", three)).isCloseTo(0, within(1e-9));

        // No slots, or unlimited slots with an unlimited stake, give no trade.
        trades.open.clear();
        assertThat(w.getTradeStakeAmount("A/USDT", new MaxOpenTrades(0))).isZero();
        assertThat(w.getTradeStakeAmount("A/USDT", MaxOpenTrades.UNLIMITED)).isZero();
    }

    @Test
    void tradableBalanceRatioLimitsTheStake() {
        Wallets w = wallets("\"stake_amount\": \"unlimited\", \"tradable_balance_ratio\": 0.5");

        // 1000 × 0.5 = 500 over 2 slots.
        assertThat(w.getTradeStakeAmount("A/USDT", new MaxOpenTrades(2))).isEqualTo(250);
        assertThat(w.getTotalStakeAmount()).isEqualTo(500);
    }

    @Test
    void availableCapitalReplacesTheWalletForSizing() {
        trades.closedProfit = 20;
        Wallets w = wallets("\"stake_amount\": \"unlimited\", \"available_capital\": 500");

        // Free is 1000 + 20 = 1020, but only 500 + 20 may be traded: 520 over 2 slots.
        assertThat(w.getFree("USDT")).isEqualTo(1020);
        assertThat(w.getTotalStakeAmount()).isEqualTo(520);
        assertThat(w.getTradeStakeAmount("A/USDT", new MaxOpenTrades(2))).isEqualTo(260);
        assertThat(w.getStartingBalance()).isEqualTo(500);
        // Without available_capital the starting balance is free - closed profit + open stakes.
        assertThat(wallets("").getStartingBalance()).isEqualTo(1000);
    }

    @Test
    void amendLastStakeAmountUsesWhatIsLeftIfItIsEnough() {
        for (String pair : new String[]{"A/USDT", "B/USDT", "C/USDT"}) {
            trades.open.add(TestTrades.filledTrade(pair, 300, 1));
        }
        // Free 100, total (900 + 100) × 0.99 = 990, available min(990 - 900, 100) = 90.
        String fixed = "\"stake_amount\": 300, \"amend_last_stake_amount\": true";
        assertThat(wallets(fixed).getTradeStakeAmount("D/USDT", new MaxOpenTrades(4)))
                .as("90 is not more than 300 × 0.5").isZero();
        assertThat(wallets(fixed + ", \"last_stake_amount_min_ratio\": 0.25")
                .getTradeStakeAmount("D/USDT", new MaxOpenTrades(4)))
                .as("90 is more than 300 × 0.25").isCloseTo(90, within(1e-9));
        assertThatThrownBy(() -> wallets("\"stake_amount\": 300").getTradeStakeAmount("D/USDT", new MaxOpenTrades(4)))
                .isInstanceOf(DependencyException.class)
                .hasMessage("Available balance (90.0 USDT) is lower than stake amount (300.0 USDT)");
    }

    @Test
    void validateStakeAmountKeepsTheStakeWithinLimits() {
        Wallets w = wallets("\"tradable_balance_ratio\": 1.0");

        assertThat(w.validateStakeAmount("BTC/USDT", 50.0, 10.0, 1000, null)).isEqualTo(50);
        assertThat(w.validateStakeAmount("BTC/USDT", 50.0, null, Double.POSITIVE_INFINITY, null)).isEqualTo(50);
        assertThat(w.validateStakeAmount("BTC/USDT", null, 10.0, 1000, null)).isZero();
        assertThat(w.validateStakeAmount("BTC/USDT", 0.0, 10.0, 1000, null)).isZero();
        assertThat(w.validateStakeAmount("BTC/USDT", 2000.0, 10.0, Double.POSITIVE_INFINITY, null))
                .as("capped at the available 1000").isEqualTo(1000);
        // Position adjustment: the trade holds 300, the pair allows 500 in total.
        assertThat(w.validateStakeAmount("BTC/USDT", 250.0, 10.0, 500, 300.0)).isEqualTo(200);
    }

    @Test
    void validateStakeAmountRaisesSmallStakesByAtMostThirtyPercent() {
        Wallets w = wallets("\"tradable_balance_ratio\": 1.0");
        try (LogCapture log = new LogCapture(Wallets.class)) {
            assertThat(w.validateStakeAmount("BTC/USDT", 10.0, 12.0, 1000, null)).isEqualTo(12);
            assertThat(log.messages()).containsExactly(
                    "Stake amount for pair BTC/USDT is too small (10.0 < 12.0), adjusting to 12.0.");
        }
        try (LogCapture log = new LogCapture(Wallets.class)) {
            assertThat(w.validateStakeAmount("BTC/USDT", 10.0, 14.0, 1000, null)).isZero();
            assertThat(log.messages()).containsExactly(
                    "Stake amount for pair BTC/USDT is too small (10.0 < 14.0), adjusting to 14.0.",
                    "Adjusted stake amount for pair BTC/USDT is more than 30% bigger than the desired stake amount"
                            + " of (10.00000000 * 1.3 = 13.00000000) < 14.0), ignoring trade.");
        }
    }

    @Test
    void validateStakeAmountCapsAtTheMaximumAndRefusesUnreachableMinimums() {
        Wallets w = wallets("\"tradable_balance_ratio\": 1.0");
        try (LogCapture log = new LogCapture(Wallets.class)) {
            assertThat(w.validateStakeAmount("BTC/USDT", 500.0, 10.0, 400, null)).isEqualTo(400);
            assertThat(w.validateStakeAmount("BTC/USDT", 100.0, 1200.0, 5000, null)).isZero();
            assertThat(log.messages()).containsExactly(
                    "Stake amount for pair BTC/USDT is too big (500.0 > 400.0), adjusting to 400.0.",
                    "Minimum stake amount > available balance. 1200.0 > 1000.0");
        }
    }

    @Test
    void minimumStakeFromTheMarketLimitsFeedsValidation() {
        Wallets w = wallets("\"tradable_balance_ratio\": 1.0");
        // BTC/USDT: amount min 0.001 at 20000 with 5 % reserve = 21; cost min 10 × (1.05 / 0.9) = 11.67.
        double min = StakeLimits.minPairStakeAmount(BookExchange.BTC_USDT, 20_000, -0.1, 1.0).getAsDouble();
        double max = StakeLimits.maxPairStakeAmount(BookExchange.BTC_USDT, 20_000, 1.0);

        assertThat(min).isCloseTo(21, within(1e-9));
        assertThat(w.validateStakeAmount("BTC/USDT", 20.0, min, max, null)).isCloseTo(21, within(1e-9));
        assertThat(w.validateStakeAmount("BTC/USDT", 15.0, min, max, null)).isZero();
    }

    @Test
    void backtestWalletsStayQuiet() {
        Wallets w = new Wallets(TestTrades.config("{\"dry_run\": true, \"stake_currency\": \"USDT\","
                + " \"tradable_balance_ratio\": 1.0}"), exchange, trades, clock, true);
        try (LogCapture log = new LogCapture(Wallets.class)) {
            w.update();
            assertThat(w.validateStakeAmount("BTC/USDT", 10.0, 12.0, 1000, null)).isEqualTo(12);
            assertThat(log.messages()).isEmpty();
        }
        assertThat(w.getFree("USDT")).as("default dry_run_wallet").isEqualTo(1000);
    }
}
