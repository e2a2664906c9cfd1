package dev.hertz.app;

import dev.hertz.core.bot.TradingBot;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.rpc.RpcMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The notifications of the real bot on the simulated exchange, as a registered handler receives
 * them: what is sent, when, and with which of the trade's figures.
 */
class BotMessagesTest {
    private static final String ONE_PAIR = """
            {"max_open_trades": 1, "exchange": {"pair_whitelist": ["BTC/USDT"]}}
            """;

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
    void startupSummarisesTheConfigurationAfterTheDryRunWarning() {
        fx.strategy().start(BotFixture.config("{}"));

        assertThat(fx.messages.sync(fx.rpc)).containsExactly(
                new RpcMessage.Warning("Dry run is enabled. All trades are simulated."),
                new RpcMessage.Startup("*Exchange:* `sim`\n*Stake per trade:* `20 USDT`\n*Minimum ROI:* `{'3': -1.0}`\n"
                        + "*Stoploss:* `-0.5`\n*Position adjustment:* `Off`\n*Timeframe:* `1m`\n"
                        + "*Strategy:* `EveryCandle`"),
                new RpcMessage.Startup("Searching for USDT pairs to buy and sell based on "
                        + "[{'StaticPairList': 'StaticPairList'}]"));
    }

    @Test
    void aTradeIsAnnouncedWhenEachOrderIsPlacedAndWhenItFillsWithTheTradesFigures() {
        TradingBot bot = fx.strategy().start(BotFixture.config(ONE_PAIR));
        fx.messages.clear(fx.rpc);
        Instant opened = fx.now();
        bot.process(true);
        for (int i = 0; i < 3; i++) {
            fx.nextCandle();
            bot.process(true);
        }
        Instant exited = fx.now();

        List<RpcMessage> tradeMessages = fx.messages.sync(fx.rpc).stream()
                .filter(m -> m instanceof RpcMessage.Entry || m instanceof RpcMessage.EntryFill
                        || m instanceof RpcMessage.Exit || m instanceof RpcMessage.ExitFill).toList();
        assertThat(tradeMessages).extracting(RpcMessage::type)
                .containsExactly("entry", "entry_fill", "exit", "exit_fill");
        Trade trade = bot.context().trades().findById(1L).orElseThrow();
        assertThat(trade.isOpen()).isFalse();
        Order entryOrder = trade.orders().get(0);
        Order exitOrder = trade.orders().get(1);

        RpcMessage.EntryInfo entry = ((RpcMessage.Entry) tradeMessages.get(0)).info();
        assertThat(entry.tradeId()).isEqualTo(trade.id());
        assertThat(entry.pair()).isEqualTo("BTC/USDT");
        assertThat(entry.exchange()).isEqualTo("Sim");
        assertThat(entry.direction()).isEqualTo("Long");
        assertThat(entry.enterTag()).isEqualTo("every_candle").isEqualTo(entry.buyTag());
        assertThat(entry.orderType()).isEqualTo("limit");
        assertThat(entry.leverage()).isEqualTo(1.0);
        assertThat(entry.baseCurrency()).isEqualTo("BTC");
        assertThat(entry.quoteCurrency()).isEqualTo("USDT").isEqualTo(entry.stakeCurrency());
        assertThat(entry.fiatCurrency()).isNull();
        assertThat(entry.subTrade()).isFalse();
        assertThat(entry.openDate()).isEqualTo(opened);
        assertThat(entry.amount()).isEqualTo(entryOrder.amount());
        assertThat(entry.openRate()).isEqualTo(entryOrder.safePrice()).isEqualTo(entry.limit());
        assertThat(entry.currentRate()).isPositive();

        RpcMessage.EntryInfo entryFill = ((RpcMessage.EntryFill) tradeMessages.get(1)).info();
        assertThat(entryFill.tradeId()).isEqualTo(trade.id());
        assertThat(entryFill.amount()).isEqualTo(trade.amount()).isEqualTo(entryOrder.safeAmountAfterFee());
        assertThat(entryFill.openRate()).isEqualTo(trade.openRate());
        assertThat(entryFill.stakeAmount()).isEqualTo(trade.stakeAmount());
        assertThat(entryFill.subTrade()).isFalse();

        RpcMessage.ExitInfo exit = ((RpcMessage.Exit) tradeMessages.get(2)).info();
        assertThat(exit.tradeId()).isEqualTo(trade.id());
        assertThat(exit.exitReason()).isEqualTo("roi");
        assertThat(exit.orderType()).isEqualTo("limit");
        assertThat(exit.amount()).isEqualTo(trade.amount());
        assertThat(exit.orderRate()).isEqualTo(exit.limit()).isEqualTo(exit.closeRate())
                .isEqualTo(trade.closeRateRequested());
        assertThat(exit.openRate()).isEqualTo(trade.openRate());
        assertThat(exit.currentRate()).isPositive();
        assertThat(exit.closeDate()).isEqualTo(exited);
        assertThat(exit.subTrade()).isFalse();
        assertThat(exit.isFinalExit()).isFalse();
        assertThat(exit.finalProfitRatio()).isNull();
        assertThat(exit.gain()).isEqualTo(exit.profitRatio() > 0 ? "profit" : "loss");

        RpcMessage.ExitInfo exitFill = ((RpcMessage.ExitFill) tradeMessages.get(3)).info();
        assertThat(exitFill.tradeId()).isEqualTo(trade.id());
        assertThat(exitFill.currentRate()).isNull();
        assertThat(exitFill.closeRate()).isEqualTo(trade.closeRate()).isEqualTo(exitOrder.safePrice());
        assertThat(exitFill.closeDate()).isEqualTo(trade.closeDate()).isEqualTo(exited);
        assertThat(exitFill.amount()).isEqualTo(trade.amount());
        assertThat(exitFill.profitAmount()).isCloseTo(trade.closeProfitAbs(), within(1e-9));
        assertThat(exitFill.profitRatio()).isCloseTo(trade.closeProfit(), within(1e-8));
        assertThat(exitFill.cumulativeProfit()).isEqualTo(trade.realizedProfit());
        assertThat(exitFill.finalProfitRatio()).isEqualTo(trade.closeProfit());
        assertThat(exitFill.isFinalExit()).isTrue();
        assertThat(exitFill.subTrade()).isFalse();
        assertThat(exitFill.gain()).isEqualTo(trade.closeProfit() > 0 ? "profit" : "loss");
    }

