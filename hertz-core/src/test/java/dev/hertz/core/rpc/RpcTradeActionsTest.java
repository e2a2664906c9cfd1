package dev.hertz.core.rpc;

import dev.hertz.core.bot.BotState;
import dev.hertz.core.exchange.OrderType;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.SignalDirection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RpcTradeActionsTest {
    @TempDir
    Path dir;
    RpcBot fx;
    RpcTradeActions actions;
    Trade trade;

    @BeforeEach
    void setUp() {
        fx = new RpcBot(dir, null);
        actions = fx.rpc.tradeActions();
        fx.control.state = BotState.RUNNING;
        double price = fx.bot.context().exchange().fetchTicker("ETH/USDT").last();
        trade = fx.openTrade("ETH/USDT", 0.05, price, "2024-03-10T11:00:00Z");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private Trade reload() {
        return fx.trades.findById(trade.id()).orElseThrow();
    }

    @Test
    void forceExitNeedsARunningBotAndAnOpenTrade() {
        fx.control.state = BotState.STOPPED;
        assertThatThrownBy(() -> actions.forceExit("1", null, null)).hasMessage("trader is not running");
        fx.control.state = BotState.RUNNING;
        assertThatThrownBy(() -> actions.forceExit("999", null, null)).hasMessage("invalid argument");
        assertThatThrownBy(() -> actions.forceExit("abc", null, null)).hasMessage("invalid argument");
        assertThat(reload().orders()).hasSize(1);
    }

    @Test
    void marketForceExitClosesTheTradeWithReasonForceExit() {
        ResultMsg result = actions.forceExit(String.valueOf(trade.id()), OrderType.MARKET, null);
        assertThat(result.result()).isEqualTo("Created exit order for trade " + trade.id() + ".");
        Trade closed = reload();
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.exitReason()).isEqualTo("force_exit");
        assertThat(closed.closeProfitAbs()).isNotNull();
        Order exit = closed.orders().get(1);
        assertThat(exit.ftOrderSide()).isEqualTo("sell");
        assertThat(exit.ftOrderTag()).isEqualTo("force_exit");
    }

    @Test
    void aRestingExitOrderCanBeCancelledByTheUser() {
        actions.forceExit(String.valueOf(trade.id()), OrderType.LIMIT, null);
        Trade exiting = reload();
        assertThat(exiting.hasOpenOrders()).isTrue();
        assertThat(exiting.exitReason()).isEqualTo("force_exit");

        actions.cancelOpenOrder(trade.id());
        Trade after = reload();
        assertThat(after.isOpen()).isTrue();
        assertThat(after.hasOpenOrders()).isFalse();
        assertThat(after.exitReason()).isNull();
        assertThat(after.orders().get(1).ftCancelReason()).isEqualTo("user requested order cancel");

        assertThatThrownBy(() -> actions.cancelOpenOrder(trade.id())).hasMessage("No open order for trade_id.");
        assertThatThrownBy(() -> actions.cancelOpenOrder(999)).hasMessage("Invalid trade_id.");
    }

    @Test
    void aForceExitWithAPriceRestsAtThatLimit() {
        double last = fx.bot.context().exchange().fetchTicker("ETH/USDT").last();
        double limit = Math.round(last * 1.5 * 100) / 100.0;
        actions.forceExit(String.valueOf(trade.id()), OrderType.LIMIT, null, limit);
        Trade exiting = reload();
        assertThat(exiting.isOpen()).as("a limit far above the market does not fill").isTrue();
        Order exit = exiting.orders().get(1);
        assertThat(exit.ftIsOpen()).isTrue();
        assertThat(exit.price()).isEqualTo(limit);
    }

    @Test
    void forceExitAllCoversEveryOpenTrade() {
        double btc = fx.bot.context().exchange().fetchTicker("BTC/USDT").last();
        Trade second = fx.openTrade("BTC/USDT", 0.01, btc, "2024-03-10T11:30:00Z");
        assertThat(actions.forceExit("all", OrderType.MARKET, null).result())
                .isEqualTo("Created exit orders for all open trades.");
        assertThat(fx.trades.findById(second.id()).orElseThrow().isOpen()).isFalse();
        assertThat(reload().isOpen()).isFalse();
    }

    @Test
    void partialForceExitMayNotLeaveLessThanTheMinimumStake() {
        // 0.05 ETH open; selling 0.0499 would leave dust worth less than the 5 USDT minimum
        assertThatThrownBy(() -> actions.forceExit(String.valueOf(trade.id()), OrderType.MARKET, 0.0499))
                .hasMessageStartingWith("Remaining amount of ").hasMessageEndingWith(" would be too small.");
        assertThat(reload().orders()).hasSize(1);

        actions.forceExit(String.valueOf(trade.id()), OrderType.MARKET, 0.02);
        Trade partly = reload();
        assertThat(partly.isOpen()).isTrue();
        assertThat(partly.amount()).isEqualTo(0.03, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void deleteRemovesTheTradeInAnyState() {
        fx.control.state = BotState.STOPPED;
        actions = fx.rpc.tradeActions();
        DeleteTrade deleted = actions.delete(trade.id());
        assertThat(deleted).isEqualTo(new DeleteTrade("success", trade.id(),
                "Deleted trade " + trade.id() + ". Closed 0 open orders.", 0));
        assertThat(fx.trades.findById(trade.id())).isEmpty();
        assertThatThrownBy(() -> actions.delete(trade.id())).hasMessage("invalid argument");
    }

    @Test
    void forceEntryChecksComeInFreqtradesOrder() {
        assertThatThrownBy(() -> actions.forceEntry("BTC/USDT", null, null, SignalDirection.SHORT, null, null))
                .hasMessage("Can't go short on Spot markets.");
        assertThatThrownBy(() -> actions.forceEntry("NOPE/USDT", null, null, SignalDirection.LONG, null, null))
                .hasMessage("Symbol does not exist or market is not active.");
        assertThatThrownBy(() -> actions.forceEntry("ETH/USDT", null, null, SignalDirection.LONG, null, null))
                .hasMessage("position for ETH/USDT already open - id: " + trade.id());
        fx.control.state = BotState.STOPPED;
        assertThatThrownBy(() -> actions.forceEntry("BTC/USDT", null, null, SignalDirection.LONG, null, null))
                .hasMessage("trader is not running");
    }

    @Test
    void forceEntryOpensATradeWithItsTagAndOrderType() {
        OpenTradeJson opened = actions.forceEntry("BTC/USDT", null, OrderType.MARKET, SignalDirection.LONG, 50.0, null);
        Trade stored = fx.trades.findById(opened.trade().tradeId()).orElseThrow();
        assertThat(stored.pair()).isEqualTo("BTC/USDT");
        assertThat(stored.enterTag()).isEqualTo("force_entry");
        assertThat(stored.orders().get(0).orderType()).isEqualTo("market");
        assertThat(stored.stakeAmount()).isCloseTo(50.0, org.assertj.core.api.Assertions.within(1.0));
        assertThat(stored.amount()).isPositive();

        // max_open_trades is 3: ETH and BTC open, one more fits, then the limit is reached
        actions.forceEntry("SOL/USDT", null, OrderType.MARKET, SignalDirection.LONG, 50.0, "manual");
        assertThatThrownBy(() -> actions.forceEntry("XRP/USDT", null, null, SignalDirection.LONG, 50.0, null))
                .hasMessage("Maximum number of trades is reached.");
    }

    @Test
    void forceEntryIsOffUnlessEnabled() throws Exception {
        fx.close();
        java.nio.file.Files.createDirectories(dir.resolve("off"));
        fx = new RpcBot(dir.resolve("off"), "{\"force_entry_enable\": false}");
        fx.control.state = BotState.RUNNING;
        assertThatThrownBy(() -> fx.rpc.tradeActions().forceEntry("BTC/USDT", null, null, SignalDirection.LONG,
                null, null)).hasMessage("Force_entry not enabled.");
    }

    @Test
    void reloadAppliesWhatTheExchangeKnowsAboutTheTradesOrders() {
        OpenTradeJson entered = actions.forceEntry("BTC/USDT", null, OrderType.MARKET, SignalDirection.LONG, 100.0,
                null);
        Trade btc = fx.trades.findById(entered.trade().tradeId()).orElseThrow();
        Order entry = btc.orders().get(0);
        double filled = entry.filled();
        assertThat(filled).isPositive();
        // the database lost the fill (a crash between exchange and commit, a manual edit)
        entry.setStatus("open");
        entry.setFtIsOpen(true);
        entry.setFilled(0.0);
        entry.setRemaining(entry.amount());
        btc.setAmount(0.0001);
        fx.trades.save(btc);
        assertThat(fx.trades.findById(btc.id()).orElseThrow().hasOpenOrders()).isTrue();

        OpenTradeJson reloaded = actions.reloadTrade(btc.id());
        assertThat(reloaded.trade().tradeId()).isEqualTo(btc.id());
        Trade after = fx.trades.findById(btc.id()).orElseThrow();
        assertThat(after.hasOpenOrders()).isFalse();
        assertThat(after.orders().get(0).status()).isEqualTo("closed");
        assertThat(after.orders().get(0).filled()).isEqualTo(filled);
        assertThat(after.amount()).isEqualTo(filled);
        assertThat(after.isOpen()).isTrue();
    }

    @Test
    void reloadSkipsOrdersTheExchangeDoesNotKnowAndNamesAMissingTrade() {
        // the stored trade's order was never placed on this exchange
        OpenTradeJson same = actions.reloadTrade(trade.id());
        assertThat(same.trade().tradeId()).isEqualTo(trade.id());
        assertThat(reload().amount()).isEqualTo(0.05);
        assertThat(reload().orders().get(0).status()).isEqualTo("closed");

        assertThatThrownBy(() -> actions.reloadTrade(999)).isInstanceOf(RpcException.class)
                .hasMessage("Could not find trade with id 999.");
    }
}
