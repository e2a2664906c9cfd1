package dev.hertz.core.strategy;

import dev.hertz.core.data.Candles;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static dev.hertz.core.strategy.StrategyAnalyzerTest.FIVE_MINUTES;
import static dev.hertz.core.strategy.StrategyAnalyzerTest.SPOT;
import static dev.hertz.core.strategy.StrategyAnalyzerTest.T0;
import static dev.hertz.core.strategy.StrategyAnalyzerTest.candles;
import static org.assertj.core.api.Assertions.assertThat;

/** freqtrade's rules for reading the signal of the latest candle. */
class LatestSignalTest {

    static final String FUTURES = "{\"trading_mode\": \"futures\", \"margin_mode\": \"isolated\"}";
    static final int ROWS = 40;
    static final Instant LAST_CANDLE = Instant.ofEpochMilli(T0 + (ROWS - 1) * FIVE_MINUTES);
    static final Instant CLOSED = LAST_CANDLE.plus(Duration.ofMinutes(5)).plusSeconds(1);

    /** Marks the given signal columns on the last row, with tags. */
    static class LastRow extends TestStrategy {
        final Set<String> signals = new HashSet<>();
        String enterTag = "";
        String exitTag = "";

        LastRow(String... signals) {
            this.signals.addAll(Set.of(signals));
        }

        @Override
        public Frame populateEntryTrend(Frame df, Metadata metadata) {
            for (String column : new String[] {Frame.ENTER_LONG, Frame.ENTER_SHORT}) {
                if (signals.contains(column)) {
                    df.signal(column, df.mask(i -> i == df.lastIndex()), enterTag);
                }
            }
            return df;
        }

        @Override
        public Frame populateExitTrend(Frame df, Metadata metadata) {
            for (String column : new String[] {Frame.EXIT_LONG, Frame.EXIT_SHORT}) {
                if (signals.contains(column)) {
                    df.signal(column, df.mask(i -> i == df.lastIndex()), exitTag);
                }
            }
            return df;
        }
    }

    private static StrategyAnalyzer analyzed(LastRow strategy, String config, Instant now) {
        StrategyAnalyzer analyzer = new StrategyAnalyzer(StrategyFixture.attach(strategy, config), InstantSource.fixed(now));
        Candles candles = candles(ROWS);
        assertThat(analyzer.analyze("BTC/USDT", candles)).isPresent();
        return analyzer;
    }

    @Test
    void aLongEntryOnTheLastClosedCandleCarriesItsTag() {
        LastRow strategy = new LastRow(Frame.ENTER_LONG);
        strategy.enterTag = "dip";
        Optional<EntrySignal> signal = analyzed(strategy, SPOT, CLOSED).entrySignal("BTC/USDT");
        assertThat(signal).contains(new EntrySignal(SignalDirection.LONG, Optional.of("dip"), LAST_CANDLE));
    }

    @Test
    void anEmptyOrNanTagIsNoTag() {
        LastRow strategy = new LastRow(Frame.ENTER_LONG);
        assertThat(analyzed(strategy, SPOT, CLOSED).entrySignal("BTC/USDT").orElseThrow().tag()).isEmpty();
        strategy.enterTag = "nan";
        assertThat(analyzed(strategy, SPOT, CLOSED).entrySignal("BTC/USDT").orElseThrow().tag()).isEmpty();
    }

