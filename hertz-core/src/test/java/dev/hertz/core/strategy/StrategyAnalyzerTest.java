package dev.hertz.core.strategy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.hertz.core.data.Candles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StrategyAnalyzerTest {

    static final long T0 = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    static final long FIVE_MINUTES = 300_000L;
    static final String SPOT = "{\"trading_mode\": \"spot\"}";

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger analyzerLog = (Logger) LoggerFactory.getLogger(StrategyAnalyzer.class);

    @BeforeEach
    void captureLogs() {
        logs.start();
        analyzerLog.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        analyzerLog.detachAppender(logs);
    }

    /** {@code rows} 5m candles from {@link #T0} with close = 100 + row. */
    static Candles candles(int rows) {
        Candles.Builder b = Candles.builder(rows);
        for (int i = 0; i < rows; i++) {
            double c = 100 + i;
            b.add(T0 + i * FIVE_MINUTES, c, c + 1, c - 1, c, 10);
        }
        return b.build();
    }

    /** The moment the last of {@code rows} candles has just closed. */
    static InstantSource justAfterClose(int rows) {
        return InstantSource.fixed(Instant.ofEpochMilli(T0 + rows * FIVE_MINUTES + 1_000));
    }

    /** Counts its analyses; fails for pairs starting with BAD; WRONG pairs get a column of the wrong length. */
    static class Picky extends TestStrategy {
        int analyses;

        @Override
        public Frame populateIndicators(Frame df, Metadata metadata) {
            analyses++;
            if (metadata.pair().startsWith("BAD")) {
                throw new IllegalStateException("indicator blew up");
            }
            if (metadata.pair().startsWith("WRONG")) {
                df.set("short_column", new double[3]);
            }
            return df.set("double_close", Series.apply(df.close(), c -> 2 * c));
        }

        @Override
        public Frame populateEntryTrend(Frame df, Metadata metadata) {
            return df.signal(Frame.ENTER_LONG, df.mask(i -> i == df.lastIndex()), "last_row");
        }
    }

    @Test
    void aFailingPairIsSkippedAndLoggedOnceWhileTheOthersAreAnalysed() {
        Picky strategy = StrategyFixture.attach(new Picky(), SPOT);
        StrategyAnalyzer analyzer = new StrategyAnalyzer(strategy, justAfterClose(50));
        Candles candles = candles(50);

        for (int round = 0; round < 3; round++) {
            Candles now = candles.slice(0, 48 + round);
            analyzer.analyze("BTC/USDT", now);
            analyzer.analyze("BAD/USDT", now);
            analyzer.analyze("WRONG/USDT", now);
            analyzer.analyze("ETH/USDT", now);
        }

        assertThat(analyzer.analyzedFrame("BTC/USDT")).hasValueSatisfying(f -> {
            assertThat(f.length()).isEqualTo(50);
            assertThat(f.last("double_close")).isEqualTo(2 * 149.0);
        });
        assertThat(analyzer.entrySignal("ETH/USDT")).hasValueSatisfying(s -> {
            assertThat(s.direction()).isEqualTo(SignalDirection.LONG);
            assertThat(s.tag()).contains("last_row");
            assertThat(s.candleDate()).isEqualTo(Instant.ofEpochMilli(T0 + 49 * FIVE_MINUTES));
        });
        assertThat(analyzer.analyzedFrame("BAD/USDT")).isEmpty();
        assertThat(analyzer.entrySignal("BAD/USDT")).isEmpty();
        assertThat(analyzer.analyzedFrame("WRONG/USDT")).isEmpty();
        assertThat(analyzer.exitSignal("WRONG/USDT", false)).isEqualTo(ExitSignal.NONE);
        assertThat(strategy.analyses).isEqualTo(12);
        assertThat(warnings()).containsExactly(
                "Unable to analyze candle (OHLCV) data for pair BAD/USDT: java.lang.IllegalStateException: indicator blew up",
                "Unable to analyze candle (OHLCV) data for pair WRONG/USDT: java.lang.IllegalArgumentException: "
                        + "column 'short_column' has 3 values but the frame has 48 rows");
    }

    static class Switchable extends TestStrategy {
        boolean broken;

        @Override
        public Frame populateIndicators(Frame df, Metadata metadata) {
            if (broken) {
                throw new IllegalStateException("broken");
            }
            return df;
        }
    }

    @Test
    void aPairThatRecoversIsAnalysedAgainAndAFailureAfterThatIsLoggedAgain() {
        Switchable strategy = StrategyFixture.attach(new Switchable(), SPOT);
        StrategyAnalyzer analyzer = new StrategyAnalyzer(strategy, justAfterClose(50));
        strategy.broken = true;
        assertThat(analyzer.analyze("BTC/USDT", candles(46))).isEmpty();
        assertThat(analyzer.analyze("BTC/USDT", candles(47))).isEmpty();
        strategy.broken = false;
        assertThat(analyzer.analyze("BTC/USDT", candles(48))).isPresent();
        strategy.broken = true;
        assertThat(analyzer.analyze("BTC/USDT", candles(49))).isEmpty();

        assertThat(warnings()).hasSize(2).allSatisfy(w -> assertThat(w).endsWith("IllegalStateException: broken"));
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("Analysis of pair BTC/USDT succeeds again.");
    }

    static class Truncating extends TestStrategy {
        @Override
        public Frame populateExitTrend(Frame df, Metadata metadata) {
            return df.tail(df.length() - 1);
        }
    }

    static class CloseChanging extends TestStrategy {
        @Override
        public Frame populateIndicators(Frame df, Metadata metadata) {
            df.close()[df.lastIndex()] = 0;
            return df;
        }
    }

    static class NoReturn extends TestStrategy {
        @Override
        public Frame populateEntryTrend(Frame df, Metadata metadata) {
            return null;
        }
    }

    @Test
    void framesThatLoseRowsOrChangeTheLastCandleAreRefused() {
        assertRefused(new Truncating(), "Dataframe returned from strategy has mismatching length.");
        assertRefused(new CloseChanging(), "Dataframe returned from strategy has mismatching last close price.");
        assertRefused(new NoReturn(), "No dataframe returned (return statement missing?).");
    }

    private void assertRefused(Strategy strategy, String message) {
        logs.list.clear();
        StrategyAnalyzer analyzer = new StrategyAnalyzer(StrategyFixture.attach(strategy, SPOT), justAfterClose(20));
        assertThat(analyzer.analyze("BTC/USDT", candles(20))).isEmpty();
        assertThat(warnings()).singleElement().asString().endsWith(message);
    }

    @Test
    void disabledDataframeChecksOnlyWarn() {
        Truncating strategy = new Truncating();
        strategy.disableDataframeChecks = true;
        StrategyAnalyzer analyzer = new StrategyAnalyzer(StrategyFixture.attach(strategy, SPOT), justAfterClose(20));

        assertThat(analyzer.analyze("BTC/USDT", candles(20))).hasValueSatisfying(f -> assertThat(f.length()).isEqualTo(19));
        assertThat(warnings()).containsExactly("Dataframe returned from strategy has mismatching length.");
    }

    @Test
    void onlyNewCandlesAreAnalysedUnlessProcessOnlyNewCandlesIsOff() {
        Picky strategy = StrategyFixture.attach(new Picky(), SPOT);
        StrategyAnalyzer analyzer = new StrategyAnalyzer(strategy, justAfterClose(30));
        Frame first = analyzer.analyze("BTC/USDT", candles(30)).orElseThrow();
        assertThat(analyzer.analyze("BTC/USDT", candles(30))).containsSame(first);
        assertThat(strategy.analyses).isEqualTo(1);
        analyzer.analyze("BTC/USDT", candles(31));
        assertThat(strategy.analyses).isEqualTo(2);

        Picky always = new Picky();
        always.processOnlyNewCandles = false;
        StrategyAnalyzer eager = new StrategyAnalyzer(StrategyFixture.attach(always, SPOT), justAfterClose(30));
        eager.analyze("BTC/USDT", candles(30));
        eager.analyze("BTC/USDT", candles(30));
        assertThat(always.analyses).isEqualTo(2);
    }

    @Test
    void emptyCandlesKeepTheLastAnalysis() {
        Picky strategy = StrategyFixture.attach(new Picky(), SPOT);
        StrategyAnalyzer analyzer = new StrategyAnalyzer(strategy, justAfterClose(30));
        Frame first = analyzer.analyze("BTC/USDT", candles(30)).orElseThrow();
        assertThat(analyzer.analyze("BTC/USDT", Candles.empty())).containsSame(first);
        assertThat(warnings()).containsExactly("Empty candle (OHLCV) data for pair BTC/USDT");
    }

    private List<String> warnings() {
        return logs.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
    }
}
