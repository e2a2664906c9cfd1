package dev.hertz.core.data;

import dev.hertz.core.exchange.sim.SimExchange;
import dev.hertz.core.exchange.sim.SimExchangeConfig;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class DataProviderTest {
    private static final Timeframe M5 = Timeframe.parse("5m");
    private final AtomicLong nowMs = new AtomicLong(Instant.parse("2024-06-03T10:02:30Z").toEpochMilli());
    private final InstantSource wall = () -> Instant.ofEpochMilli(nowMs.get());
    private final SimExchange sim = new SimExchange(SimExchangeConfig.defaults(), wall);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return sim.simTime();
        }
    };

    @Test
    void holdsCompleteCandlesOnlyAndFetchesOnlyWhenANewOneClosed() {
        DataProvider data = new DataProvider(sim, clock, M5, 300);
        DataProvider.PairTimeframe btc = new DataProvider.PairTimeframe("BTC/USDT", M5);
        assertThat(data.refresh(List.of(btc))).containsExactly(btc);
        Candles candles = data.ohlcv("BTC/USDT", M5);
        assertThat(candles.size()).isEqualTo(300);
        // 10:02:30 -> the forming candle opened at 10:00; the last complete one at 09:55
        assertThat(Instant.ofEpochMilli(candles.lastDate())).isEqualTo(Instant.parse("2024-06-03T09:55:00Z"));

        nowMs.addAndGet(Duration.ofMinutes(2).toMillis());
        assertThat(data.refresh(List.of(btc))).isEmpty();

        nowMs.addAndGet(Duration.ofMinutes(1).toMillis());
        assertThat(data.refresh(List.of(btc))).containsExactly(btc);
        Candles later = data.ohlcv("BTC/USDT", M5);
        assertThat(later.size()).isEqualTo(300);
        assertThat(Instant.ofEpochMilli(later.lastDate())).isEqualTo(Instant.parse("2024-06-03T10:00:00Z"));
        assertThat(later.firstDate()).isEqualTo(candles.firstDate() + M5.millis());
        // the appended candle is the exchange's own, now complete
        Candles direct = sim.fetchOhlcv("BTC/USDT", M5, later.lastDate(), 1);
        assertThat(later.close(later.size() - 1)).isEqualTo(direct.close(0));
        assertThat(later.high(later.size() - 1)).isEqualTo(direct.high(0));
    }

    @Test
    void aPairThatFailsKeepsTheOthersGoing() {
        DataProvider data = new DataProvider(sim, clock, M5, 50);
        DataProvider.PairTimeframe eth = new DataProvider.PairTimeframe("ETH/USDT", M5);
        DataProvider.PairTimeframe bogus = new DataProvider.PairTimeframe("NOPE/USDT", M5);
        assertThat(data.refresh(List.of(bogus, eth))).containsExactly(eth);
        assertThat(data.ohlcv("NOPE/USDT", M5).isEmpty()).isTrue();
        assertThat(data.ohlcv("ETH/USDT", M5).size()).isEqualTo(50);
    }

    @Test
    void strategyMessagesAreQueuedOncePerCandleUnlessAlwaysSent() {
        // 10:02:30 market time: inside the 10:00 candle of 5m
        DataProvider data = new DataProvider(sim, clock, M5, 50);
        data.sendMsg("rsi high");
        data.sendMsg("rsi high");
        data.sendMsg("rsi low");
        data.sendMsg("tick", true);
        data.sendMsg("tick", true);
        assertThat(data.drainStrategyMessages()).containsExactly("rsi high", "rsi low", "tick", "tick");
        assertThat(data.drainStrategyMessages()).isEmpty();

        nowMs.addAndGet(Duration.ofMinutes(2).toMillis());
        data.sendMsg("rsi high");
        assertThat(data.drainStrategyMessages()).as("still the 10:00 candle").isEmpty();

        nowMs.addAndGet(Duration.ofMinutes(1).toMillis());
        data.sendMsg("rsi high");
        data.sendMsg("rsi high");
        assertThat(data.drainStrategyMessages()).as("the 10:05 candle").containsExactly("rsi high");
    }
}