    /** Rests every entry far below the market, so it never fills on its own. */
    private static final String RESTING_ENTRY = """
            @Override
            public double customEntryPrice(String pair, Trade trade, Instant currentTime, double proposedRate,
                                           String entryTag, SignalDirection side) {
                return proposedRate * 0.6;
            }
            """;

    @Test
    void anEntryThatTimesOutIsAnnouncedAsCancelledWithItsReason() {
        TradingBot bot = fx.strategy("", RESTING_ENTRY).start(BotFixture.config("""
                {"max_open_trades": 1, "custom_price_max_distance_ratio": 0.5,
                 "unfilledtimeout": {"entry": 3, "exit": 3, "unit": "minutes"},
                 "exchange": {"pair_whitelist": ["BTC/USDT"]}}
                """));
        bot.process(true);
        Trade resting = bot.context().trades().openTrades().getFirst();
        for (int i = 0; i < 4; i++) {
            fx.nextCandle();
            bot.process(true);
        }

        List<RpcMessage> got = fx.messages.sync(fx.rpc);
        List<RpcMessage.EntryCancel> cancels = got.stream().filter(RpcMessage.EntryCancel.class::isInstance)
                .map(RpcMessage.EntryCancel.class::cast).toList();
        assertThat(cancels).hasSize(1);
        RpcMessage.EntryCancel cancel = cancels.getFirst();
        assertThat(cancel.reason()).isEqualTo("cancelled due to timeout, fully cancelled");
        assertThat(cancel.info().tradeId()).isEqualTo(resting.id());
        assertThat(cancel.info().pair()).isEqualTo("BTC/USDT");
        assertThat(cancel.info().amount()).isZero();
        assertThat(cancel.info().openRate()).isEqualTo(resting.openRate()).isEqualTo(cancel.info().limit());
        assertThat(cancel.info().openDate()).isEqualTo(resting.openDate());
        assertThat(cancel.info().orderType()).isEqualTo("limit");
        assertThat(cancel.info().subTrade()).isFalse();
        // nothing filled, so no fill message; the slot freed, the same iteration placed the next entry
        assertThat(got).noneMatch(RpcMessage.EntryFill.class::isInstance);
        List<Integer> entries = IntStream.range(0, got.size())
                .filter(i -> got.get(i) instanceof RpcMessage.Entry).boxed().toList();
        assertThat(entries).hasSize(2);
        assertThat(got.indexOf(cancel)).isBetween(entries.get(0), entries.get(1));
    }

    /** One stoploss exit locks its pair and, as StoplossGuard is not per pair, every pair. */
    private static final String STOPLOSS_GUARD = """
            @Override
            public java.util.List<Map<String, Object>> protections() {
                return java.util.List.of(Map.of("method", "StoplossGuard", "lookback_period_candles", 60,
                        "trade_limit", 1, "stop_duration_candles", 5));
            }
            """;

