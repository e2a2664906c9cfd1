package dev.hertz.core.exchange.sim;

import dev.hertz.core.testing.ManualClock;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.Balance;
import dev.hertz.core.exchange.InsufficientFundsError;
import dev.hertz.core.exchange.InvalidOrderException;
import dev.hertz.core.exchange.Order;
import dev.hertz.core.exchange.OrderBook;
import dev.hertz.core.exchange.OrderSide;
import dev.hertz.core.exchange.OrderStatus;
import dev.hertz.core.exchange.OrderType;
import dev.hertz.core.exchange.Precision;
import dev.hertz.core.exchange.PrecisionMode;
import dev.hertz.core.exchange.RetryableOrderError;
import dev.hertz.core.exchange.Rounding;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SimOrdersTest {

    private static final Instant START = Instant.parse("2024-10-21T12:34:00Z");
    private static final double MAKER = 0.0005;
    private static final double TAKER = 0.001;
    private static final String BTC = "BTC/USDT";

    private final ManualClock clock = new ManualClock(START);

    private SimExchange exchange(Map<String, Double> balances) {
        List<SimMarketSpec> markets = new ArrayList<>(SimMarketSpec.defaults());
        markets.add(new SimMarketSpec("TST/USDT", 100, 0.01, 0.01, 0.1, 10, 0.5, 1e7));
        return new SimExchange(SimExchangeConfig.defaults().withSeed(99).withMarkets(markets)
                .withBalances(balances).withFees(MAKER, TAKER), clock);
    }

    private static double amount(double x, double step) {
        return Precision.amountToPrecision(x, step, PrecisionMode.TICK_SIZE);
    }

    private static double free(SimExchange ex, String currency) {
        Balance b = ex.fetchBalances().get(currency);
        return b == null ? 0 : b.free();
    }

    private static double used(SimExchange ex, String currency) {
        Balance b = ex.fetchBalances().get(currency);
        return b == null ? 0 : b.used();
    }

    @Test
    void marketBuyWalksTheBookWithSlippageAndPaysTakerFee() {
        SimExchange ex = exchange(Map.of("USDT", 1_000_000.0));
        List<OrderBook.Level> asks = ex.fetchOrderBook(BTC, 10).asks();
        double amount = amount(asks.get(0).amount() + asks.get(1).amount() + asks.get(2).amount() / 2, 0.00001);
        double rest = amount - asks.get(0).amount() - asks.get(1).amount();
        double expectedCost = asks.get(0).amount() * asks.get(0).price() + asks.get(1).amount() * asks.get(1).price()
                + rest * asks.get(2).price();

        Order o = ex.createOrder(BTC, OrderType.MARKET, OrderSide.BUY, amount, null, Map.of());

        assertThat(o.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(o.filled()).isEqualTo(amount);
        assertThat(o.remaining()).isZero();
        assertThat(o.cost()).isCloseTo(expectedCost, within(1e-6));
        assertThat(o.average()).isCloseTo(expectedCost / amount, within(1e-6));
        assertThat(o.average()).isGreaterThan(asks.get(0).price()).isLessThan(asks.get(2).price());
        assertThat(o.price()).isEqualTo(o.average());
        assertThat(o.fee().currency()).isEqualTo("USDT");
        assertThat(o.fee().rate()).isEqualTo(TAKER);
        assertThat(o.fee().cost()).isCloseTo(expectedCost * TAKER, within(1e-9));
        assertThat(free(ex, "USDT")).isCloseTo(1_000_000 - expectedCost * (1 + TAKER), within(1e-6));
        assertThat(free(ex, "BTC")).isEqualTo(amount);
        assertThat(ex.fetchOrder(o.id(), BTC)).isEqualTo(o);
    }

    @Test
    void marketSellHitsTheBids() {
        SimExchange ex = exchange(Map.of("BTC", 2.0));
        List<OrderBook.Level> bids = ex.fetchOrderBook(BTC, 10).bids();
        double amount = amount(bids.get(0).amount() * 1.5, 0.00001);
        double expected = bids.get(0).amount() * bids.get(0).price() + (amount - bids.get(0).amount()) * bids.get(1).price();

        Order o = ex.createOrder(BTC, OrderType.MARKET, OrderSide.SELL, amount, null, null);

        assertThat(o.cost()).isCloseTo(expected, within(1e-6));
        assertThat(o.average()).isLessThan(bids.get(0).price());
        assertThat(free(ex, "BTC")).isCloseTo(2.0 - amount, within(1e-12));
        assertThat(free(ex, "USDT")).isCloseTo(expected * (1 - TAKER), within(1e-6));
    }

    @Test
    void limitOrderCrossingTheBookFillsAtOnceAtBookPrices() {
        SimExchange ex = exchange(Map.of("USDT", 1_000_000.0));
        List<OrderBook.Level> asks = ex.fetchOrderBook(BTC, 10).asks();
        double amount = amount(asks.get(0).amount() + asks.get(1).amount(), 0.00001);

        Order o = ex.createOrder(BTC, OrderType.LIMIT, OrderSide.BUY, amount, asks.get(2).price(), Map.of());

        assertThat(o.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(o.price()).isEqualTo(asks.get(2).price());
        // no worse than the limit: the two best levels were enough
        assertThat(o.average()).isLessThan(asks.get(1).price());
        assertThat(o.fee().rate()).isEqualTo(TAKER);
    }

    @Test
    void limitOrderCrossingPartlyRestsWithTheRest() {
        SimExchange ex = exchange(Map.of("USDT", 1_000_000.0));
        List<OrderBook.Level> asks = ex.fetchOrderBook(BTC, 10).asks();
        double limit = asks.get(0).price();
        double amount = amount(asks.get(0).amount() + 1, 0.00001);

        Order o = ex.createOrder(BTC, OrderType.LIMIT, OrderSide.BUY, amount, limit, Map.of());

        assertThat(o.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(o.filled()).isEqualTo(asks.get(0).amount());
        assertThat(o.remaining()).isCloseTo(1.0, within(1e-12));
        assertThat(used(ex, "USDT")).isCloseTo(1.0 * limit * (1 + MAKER), within(1e-6));
        assertThat(free(ex, "BTC")).isEqualTo(asks.get(0).amount());
    }

    @Test
    void restingBuyFillsWhenThePricePassesThroughIt() {
        SimExchange ex = exchange(Map.of("USDT", 10_000.0));
        double bid = ex.fetchTicker(BTC).bid();
        double limit = Precision.priceToPrecision(bid * 0.998, 0.01, PrecisionMode.TICK_SIZE, Rounding.ROUND);
        Order placed = ex.createOrder(BTC, OrderType.LIMIT, OrderSide.BUY, 0.1, limit, Map.of());
        assertThat(placed.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(placed.filled()).isZero();
        assertThat(placed.fee()).isNull();
        double reserved = 0.1 * limit * (1 + MAKER);
        assertThat(used(ex, "USDT")).isCloseTo(reserved, within(1e-9));
        assertThat(free(ex, "USDT")).isCloseTo(10_000 - reserved, within(1e-9));

        boolean filled = false;
        for (int minute = 1; minute <= 3 * 1440 && !filled; minute++) {
            clock.advance(Duration.ofMinutes(1));
            Candles lastMinute = ex.fetchOhlcv(BTC, Timeframe.parse("1m"), null, 2);
            boolean crossed = lastMinute.low(0) < limit;
            Order o = ex.fetchOrder(placed.id(), BTC);
            assertThat(o.status()).as("minute %d, low %s vs limit %s", minute, lastMinute.low(0), limit)
                    .isEqualTo(crossed ? OrderStatus.CLOSED : OrderStatus.OPEN);
            filled = crossed;
        }
        assertThat(filled).as("price fell 0.2 % within three days").isTrue();

        Order o = ex.fetchOrder(placed.id(), BTC);
        assertThat(o.average()).isEqualTo(limit);
        assertThat(o.filled()).isEqualTo(0.1);
        assertThat(o.fee().rate()).isEqualTo(MAKER);
        assertThat(o.fee().cost()).isCloseTo(0.1 * limit * MAKER, within(1e-9));
        assertThat(o.lastTradeTimestamp()).isEqualTo(ex.simTime().toEpochMilli());
        assertThat(used(ex, "USDT")).isZero();
        assertThat(free(ex, "USDT")).isCloseTo(10_000 - 0.1 * limit * (1 + MAKER), within(1e-9));
        assertThat(free(ex, "BTC")).isEqualTo(0.1);
    }

    @Test
    void restingSellFillsWhenThePriceRisesThroughIt() {
        SimExchange ex = exchange(Map.of("ETH", 1.0));
        double ask = ex.fetchTicker("ETH/USDT").ask();
        double limit = Precision.priceToPrecision(ask * 1.002, 0.01, PrecisionMode.TICK_SIZE, Rounding.ROUND);
        Order placed = ex.createOrder("ETH/USDT", OrderType.LIMIT, OrderSide.SELL, 0.5, limit, Map.of());
        assertThat(used(ex, "ETH")).isEqualTo(0.5);
        Order o = placed;
        for (int hour = 0; hour < 72 && o.isOpen(); hour++) {
            clock.advance(Duration.ofHours(1));
            o = ex.fetchOrder(placed.id(), "ETH/USDT");
        }
        assertThat(o.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(o.average()).isEqualTo(limit);
        assertThat(free(ex, "ETH")).isEqualTo(0.5);
        assertThat(used(ex, "ETH")).isZero();
        assertThat(free(ex, "USDT")).isCloseTo(0.5 * limit * (1 - MAKER), within(1e-9));
    }

    @Test
    void cancelReleasesTheReservation() {
        SimExchange ex = exchange(Map.of("USDT", 10_000.0));
        double limit = Precision.priceToPrecision(ex.fetchTicker(BTC).bid() * 0.5, 0.01, PrecisionMode.TICK_SIZE,
                Rounding.ROUND);
        Order o = ex.createOrder(BTC, OrderType.LIMIT, OrderSide.BUY, 0.01, limit, Map.of());
        assertThat(used(ex, "USDT")).isPositive();
        clock.advance(Duration.ofMinutes(5));
        Order canceled = ex.cancelOrder(o.id(), BTC);
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(canceled.filled()).isZero();
        assertThat(used(ex, "USDT")).isZero();
        assertThat(free(ex, "USDT")).isCloseTo(10_000, within(1e-9));
        assertThatThrownBy(() -> ex.cancelOrder(o.id(), BTC)).isInstanceOf(InvalidOrderException.class)
                .hasMessageContaining("canceled");
        Order market = ex.createOrder(BTC, OrderType.MARKET, OrderSide.BUY, 0.001, null, Map.of());
        assertThatThrownBy(() -> ex.cancelOrder(market.id(), BTC)).isInstanceOf(InvalidOrderException.class)
                .hasMessageContaining("closed");
        assertThat(Long.parseLong(market.id())).isGreaterThan(Long.parseLong(o.id()));
    }

    @Test
    void unknownOrdersAreRetryableNotFound() {
        SimExchange ex = exchange(Map.of("USDT", 10_000.0));
        assertThatThrownBy(() -> ex.fetchOrder("12345", BTC)).isInstanceOf(RetryableOrderError.class)
                .hasMessageContaining("12345");
        Order o = ex.createOrder(BTC, OrderType.MARKET, OrderSide.BUY, 0.001, null, Map.of());
        assertThatThrownBy(() -> ex.fetchOrder(o.id(), "ETH/USDT")).isInstanceOf(RetryableOrderError.class);
    }

    @Test
    void insufficientFundsChangeNothing() {
        SimExchange ex = exchange(Map.of("USDT", 100.0));
        assertThatThrownBy(() -> ex.createOrder(BTC, OrderType.MARKET, OrderSide.BUY, 0.01, null, Map.of()))
                .isInstanceOf(InsufficientFundsError.class)
                .hasMessageContaining("insufficient balance").hasMessageContaining("USDT");
        // a resting limit order must be able to lock its value: 0.01 BTC at half the price is still ~300 USDT
        double halfPrice = Precision.priceToPrecision(ex.fetchTicker(BTC).bid() * 0.5, 0.01, PrecisionMode.TICK_SIZE,
                Rounding.ROUND);
        assertThatThrownBy(() -> ex.createOrder(BTC, OrderType.LIMIT, OrderSide.BUY, 0.01, halfPrice, Map.of()))
                .isInstanceOf(InsufficientFundsError.class);
        assertThatThrownBy(() -> ex.createOrder(BTC, OrderType.MARKET, OrderSide.SELL, 0.001, null, Map.of()))
                .isInstanceOf(InsufficientFundsError.class).hasMessageContaining("BTC");
        assertThat(free(ex, "USDT")).isEqualTo(100.0);
        assertThat(used(ex, "USDT")).isZero();
    }

    @Test
    void exchangeFiltersRejectBadOrders() {
        SimExchange ex = exchange(Map.of("USDT", 10_000.0));
        String tst = "TST/USDT";
        assertThatThrownBy(() -> ex.createOrder(tst, OrderType.LIMIT, OrderSide.BUY, 0.05, 99.0, Map.of()))
                .isInstanceOf(InvalidOrderException.class).hasMessageContaining("LOT_SIZE")
                .hasMessageContaining("below the minimum amount 0.1");
        assertThatThrownBy(() -> ex.createOrder(tst, OrderType.LIMIT, OrderSide.BUY, 0.123, 99.0, Map.of()))
                .isInstanceOf(InvalidOrderException.class).hasMessageContaining("LOT_SIZE")
                .hasMessageContaining("step size 0.01");
        assertThatThrownBy(() -> ex.createOrder(tst, OrderType.LIMIT, OrderSide.BUY, 0.5, 99.005, Map.of()))
                .isInstanceOf(InvalidOrderException.class).hasMessageContaining("PRICE_FILTER")
                .hasMessageContaining("tick size 0.01");
        assertThatThrownBy(() -> ex.createOrder(tst, OrderType.LIMIT, OrderSide.BUY, 0.1, 50.0, Map.of()))
                .isInstanceOf(InvalidOrderException.class).hasMessageContaining("NOTIONAL")
                .hasMessageContaining("minimum 10");
        assertThatThrownBy(() -> ex.createOrder(tst, OrderType.LIMIT, OrderSide.BUY, 0.5, null, Map.of()))
                .isInstanceOf(InvalidOrderException.class).hasMessageContaining("needs a positive price");
        assertThatThrownBy(() -> ex.createOrder(tst, OrderType.MARKET, OrderSide.BUY, -1, null, Map.of()))
                .isInstanceOf(InvalidOrderException.class).hasMessageContaining("Invalid amount");
        assertThatThrownBy(() -> ex.createOrder("FOO/USDT", OrderType.MARKET, OrderSide.BUY, 1, null, Map.of()))
                .isInstanceOf(InvalidOrderException.class).hasMessageContaining("FOO/USDT");
        assertThatThrownBy(() -> ex.createOrder(tst, OrderType.LIMIT, OrderSide.BUY, 0.5, 99.0, Map.of("timeInForce", "XYZ")))
                .isInstanceOf(InvalidOrderException.class).hasMessageContaining("timeInForce");
        assertThat(free(ex, "USDT")).isEqualTo(10_000.0);
        assertThat(ex.fetchBalances().get("TST")).isNull();
    }

    @Test
    void timeInForceVariants() {
        SimExchange ex = exchange(Map.of("USDT", 1_000_000.0));
        OrderBook.Level top = ex.fetchOrderBook(BTC, 1).asks().get(0);
        double tooMuch = amount(top.amount() + 0.5, 0.00001);

        assertThatThrownBy(() -> ex.createOrder(BTC, OrderType.LIMIT, OrderSide.BUY, 0.001, top.price(),
                Map.of("timeInForce", "PO"))).isInstanceOf(InvalidOrderException.class).hasMessageContaining("post-only");

        Order fok = ex.createOrder(BTC, OrderType.LIMIT, OrderSide.BUY, tooMuch, top.price(), Map.of("timeInForce", "FOK"));
        assertThat(fok.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(fok.filled()).isZero();
        assertThat(free(ex, "USDT")).isEqualTo(1_000_000.0);

        Order ioc = ex.createOrder(BTC, OrderType.LIMIT, OrderSide.BUY, tooMuch, top.price(), Map.of("timeInForce", "ioc"));
        assertThat(ioc.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(ioc.filled()).isEqualTo(top.amount());
        assertThat(used(ex, "USDT")).isZero();
    }
}
