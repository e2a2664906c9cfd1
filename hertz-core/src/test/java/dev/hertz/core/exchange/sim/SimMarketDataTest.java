package dev.hertz.core.exchange.sim;

import dev.hertz.core.testing.ManualClock;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.ExchangeError;
import dev.hertz.core.exchange.OperationalException;
import dev.hertz.core.exchange.OrderBook;
import dev.hertz.core.exchange.Ticker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SimMarketDataTest {

    private static final Instant START = Instant.parse("2024-10-21T12:34:56Z");
    private static final Timeframe M1 = Timeframe.parse("1m");

    private static SimExchange exchange(long seed, ManualClock clock) {
        return new SimExchange(SimExchangeConfig.defaults().withSeed(seed), clock);
    }

    @Test
    void sameSeedGivesSameMarket() {
        SimExchange a = exchange(7, new ManualClock(START));
        SimExchange b = exchange(7, new ManualClock(START));
        // fetched in a different order on purpose: generation must not depend on access order
        Candles b1d = b.fetchOhlcv("ETH/USDT", Timeframe.parse("1d"), null, 200);
        Candles b5m = b.fetchOhlcv("ETH/USDT", Timeframe.parse("5m"), null, 500);
        assertThat(a.fetchOhlcv("ETH/USDT", Timeframe.parse("5m"), null, 500)).isEqualTo(b5m);
        assertThat(a.fetchOhlcv("ETH/USDT", Timeframe.parse("1d"), null, 200)).isEqualTo(b1d);
        assertThat(a.fetchTicker("SOL/USDT")).isEqualTo(b.fetchTicker("SOL/USDT"));
        assertThat(a.fetchOrderBook("BTC/USDT", 20)).isEqualTo(b.fetchOrderBook("BTC/USDT", 20));
    }

    @Test
    void differentSeedOrPairGivesDifferentPaths() {
        Candles a = exchange(7, new ManualClock(START)).fetchOhlcv("ETH/USDT", M1, null, 100);
        Candles b = exchange(8, new ManualClock(START)).fetchOhlcv("ETH/USDT", M1, null, 100);
        assertThat(a.closes()).isNotEqualTo(b.closes());
    }

    @Test
    void restartLaterInTheSameWeekSeesTheSameHistory() {
        SimExchange early = exchange(3, new ManualClock(START));
        SimExchange later = exchange(3, new ManualClock(START.plus(Duration.ofHours(30))));
        long since = START.minus(Duration.ofDays(2)).toEpochMilli();
        Candles e = early.fetchOhlcv("BTC/USDT", Timeframe.parse("15m"), since, 100);
        Candles l = later.fetchOhlcv("BTC/USDT", Timeframe.parse("15m"), since, 100);
        assertThat(l).isEqualTo(e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d"})
    void everyTimeframeAggregatesTheMinuteCandles(String tf) {
        SimExchange ex = exchange(11, new ManualClock(START));
        Timeframe timeframe = Timeframe.parse(tf);
        int perCandle = (int) timeframe.minutes();
        // at least one finished candle besides the forming one, so day summaries are checked too
        int count = Math.max(2, Math.min(12, 1500 / perCandle + 1));
        long since = timeframe.candleOpen(START.toEpochMilli()) - (count - 1) * timeframe.millis();
        Candles big = ex.fetchOhlcv("SOL/USDT", timeframe, since, count);
        assertThat(big.size()).isEqualTo(count);
        for (int c = 0; c < big.size(); c++) {
            Candles minutes = minuteCandles(ex, big.date(c), Math.min(big.date(c) + timeframe.millis(), START.toEpochMilli() + 1));
            assertAggregate(big, c, minutes);
        }
    }

    private static Candles minuteCandles(SimExchange ex, long from, long toExclusive) {
        Candles.Builder all = Candles.builder(1500);
        long since = from;
        while (since < toExclusive) {
            Candles part = ex.fetchOhlcv("SOL/USDT", M1, since, 1000).until(toExclusive - 1);
            for (int i = 0; i < part.size(); i++) {
                all.add(part.date(i), part.open(i), part.high(i), part.low(i), part.close(i), part.volume(i));
            }
            if (part.isEmpty()) {
                break;
            }
            since = part.lastDate() + 60_000;
        }
        return all.build();
    }

    private static void assertAggregate(Candles big, int c, Candles minutes) {
        double hi = Double.NEGATIVE_INFINITY;
        double lo = Double.POSITIVE_INFINITY;
        double vol = 0;
        for (int i = 0; i < minutes.size(); i++) {
            hi = Math.max(hi, minutes.high(i));
            lo = Math.min(lo, minutes.low(i));
            vol += minutes.volume(i);
        }
        assertThat(minutes.firstDate()).isEqualTo(big.date(c));
        assertThat(big.open(c)).isEqualTo(minutes.open(0));
        assertThat(big.close(c)).isEqualTo(minutes.close(minutes.size() - 1));
        assertThat(big.high(c)).isEqualTo(hi);
        assertThat(big.low(c)).isEqualTo(lo);
        assertThat(big.volume(c)).isCloseTo(vol, within(vol * 1e-9));
    }

    @Test
    void weeklyAndThreeDayCandlesAggregateDailyOnes() {
        SimExchange ex = exchange(5, new ManualClock(START));
        Candles days = ex.fetchOhlcv("ADA/USDT", Timeframe.parse("1d"), null, 1000);
        for (String tf : List.of("3d", "1w", "1M")) {
            Timeframe t = Timeframe.parse(tf);
            Candles big = ex.fetchOhlcv("ADA/USDT", t, null, 5);
            for (int c = 0; c < big.size(); c++) {
                Candles inside = days.since(big.date(c)).until(big.date(c) + t.millis() - 1);
                assertAggregate(big, c, inside);
            }
        }
    }

    @Test
    void candlesAreWellFormedAndContinuous() {
        SimExchange ex = exchange(9, new ManualClock(START));
        for (String pair : ex.markets().keySet()) {
            Candles c = ex.fetchOhlcv(pair, Timeframe.parse("5m"), null, 500);
            assertThat(c.size()).isEqualTo(500);
            for (int i = 0; i < c.size(); i++) {
                assertThat(c.high(i)).isGreaterThanOrEqualTo(Math.max(c.open(i), c.close(i)));
                assertThat(c.low(i)).isLessThanOrEqualTo(Math.min(c.open(i), c.close(i)));
                assertThat(c.low(i)).isPositive();
                assertThat(c.volume(i)).isPositive();
                if (i > 0) {
                    assertThat(c.open(i)).isEqualTo(c.close(i - 1));
                    assertThat(c.date(i) - c.date(i - 1)).isEqualTo(300_000L);
                }
            }
            double tick = ex.markets().get(pair).pricePrecision();
            assertThat(c.close(250) / tick).isCloseTo(Math.rint(c.close(250) / tick), within(1e-6));
        }
    }

    @Test
    void pricesMoveLikeAMarket() {
        SimExchange ex = exchange(21, new ManualClock(START));
        Candles m = ex.fetchOhlcv("BTC/USDT", M1, null, 1000);
        double sum2 = 0;
        int moves = 0;
        for (int i = 1; i < m.size(); i++) {
            double r = Math.log(m.close(i) / m.close(i - 1));
            sum2 += r * r;
            if (r != 0) {
                moves++;
            }
        }
        double minuteVol = Math.sqrt(sum2 / (m.size() - 1));
        // 55 % a year is about 0.076 % a minute; clustering and jumps keep it within a band around that
        assertThat(minuteVol).isBetween(0.0003, 0.003);
        assertThat(moves).isGreaterThan(900);
        Candles d = ex.fetchOhlcv("BTC/USDT", Timeframe.parse("1d"), null, 1000);
        assertThat(d.size()).isEqualTo(1000);
        for (int i = 0; i < d.size(); i++) {
            // mean reversion keeps the price within a plausible band around the configured level
            assertThat(d.close(i)).isBetween(65_000 / 5.0, 65_000 * 5.0);
        }
    }

    @Test
    void theLastCandleFormsAsTimePasses() {
        ManualClock clock = new ManualClock(Instant.parse("2024-10-21T12:30:00Z"));
        SimExchange ex = exchange(13, clock);
        Timeframe m5 = Timeframe.parse("5m");
        Candles atOpen = ex.fetchOhlcv("XRP/USDT", m5, null, 3);
        assertThat(atOpen.lastDate()).isEqualTo(clock.millis());
        assertThat(atOpen.volume(2)).isZero();
        assertThat(atOpen.high(2)).isEqualTo(atOpen.open(2));
        double prevHigh = atOpen.high(2);
        double prevVolume = 0;
        for (int s = 1; s <= 20; s++) {
            clock.advance(Duration.ofSeconds(15));
            Candles now = ex.fetchOhlcv("XRP/USDT", m5, null, 3);
            int last = now.size() - 1;
            if (s < 20) {
                assertThat(now.lastDate()).isEqualTo(atOpen.lastDate());
                assertThat(now.open(last)).isEqualTo(atOpen.open(2));
                assertThat(now.high(last)).isGreaterThanOrEqualTo(prevHigh);
                assertThat(now.volume(last)).isGreaterThan(prevVolume);
                assertThat(now.close(last)).isEqualTo(ex.fetchTicker("XRP/USDT").last());
                prevHigh = now.high(last);
                prevVolume = now.volume(last);
            } else {
                // the candle closed: it is now the full aggregate, and a new one has opened
                assertThat(now.date(last - 1)).isEqualTo(atOpen.lastDate());
                assertThat(now.high(last - 1)).isGreaterThanOrEqualTo(prevHigh);
                assertThat(now.lastDate()).isEqualTo(clock.millis());
            }
        }
    }

    @Test
    void speedScalesSimulatedTime() {
        ManualClock clock = new ManualClock(START);
        SimExchange ex = new SimExchange(SimExchangeConfig.defaults().withSpeed(60), clock);
        assertThat(ex.simTime()).isEqualTo(START);
        clock.advance(Duration.ofSeconds(10));
        assertThat(ex.simTime()).isEqualTo(START.plus(Duration.ofMinutes(10)));
        SimExchange fixedStart = new SimExchange(SimExchangeConfig.defaults()
                .withStart(Instant.parse("2023-01-01T00:00:00Z")), clock);
        assertThat(fixedStart.simTime()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
    }

    @Test
    void sinceAndLimitSemantics() {
        SimExchange ex = exchange(1, new ManualClock(START));
        Timeframe h1 = Timeframe.parse("1h");
        long since = Instant.parse("2024-10-20T10:30:00Z").toEpochMilli();
        Candles c = ex.fetchOhlcv("LTC/USDT", h1, since, 5);
        assertThat(c.dates()).containsExactly(
                Instant.parse("2024-10-20T11:00:00Z").toEpochMilli(), Instant.parse("2024-10-20T12:00:00Z").toEpochMilli(),
                Instant.parse("2024-10-20T13:00:00Z").toEpochMilli(), Instant.parse("2024-10-20T14:00:00Z").toEpochMilli(),
                Instant.parse("2024-10-20T15:00:00Z").toEpochMilli());
        // never beyond now (09:34:56 -> 10:00, 11:00 and the forming 12:00), never more than the candle limit
        assertThat(ex.fetchOhlcv("LTC/USDT", h1, START.minus(Duration.ofHours(3)).toEpochMilli(), 100).dates())
                .containsExactly(Instant.parse("2024-10-21T10:00:00Z").toEpochMilli(),
                        Instant.parse("2024-10-21T11:00:00Z").toEpochMilli(),
                        Instant.parse("2024-10-21T12:00:00Z").toEpochMilli());
        assertThat(ex.fetchOhlcv("LTC/USDT", M1, null, 5000).size()).isEqualTo(1000);
        assertThat(ex.fetchOhlcv("LTC/USDT", M1, START.plus(Duration.ofHours(1)).toEpochMilli(), 10).isEmpty()).isTrue();
        // history starts history_days before the start; earlier requests begin there
        Candles oldest = ex.fetchOhlcv("LTC/USDT", Timeframe.parse("1d"), 0L, 3);
        assertThat(oldest.firstDate()).isEqualTo(ex.historyStart().toEpochMilli());
        assertThat(ex.historyStart()).isEqualTo(Instant.parse("2024-10-21T00:00:00Z").minus(Duration.ofDays(1100)));
    }

    @Test
    void tickerIsConsistentWithBookAndCandles() {
        ManualClock clock = new ManualClock(START);
        SimExchange ex = exchange(4, clock);
        for (Ticker t : ex.fetchTickers().values()) {
            assertThat(t.bid()).isLessThan(t.ask());
            assertThat(t.bid()).isLessThanOrEqualTo(t.last());
            assertThat(t.ask()).isGreaterThanOrEqualTo(t.last());
            assertThat(t.high()).isGreaterThanOrEqualTo(t.last());
            assertThat(t.low()).isLessThanOrEqualTo(t.last());
            assertThat(t.quoteVolume()).isPositive();
            assertThat(t.percentage()).isCloseTo((t.last() - t.open()) / t.open() * 100, within(1e-9));
            assertThat(t.timestamp()).isEqualTo(START.toEpochMilli());
            OrderBook book = ex.fetchOrderBook(t.symbol(), 1);
            assertThat(book.bids().get(0).price()).isEqualTo(t.bid());
            assertThat(book.asks().get(0).price()).isEqualTo(t.ask());
            Candles last = ex.fetchOhlcv(t.symbol(), M1, null, 1);
            assertThat(last.close(0)).isEqualTo(t.last());
        }
    }

    @Test
    void orderBookHasSensibleDepth() {
        SimExchange ex = exchange(4, new ManualClock(START));
        OrderBook book = ex.fetchOrderBook("ETH/USDT", 20);
        assertThat(book.bids()).hasSize(20);
        assertThat(book.asks()).hasSize(20);
        double step = ex.markets().get("ETH/USDT").amountPrecision();
        for (int i = 1; i < 20; i++) {
            assertThat(book.bids().get(i).price()).isLessThan(book.bids().get(i - 1).price());
            assertThat(book.asks().get(i).price()).isGreaterThan(book.asks().get(i - 1).price());
        }
        for (OrderBook.Level l : book.asks()) {
            assertThat(l.amount()).isPositive();
            assertThat(l.amount() / step).isCloseTo(Math.rint(l.amount() / step), within(1e-6));
        }
        double spread = book.asks().get(0).price() / book.bids().get(0).price() - 1;
        assertThat(spread).isBetween(0.0, 0.001);
        // a deeper request shows the same top levels
        assertThat(ex.fetchOrderBook("ETH/USDT", 50).bids().subList(0, 20)).isEqualTo(book.bids());
    }

    @Test
    void unknownPairAndTimeframeAreRejected() {
        SimExchange ex = exchange(4, new ManualClock(START));
        assertThatThrownBy(() -> ex.fetchTicker("FOO/USDT")).isInstanceOf(ExchangeError.class)
                .hasMessageContaining("FOO/USDT");
        assertThatThrownBy(() -> ex.fetchOhlcv("BTC/USDT", Timeframe.parse("7m"), null, 10))
                .isInstanceOf(OperationalException.class).hasMessageContaining("7m");
        assertThatThrownBy(() -> ex.market("FOO/USDT")).isInstanceOf(OperationalException.class);
    }

    @Test
    void marketsLookLikeBinanceSpot() {
        SimExchange ex = exchange(4, new ManualClock(START));
        assertThat(ex.name()).isEqualTo("sim");
        assertThat(ex.markets()).containsKeys("BTC/USDT", "ETH/USDT", "SOL/USDT", "XRP/USDT", "ADA/USDT", "DOGE/USDT",
                "BNB/USDT", "LTC/USDT");
        var btc = ex.market("BTC/USDT");
        assertThat(btc.base()).isEqualTo("BTC");
        assertThat(btc.quote()).isEqualTo("USDT");
        assertThat(btc.spot()).isTrue();
        assertThat(btc.precisionMode()).isEqualTo(dev.hertz.core.exchange.PrecisionMode.TICK_SIZE);
        assertThat(btc.pricePrecision()).isEqualTo(0.01);
        assertThat(btc.amountPrecision()).isEqualTo(0.00001);
        assertThat(btc.limits().cost().min()).isEqualTo(5.0);
        assertThat(btc.taker()).isEqualTo(0.001);
        assertThat(ex.timeframes()).extracting(Timeframe::name).containsExactly(Timeframe.TYPICAL.split(" "));
        assertThat(ex.capabilities().fetchL2OrderBook()).isTrue();
    }
}