    @Test
    void aProtectionThatLocksAfterATradeClosedIsAnnouncedWithItsLock() {
        // a stop so close that the spread alone hits it on the next candle
        TradingBot bot = fx.strategy("", STOPLOSS_GUARD).start(BotFixture.config("""
                {"max_open_trades": 1, "stoploss": -0.0001, "exchange": {"pair_whitelist": ["BTC/USDT"]}}
                """));
        List<RpcMessage.Startup> startup = fx.messages.ofType(fx.rpc, RpcMessage.Startup.class);
        assertThat(startup.getLast().status()).isEqualTo("Using Protections: \n"
                + "StoplossGuard - Frequent Stoploss Guard, 1 stoplosses with profit < 0.00% within 60 candles.");
        fx.messages.clear(fx.rpc);
        bot.process(true);
        fx.nextCandle();
        bot.process(true);

        List<RpcMessage> got = fx.messages.sync(fx.rpc);
        RpcMessage.ExitFill fill = got.stream().filter(RpcMessage.ExitFill.class::isInstance)
                .map(RpcMessage.ExitFill.class::cast).findFirst().orElseThrow();
        assertThat(fill.info().exitReason()).isEqualTo("stop_loss");
        List<RpcMessage> triggers = got.stream().filter(m -> m instanceof RpcMessage.ProtectionTrigger
                || m instanceof RpcMessage.ProtectionTriggerGlobal).toList();
        assertThat(triggers).extracting(RpcMessage::type)
                .containsExactly("protection_trigger", "protection_trigger_global");
        assertThat(got.indexOf(triggers.getFirst())).isGreaterThan(got.indexOf(fill));

        var pairLock = (RpcMessage.ProtectionTrigger) triggers.get(0);
        var globalLock = (RpcMessage.ProtectionTriggerGlobal) triggers.get(1);
        var stored = bot.context().pairLocks().getPairLocks(null, fx.now(), "*");
        assertThat(pairLock.baseCurrency()).isEqualTo("BTC");
        assertThat(pairLock.lock().pair()).isEqualTo("BTC/USDT");
        assertThat(globalLock.baseCurrency()).isEmpty();
        assertThat(globalLock.lock().pair()).isEqualTo("*");
        for (var lock : List.of(pairLock.lock(), globalLock.lock())) {
            assertThat(lock.reason()).startsWith("1 stoplosses in 60 min, locking");
            assertThat(lock.active()).isTrue();
            assertThat(lock.id()).isNotNull();
            assertThat(lock.lockEndTimestamp()).isEqualTo(fx.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                    .plusSeconds(6 * 60).toEpochMilli());
        }
        // the candle-long "Auto lock" every closed trade gets is not announced
        assertThat(stored).extracting(l -> l.reason()).contains("Auto lock");
        assertThat(triggers).noneMatch(m -> m.toString().contains("Auto lock"));
    }

    /** Buys 20 USDT more once the first entry filled, then sells 20 USDT worth. */
    private static final String ADD_THEN_TAKE_HALF = """
            @Override
            public PositionAdjustment adjustTradePosition(Trade trade, Instant currentTime, double currentRate,
                    double currentProfit, Double minStake, double maxStake, double currentEntryRate,
                    double currentExitRate, double currentEntryProfit, double currentExitProfit) {
                if (trade.nrOfSuccessfulEntries() == 1) {
                    return PositionAdjustment.of(20);
                }
                return trade.nrOfSuccessfulExits() == 0 ? PositionAdjustment.of(-20, "take_half") : null;
            }
            """;

