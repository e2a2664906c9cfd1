package dev.hertz.core.exchange;

import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.sim.SimExchange;
import dev.hertz.core.exchange.sim.SimExchangeConfig;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryingExchangeTest {

    private static final int ALWAYS = 100;

    private final FlakyExchange flaky = new FlakyExchange(new SimExchange(SimExchangeConfig.defaults(),
            Clock.fixed(Instant.parse("2024-10-21T12:00:00Z"), ZoneOffset.UTC)));
    private final List<Long> sleeps = new ArrayList<>();
    private final RetryingExchange exchange = new RetryingExchange(flaky, d -> sleeps.add(d.toSeconds()));

    @Test
    void backoffFormula() {
        assertThat(List.of(4, 3, 2, 1).stream().map(c -> RetryingExchange.calculateBackoff(c, 4)))
                .containsExactly(1L, 2L, 5L, 10L);
        assertThat(List.of(5, 4, 3, 2, 1).stream().map(c -> RetryingExchange.calculateBackoff(c, 5)))
                .containsExactly(1L, 2L, 5L, 10L, 17L);
    }

    @Test
    void temporaryErrorsRetryWithoutSleeping() {
        flaky.fail("fetchTicker", 4, () -> new TemporaryError("busy"));
        Ticker t = exchange.fetchTicker("BTC/USDT");
        assertThat(t.last()).isPositive();
        assertThat(flaky.attempts("fetchTicker")).isEqualTo(5);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void fiveAttemptsThenTheLastErrorEscapes() {
        List<TemporaryError> thrown = new ArrayList<>();
        flaky.fail("fetchBalances", ALWAYS, () -> {
            TemporaryError e = new TemporaryError("down " + thrown.size());
            thrown.add(e);
            return e;
        });
        assertThatThrownBy(exchange::fetchBalances).isSameAs(thrown.get(4));
        assertThat(flaky.attempts("fetchBalances")).isEqualTo(5);
        assertThat(thrown).hasSize(5);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void rateLimitsSleepWithIncreasingBackoff() {
        flaky.fail("fetchOrderBook", ALWAYS, () -> new DDosProtection("429"));
        assertThatThrownBy(() -> exchange.fetchOrderBook("BTC/USDT", 5)).isInstanceOf(DDosProtection.class);
        assertThat(flaky.attempts("fetchOrderBook")).isEqualTo(5);
        assertThat(sleeps).containsExactly(1L, 2L, 5L, 10L);
    }

    @Test
    void rateLimitThenSuccessSleepsOnlyAsOftenAsNeeded() {
        flaky.fail("fetchTickers", 2, () -> new DDosProtection("429"));
        assertThat(exchange.fetchTickers()).containsKey("ETH/USDT");
        assertThat(sleeps).containsExactly(1L, 2L);
    }

    @Test
    void fetchOrderRetriesFiveTimesWithBackoffOnNotFound() {
        flaky.fail("fetchOrder", ALWAYS, () -> new RetryableOrderError("not found"));
        assertThatThrownBy(() -> exchange.fetchOrder("1", "BTC/USDT")).isInstanceOf(RetryableOrderError.class);
        assertThat(flaky.attempts("fetchOrder")).isEqualTo(6);
        assertThat(sleeps).containsExactly(1L, 2L, 5L, 10L, 17L);
    }

    @Test
    void cancelOrderRetriesFourTimes() {
        flaky.fail("cancelOrder", ALWAYS, () -> new RetryableOrderError("not found"));
        assertThatThrownBy(() -> exchange.cancelOrder("1", "BTC/USDT")).isInstanceOf(RetryableOrderError.class);
        assertThat(flaky.attempts("cancelOrder")).isEqualTo(5);
        assertThat(sleeps).containsExactly(1L, 2L, 5L, 10L);
    }

    @Test
    void createOrderIsNeverRetried() {
        flaky.fail("createOrder", 1, () -> new TemporaryError("timeout"));
        assertThatThrownBy(() -> exchange.createOrder("BTC/USDT", OrderType.MARKET, OrderSide.BUY, 0.001, null, Map.of()))
                .isInstanceOf(TemporaryError.class);
        assertThat(flaky.attempts("createOrder")).isEqualTo(1);
    }

    @Test
    void otherErrorsPassThroughAtOnce() {
        flaky.fail("fetchTicker", 1, () -> new InvalidOrderException("bad"));
        assertThatThrownBy(() -> exchange.fetchTicker("BTC/USDT")).isInstanceOf(InvalidOrderException.class);
        flaky.fail("fee", 1, () -> new OperationalException("unsupported"));
        assertThatThrownBy(() -> exchange.fee("BTC/USDT", OrderSide.BUY, TakerOrMaker.TAKER))
                .isInstanceOf(OperationalException.class);
        assertThat(flaky.attempts("fetchTicker")).isEqualTo(1);
        assertThat(flaky.attempts("fee")).isEqualTo(1);
    }

    @Test
    void candleDownloadsRetryTemporaryErrorsButNotMissingOrders() {
        Timeframe tf = Timeframe.parse("5m");
        flaky.fail("fetchOhlcv", 3, () -> new DDosProtection("429"));
        assertThat(exchange.fetchOhlcv("BTC/USDT", tf, null, 10).size()).isEqualTo(10);
        assertThat(sleeps).containsExactly(1L, 2L, 5L);
        flaky.fail("fetchOhlcv", 1, () -> new RetryableOrderError("odd"));
        assertThatThrownBy(() -> exchange.fetchOhlcv("BTC/USDT", tf, null, 10)).isInstanceOf(RetryableOrderError.class);
        assertThat(flaky.attempts("fetchOhlcv")).isEqualTo(5);
    }

    @Test
    void interruptedSleepStopsRetrying() {
        RetryingExchange interrupted = new RetryingExchange(flaky, s -> Thread.currentThread().interrupt());
        flaky.fail("fetchTicker", ALWAYS, () -> new DDosProtection("429"));
        try {
            assertThatThrownBy(() -> interrupted.fetchTicker("BTC/USDT")).isInstanceOf(DDosProtection.class)
                    .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(flaky.attempts("fetchTicker")).isEqualTo(1);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void plainAccessorsPassThrough() {
        assertThat(exchange.name()).isEqualTo("sim");
        assertThat(exchange.markets()).containsKey("BTC/USDT");
        assertThat(exchange.timeframes()).isNotEmpty();
        assertThat(exchange.capabilities().ohlcvCandleLimit()).isEqualTo(1000);
    }
}
