package dev.hertz.app;

import dev.hertz.core.bot.TradingBot;
import dev.hertz.core.rpc.RpcHandler;
import dev.hertz.core.rpc.RpcMessage;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.StrategyAnalyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot's messages about its market view (whitelist, analysed candles), the strategy's own
 * messages, and how a slow or failing handler affects the bot: not at all.
 */
class BotStreamMessagesTest {
    private static final String TWO_PAIRS = """
            {"exchange": {"pair_whitelist": ["BTC/USDT", "ETH/USDT"]}}
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
    void eachNewCandleAnalysedIsPublishedWithItsLastRowAndTheWhitelistWhenItChanges() {
        TradingBot bot = fx.strategy().start(BotFixture.config(TWO_PAIRS));
        fx.messages.clear(fx.rpc);
        bot.process(true);

        List<RpcMessage> got = fx.messages.sync(fx.rpc);
        assertThat(got).filteredOn(RpcMessage.Whitelist.class::isInstance)
                .containsExactly(new RpcMessage.Whitelist(List.of("BTC/USDT", "ETH/USDT")));
        List<RpcMessage> analysis = got.stream().filter(m -> m instanceof RpcMessage.AnalyzedDf
                || m instanceof RpcMessage.NewCandle).toList();
        RpcMessage.PairKey btc = new RpcMessage.PairKey("BTC/USDT", "1m", "spot");
        RpcMessage.PairKey eth = new RpcMessage.PairKey("ETH/USDT", "1m", "spot");
        assertThat(analysis).extracting(BotStreamMessagesTest::key).containsExactly(btc, btc, eth, eth);
        assertThat(analysis).extracting(RpcMessage::type)
                .containsExactly("analyzed_df", "new_candle", "analyzed_df", "new_candle");
        for (String pair : List.of("BTC/USDT", "ETH/USDT")) {
            StrategyAnalyzer.Analyzed latest = bot.context().analyzer().latest(pair).orElseThrow();
            RpcMessage.AnalyzedRow row = analysis.stream().filter(RpcMessage.AnalyzedDf.class::isInstance)
                    .map(m -> ((RpcMessage.AnalyzedDf) m).data()).filter(d -> d.key().pair().equals(pair))
                    .findFirst().orElseThrow();
            Frame whole = latest.frame();
            assertThat(row.df().length()).isEqualTo(1);
            assertThat(row.index()).isEqualTo(whole.lastIndex()).isPositive();
            assertThat(row.df().date()[0]).isEqualTo(whole.date()[whole.lastIndex()]);
            assertThat(row.df().close()[0]).isEqualTo(whole.close()[whole.lastIndex()]);
            assertThat(row.df().columnNames()).isEqualTo(whole.columnNames()).contains(Frame.ENTER_LONG);
            assertThat(row.la()).isEqualTo(latest.analyzedAt());
        }

        // later in the same candle nothing is analysed again and the whitelist is unchanged
        fx.advance(Duration.ofSeconds(20));
        bot.process(true);
        List<RpcMessage> later = fx.messages.sync(fx.rpc);
        assertThat(later.subList(got.size(), later.size()))
                .noneMatch(m -> m instanceof RpcMessage.AnalyzedDf || m instanceof RpcMessage.NewCandle
                        || m instanceof RpcMessage.Whitelist);

        fx.messages.clear(fx.rpc);
        fx.nextCandle();
        bot.process(true);
        assertThat(fx.messages.sync(fx.rpc)).filteredOn(RpcMessage.NewCandle.class::isInstance).hasSize(2);

        // the data provider's flag turns the analysis messages off
        bot.context().data().emitAnalyzedDataframes(false);
        fx.messages.clear(fx.rpc);
        fx.nextCandle();
        bot.process(true);
        assertThat(fx.messages.sync(fx.rpc))
                .noneMatch(m -> m instanceof RpcMessage.AnalyzedDf || m instanceof RpcMessage.NewCandle);
    }

    private static RpcMessage.PairKey key(RpcMessage m) {
        return m instanceof RpcMessage.AnalyzedDf df ? df.data().key() : ((RpcMessage.NewCandle) m).data();
    }

    @Test
    void strategyMessagesGoOutAtTheEndOfTheIterationOncePerCandleUnlessAlwaysSent() {
        TradingBot bot = fx.strategy("""
                dp.sendMsg("analysing " + metadata.pair());
                dp.sendMsg("analysing " + metadata.pair());
                dp.sendMsg("candle " + df.date()[df.lastIndex()], true);
                dp.sendMsg("candle " + df.date()[df.lastIndex()], true);
                """, "").start(BotFixture.config("""
                {"max_open_trades": 1, "exchange": {"pair_whitelist": ["BTC/USDT"]}}
                """));
        fx.messages.clear(fx.rpc);
        bot.process(true);
        long firstCandle = bot.context().analyzer().latest("BTC/USDT").orElseThrow().frame().date()[0];
        long lastCandle = lastCandle(bot);
        fx.nextCandle();
        bot.process(true);
        long nextCandle = lastCandle(bot);

        List<RpcMessage> got = fx.messages.sync(fx.rpc);
        assertThat(got).filteredOn(RpcMessage.StrategyMsg.class::isInstance).containsExactly(
                new RpcMessage.StrategyMsg("analysing BTC/USDT"),
                new RpcMessage.StrategyMsg("candle " + lastCandle),
                new RpcMessage.StrategyMsg("candle " + lastCandle),
                new RpcMessage.StrategyMsg("analysing BTC/USDT"),
                new RpcMessage.StrategyMsg("candle " + nextCandle),
                new RpcMessage.StrategyMsg("candle " + nextCandle));
        assertThat(nextCandle).isGreaterThan(lastCandle).isGreaterThan(firstCandle);
        // queued during the analysis, sent after the orders of the same iteration
        int entry = got.indexOf(got.stream().filter(RpcMessage.Entry.class::isInstance).findFirst().orElseThrow());
        assertThat(got.indexOf(new RpcMessage.StrategyMsg("analysing BTC/USDT"))).isGreaterThan(entry);
    }

    private static long lastCandle(TradingBot bot) {
        Frame frame = bot.context().analyzer().latest("BTC/USDT").orElseThrow().frame();
        return frame.date()[frame.lastIndex()];
    }

    @Test
    @Timeout(300)
    void aStuckHandlerAndAThrowingHandlerHoldUpNeitherTheBotNorTheOtherHandlers() {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger stuckGot = new AtomicInteger();
        fx.rpc.register(new RpcHandler() {
            @Override
            public String name() {
                return "webhook";
            }

            @Override
            public void sendMsg(RpcMessage message) {
                stuckGot.incrementAndGet();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        AtomicInteger thrown = new AtomicInteger();
        fx.rpc.register(new RpcHandler() {
            @Override
            public String name() {
                return "discord";
            }

            @Override
            public void sendMsg(RpcMessage message) {
                thrown.incrementAndGet();
                throw new IllegalStateException("discord is down");
            }
        });
        TradingBot bot = fx.strategy().start(BotFixture.config(TWO_PAIRS));
        bot.process(true);
        for (int i = 0; i < 4; i++) {
            fx.nextCandle();
            bot.process(true);
        }

        // the loop ran to the end on this thread; the recorder got every trade message
        List<RpcMessage> got = fx.messages.sync(fx.rpc);
        assertThat(got).filteredOn(RpcMessage.ExitFill.class::isInstance).hasSize(2);
        assertThat(got).filteredOn(RpcMessage.EntryFill.class::isInstance).hasSizeGreaterThanOrEqualTo(2);
        assertThat(stuckGot).hasValue(1);

        // once released, the stuck handler catches up; closing waits for both queues to drain
        release.countDown();
        fx.rpc.close();
        int sent = got.size() + 1; // and the recorder's sync marker
        assertThat(stuckGot).hasValue(sent);
        assertThat(thrown).hasValue(sent);
    }
}