    @Test
    void positionAdjustmentsAreSubTradesUntilTheFinalExit() {
        TradingBot bot = fx.strategy("", ADD_THEN_TAKE_HALF).start(BotFixture.config("""
                {"max_open_trades": 1, "position_adjustment_enable": true,
                 "exchange": {"pair_whitelist": ["BTC/USDT"]}}
                """));
        fx.messages.clear(fx.rpc);
        bot.process(true);
        for (int i = 0; i < 3; i++) {
            fx.nextCandle();
            bot.process(true);
        }

        List<RpcMessage> got = fx.messages.sync(fx.rpc).stream()
                .filter(m -> m instanceof RpcMessage.Entry || m instanceof RpcMessage.EntryFill
                        || m instanceof RpcMessage.Exit || m instanceof RpcMessage.ExitFill).toList();
        assertThat(got).extracting(RpcMessage::type).containsExactly("entry", "entry_fill", "entry", "entry_fill",
                "exit", "exit_fill", "exit", "exit_fill");
        Trade trade = bot.context().trades().findById(1L).orElseThrow();
        assertThat(trade.isOpen()).isFalse();
        Order secondEntry = trade.orders().get(1);
        Order partialExit = trade.orders().get(2);

        assertThat(((RpcMessage.Entry) got.get(0)).info().subTrade()).isFalse();
        assertThat(((RpcMessage.EntryFill) got.get(1)).info().subTrade()).isFalse();
        RpcMessage.EntryInfo more = ((RpcMessage.Entry) got.get(2)).info();
        assertThat(more.subTrade()).isTrue();
        assertThat(more.amount()).isEqualTo(secondEntry.amount());
        RpcMessage.EntryInfo moreFilled = ((RpcMessage.EntryFill) got.get(3)).info();
        assertThat(moreFilled.subTrade()).isTrue();
        assertThat(moreFilled.amount()).isEqualTo(secondEntry.safeAmountAfterFee());

        RpcMessage.ExitInfo part = ((RpcMessage.Exit) got.get(4)).info();
        RpcMessage.ExitInfo partFilled = ((RpcMessage.ExitFill) got.get(5)).info();
        for (RpcMessage.ExitInfo info : List.of(part, partFilled)) {
            assertThat(info.subTrade()).isTrue();
            assertThat(info.exitReason()).isEqualTo("take_half");
            assertThat(info.amount()).isEqualTo(partialExit.amount());
            assertThat(info.orderRate()).isEqualTo(partialExit.safePrice());
            assertThat(info.isFinalExit()).isFalse();
            assertThat(info.finalProfitRatio()).isNull();
        }
        // what the partial exit realised is the trade's profit so far
        assertThat(partFilled.cumulativeProfit()).isCloseTo(partFilled.profitAmount(), within(1e-9));

        RpcMessage.ExitInfo last = ((RpcMessage.ExitFill) got.get(7)).info();
        assertThat(((RpcMessage.Exit) got.get(6)).info().subTrade()).isFalse();
        assertThat(last.subTrade()).isFalse();
        assertThat(last.exitReason()).isEqualTo("roi");
        assertThat(last.isFinalExit()).isTrue();
        assertThat(last.finalProfitRatio()).isEqualTo(trade.closeProfit());
        assertThat(last.cumulativeProfit()).isEqualTo(trade.realizedProfit())
                .isCloseTo(trade.closeProfitAbs(), within(1e-9));
    }

    /** Asks far above the market for every exit, so exits rest unfilled. */
    private static final String RESTING_EXIT = """
            @Override
            public double customExitPrice(String pair, Trade trade, Instant currentTime, double proposedRate,
                                          double currentProfit, String exitTag) {
                return proposedRate * 1.4;
            }
            """;

    @Test
    void anExitThatTimesOutIsAnnouncedAsCancelledAndTheNextExitAsPlaced() {
        TradingBot bot = fx.strategy("", RESTING_EXIT).start(BotFixture.config("""
                {"max_open_trades": 1, "custom_price_max_distance_ratio": 0.5,
                 "unfilledtimeout": {"entry": 3, "exit": 3, "unit": "minutes"},
                 "exchange": {"pair_whitelist": ["BTC/USDT"]}}
                """));
        fx.messages.clear(fx.rpc);
        bot.process(true);
        for (int i = 0; i < 7; i++) {
            fx.nextCandle();
            bot.process(true);
        }

        List<RpcMessage> got = fx.messages.sync(fx.rpc).stream().filter(m -> m instanceof RpcMessage.Exit
                || m instanceof RpcMessage.ExitFill || m instanceof RpcMessage.ExitCancel).toList();
        assertThat(got).extracting(RpcMessage::type).containsExactly("exit", "exit_cancel", "exit");
        Trade trade = bot.context().trades().findById(1L).orElseThrow();
        Order cancelled = trade.orders().get(1);
        assertThat(cancelled.ftCancelReason()).isEqualTo("cancelled due to timeout");

        RpcMessage.ExitCancel cancel = (RpcMessage.ExitCancel) got.get(1);
        assertThat(cancel.tradeId()).isEqualTo(trade.id());
        assertThat(cancel.reason()).isEqualTo("cancelled due to timeout");
        assertThat(cancel.orderType()).isEqualTo("limit");
        assertThat(cancel.subTrade()).isFalse();
        assertThat(cancel.stakeAmount()).isEqualTo(trade.stakeAmount());
        // as freqtrade: nothing of the order filled, and the close rate was reset before the message
        assertThat(cancel.amount()).isZero();
        assertThat(cancel.limit()).isZero();
        assertThat(cancel.exitReason()).isNull();
        assertThat(cancel.gain()).isEqualTo("loss");
        assertThat(((RpcMessage.Exit) got.get(2)).info().orderRate()).isEqualTo(trade.closeRateRequested());
    }
}