    @Test
    void aCandleOlderThanTwoTimeframesPlusTheOffsetGivesNoSignal() {
        LastRow strategy = new LastRow(Frame.ENTER_LONG, Frame.EXIT_LONG);
        // 2 × 5m + outdated_offset 5m = 15 minutes after the candle opened is still fine ...
        Instant limit = LAST_CANDLE.plus(Duration.ofMinutes(15));
        assertThat(analyzed(new LastRow(Frame.ENTER_LONG), SPOT, limit).entrySignal("BTC/USDT")).isPresent();
        // ... a moment later it is outdated, for entries and exits alike
        StrategyAnalyzer late = analyzed(strategy, SPOT, limit.plusMillis(1));
        assertThat(late.entrySignal("BTC/USDT")).isEmpty();
        assertThat(late.exitSignal("BTC/USDT", false)).isEqualTo(ExitSignal.NONE);
        String offset10 = "{\"trading_mode\": \"spot\", \"exchange\": {\"outdated_offset\": 10}}";
        assertThat(analyzed(new LastRow(Frame.ENTER_LONG), offset10, limit.plusMillis(1)).entrySignal("BTC/USDT")).isPresent();
    }

    @Test
    void anExitOrAnOppositeEntryOnTheSameCandleCancelsTheEntry() {
        assertThat(analyzed(new LastRow(Frame.ENTER_LONG, Frame.EXIT_LONG), SPOT, CLOSED).entrySignal("BTC/USDT")).isEmpty();
        assertThat(analyzed(new LastRow(Frame.ENTER_LONG, Frame.ENTER_SHORT), SPOT, CLOSED).entrySignal("BTC/USDT")).isEmpty();
        LastRow both = new LastRow(Frame.ENTER_LONG, Frame.ENTER_SHORT);
        both.canShort = true;
        assertThat(analyzed(both, FUTURES, CLOSED).entrySignal("BTC/USDT")).isEmpty();
    }

    @Test
    void shortEntriesNeedCanShortAndANonSpotMarket() {
        LastRow notAllowed = new LastRow(Frame.ENTER_SHORT);
        assertThat(analyzed(notAllowed, FUTURES, CLOSED).entrySignal("BTC/USDT")).isEmpty();
        LastRow spot = new LastRow(Frame.ENTER_SHORT);
        spot.canShort = true;
        assertThat(analyzed(spot, SPOT, CLOSED).entrySignal("BTC/USDT")).isEmpty();
        LastRow futures = new LastRow(Frame.ENTER_SHORT);
        futures.canShort = true;
        assertThat(analyzed(futures, FUTURES, CLOSED).entrySignal("BTC/USDT"))
                .hasValueSatisfying(s -> assertThat(s.direction()).isEqualTo(SignalDirection.SHORT));
        LastRow shortAndExit = new LastRow(Frame.ENTER_SHORT, Frame.EXIT_SHORT);
        shortAndExit.canShort = true;
        assertThat(analyzed(shortAndExit, FUTURES, CLOSED).entrySignal("BTC/USDT")).isEmpty();
    }

    @Test
    void ignoreBuyingExpiredCandleAfterCountsFromTheCandleClose() {
        LastRow strategy = new LastRow(Frame.ENTER_LONG);
        strategy.ignoreBuyingExpiredCandleAfter = 60;
        Instant close = LAST_CANDLE.plus(Duration.ofMinutes(5));
        assertThat(analyzed(strategy, SPOT, close.plusSeconds(60)).entrySignal("BTC/USDT")).isPresent();
        assertThat(analyzed(strategy, SPOT, close.plusSeconds(61)).entrySignal("BTC/USDT")).isEmpty();
    }

    @Test
    void exitSignalsAreReadForTheTradesDirection() {
        LastRow strategy = new LastRow(Frame.EXIT_LONG, Frame.ENTER_SHORT);
        strategy.exitTag = "take_profit";
        StrategyAnalyzer analyzer = analyzed(strategy, SPOT, CLOSED);
        assertThat(analyzer.exitSignal("BTC/USDT", false)).isEqualTo(new ExitSignal(false, true, Optional.of("take_profit")));
        assertThat(analyzer.exitSignal("BTC/USDT", true)).isEqualTo(new ExitSignal(true, false, Optional.of("take_profit")));
        assertThat(analyzer.exitSignal("ETH/USDT", false)).isEqualTo(ExitSignal.NONE);
    }
}
