package dev.hertz.core.exchange;

import dev.hertz.core.exchange.sim.ManualClock;
import dev.hertz.core.exchange.sim.SimExchange;
import dev.hertz.core.exchange.sim.SimExchangeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Numbers from freqtrade's test_create_dry_run_order_* tests and the order_book_l2_usd fixture. */
class DryRunOrdersTest {

    private static final String LTC = "LTC/USDT";

    private final ManualClock clock = new ManualClock(Instant.parse("2024-10-21T12:00:00Z"));
    private final FixedBookExchange exchange = new FixedBookExchange(true);
    private final DryRunOrders dry = new DryRunOrders(exchange, clock, null, id -> Optional.empty());

    @ParameterizedTest
    @CsvSource({
            "BUY, 25.563, false, false", "BUY, 25.566, true, false", "SELL, 25.566, false, false",
            "SELL, 25.563, true, false", "BUY, 29.563, true, true", "SELL, 21.563, true, true"})
    void limitOrders(OrderSide side, double price, boolean filled, boolean converted) {
        Order order = dry.create(LTC, OrderType.LIMIT, side, 1, price, 1);
        assertThat(exchange.bookFetches()).isEqualTo(1);
        assertThat(order.id()).startsWith("dry_run_" + side.wire() + "_LTC/USDT_");
        assertThat(order.side()).isEqualTo(side);
        if (converted) {
            assertThat(order.type()).isEqualTo(OrderType.MARKET);
            assertThat(order.average()).isBetween(25.5, 25.6);
        } else {
            assertThat(order.type()).isEqualTo(OrderType.LIMIT);
            assertThat(order.average()).isEqualTo(price);
        }
        assertThat(order.status()).isEqualTo(filled ? OrderStatus.CLOSED : OrderStatus.OPEN);

        Order again = dry.fetch(order.id());
        assertThat(exchange.bookFetches()).isEqualTo(filled ? 1 : 2);
        assertThat(again.status()).isEqualTo(filled ? OrderStatus.CLOSED : OrderStatus.OPEN);
        assertThat(again.filled()).isEqualTo(filled ? 1.0 : 0.0);
        assertThat(again.cost()).isEqualTo(1 * again.average());
    }

    @ParameterizedTest
    @CsvSource({
            "BUY, 25.564, 1, 25.566", "BUY, 25.564, 100, 25.5672", "BUY, 25.590, 100, 25.5672",
            "BUY, 25.564, 1000, 25.575", "BUY, 24.000, 100000, 25.200", "SELL, 25.564, 1, 25.563",
            "SELL, 25.564, 100, 25.5625", "SELL, 25.510, 100, 25.5625", "SELL, 25.564, 1000, 25.5555",
            "SELL, 27, 10000, 25.65"})
    void marketOrdersWalkTheBookWithCappedSlippage(OrderSide side, double rate, double amount, double endPrice) {
        Order order = dry.create(LTC, OrderType.MARKET, side, amount, rate, 1);
        assertThat(order.type()).isEqualTo(OrderType.MARKET);
        assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(order.filled()).isEqualTo(amount);
        assertThat(order.amount()).isEqualTo(amount);
        assertThat(order.remaining()).isZero();
        assertThat(order.cost()).isCloseTo(amount * order.average(), within(1e-9));
        assertThat(Math.round(order.average() * 10_000) / 10_000.0).isEqualTo(Math.round(endPrice * 10_000) / 10_000.0);
        assertThat(order.fee().rate()).isEqualTo(0.0006);
        assertThat(order.fee().currency()).isEqualTo("USDT");
        assertThat(order.fee().cost()).isCloseTo(order.cost() * 0.0006, within(1e-12));
    }

    @Test
    void newOrderFields() {
        Order o = dry.create(LTC, OrderType.LIMIT, OrderSide.BUY, 1.123456789, 20.5641234567, 3);
        assertThat(o.id()).isEqualTo("dry_run_buy_LTC/USDT_1729512000.0");
        assertThat(o.amount()).isEqualTo(1.12345678);
        assertThat(o.price()).isEqualTo(20.56412346);
        assertThat(o.average()).isEqualTo(20.56412346);
        assertThat(o.filled()).isZero();
        assertThat(o.remaining()).isEqualTo(1.12345678);
        assertThat(o.cost()).isEqualTo(1.12345678 * 20.56412346);
        assertThat(o.fee()).isNull();
        assertThat(o.leverage()).isEqualTo(3);
        assertThat(o.timestamp()).isEqualTo(clock.millis());
        // same instant, same side and pair: still a distinct id
        assertThat(dry.create(LTC, OrderType.LIMIT, OrderSide.BUY, 1, 20.5, 1).id())
                .isEqualTo("dry_run_buy_LTC/USDT_1729512000.000001");
        clock.advance(Duration.ofMillis(1500));
        assertThat(dry.create(LTC, OrderType.LIMIT, OrderSide.SELL, 1, 30, 1).id())
                .isEqualTo("dry_run_sell_LTC/USDT_1729512001.5");
    }

    @Test
    void immediateFillPaysTakerLaterFillPaysMaker() {
        Order immediate = dry.create(LTC, OrderType.LIMIT, OrderSide.BUY, 10, 25.566, 1);
        assertThat(immediate.fee().rate()).isEqualTo(0.0006);
        assertThat(immediate.fee().cost()).isCloseTo(10 * 25.566 * 0.0006, within(1e-12));

        Order resting = dry.create(LTC, OrderType.LIMIT, OrderSide.BUY, 10, 25.56, 1);
        assertThat(resting.fee()).isNull();
        assertThat(dry.fetch(resting.id()).isOpen()).isTrue();
        exchange.setBook(new OrderBook(LTC, 0, FixedBookExchange.levels(25.55, 5), FixedBookExchange.levels(25.559, 5)));
        Order filled = dry.fetch(resting.id());
        assertThat(filled.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(filled.average()).isEqualTo(25.56);
        assertThat(filled.fee().rate()).isEqualTo(0.0002);
        assertThat(filled.filled()).isEqualTo(10);
        assertThat(filled.remaining()).isZero();
    }

    @Test
    void configFeeOverridesTheExchangeRate() {
        DryRunOrders withFee = new DryRunOrders(exchange, clock, 0.0025, id -> Optional.empty());
        assertThat(withFee.create(LTC, OrderType.MARKET, OrderSide.SELL, 1, 25.5, 1).fee().rate()).isEqualTo(0.0025);
        assertThat(withFee.fee(LTC, OrderSide.BUY, TakerOrMaker.MAKER)).isEqualTo(0.0025);
        assertThat(dry.fee(LTC, OrderSide.BUY, TakerOrMaker.MAKER)).isEqualTo(0.0002);
    }

    @Test
    void emptyBookSideNeverFills() {
        Order resting = dry.create(LTC, OrderType.LIMIT, OrderSide.SELL, 1, 26, 1);
        exchange.setBook(new OrderBook(LTC, 0, List.of(), List.of()));
        assertThat(dry.fetch(resting.id()).isOpen()).isTrue();
    }

    @Test
    void stopOrdersNeverFillHere() {
        Order stop = dry.createStop(LTC, OrderType.LIMIT, OrderSide.SELL, 1, 26.0, 1);
        assertThat(stop.isStop()).isTrue();
        assertThat(stop.stopPrice()).isEqualTo(26.0);
        assertThat(stop.isOpen()).isTrue();
        Order marketStop = dry.createStop(LTC, OrderType.MARKET, OrderSide.SELL, 1, 26.0, 1);
        assertThat(marketStop.isOpen()).isTrue();
        assertThat(dry.fetch(stop.id()).isOpen()).isTrue();
        assertThat(dry.fetch(marketStop.id()).isOpen()).isTrue();
    }

    @Test
    void cancelResetsFilledAndUnknownIsEmpty() {
        Order open = dry.create(LTC, OrderType.LIMIT, OrderSide.BUY, 2, 25.0, 1);
        Order canceled = dry.cancel(open.id()).orElseThrow();
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(canceled.filled()).isZero();
        assertThat(canceled.remaining()).isEqualTo(2);
        assertThat(dry.fetch(open.id()).status()).isEqualTo(OrderStatus.CANCELED);
        Order closed = dry.create(LTC, OrderType.MARKET, OrderSide.BUY, 2, 25.6, 1);
        assertThat(dry.cancel(closed.id()).orElseThrow().filled()).isZero();
        assertThat(dry.cancel("nope")).isEmpty();
    }

    @Test
    void unknownOrdersComeFromPersistence() {
        Order stored = new Order("dry_run_buy_LTC/USDT_1.0", LTC, OrderType.LIMIT, OrderSide.BUY, OrderStatus.OPEN,
                1, 1.0, 1.0, 0, 1, 1, null, 1000, null, null, 1);
        DryRunOrders restarted = new DryRunOrders(exchange, clock, null,
                id -> id.equals(stored.id()) ? Optional.of(stored) : Optional.empty());
        assertThat(restarted.fetch(stored.id())).isEqualTo(stored);
        assertThatThrownBy(() -> restarted.fetch("dry_run_x")).isInstanceOf(InvalidOrderException.class)
                .hasMessageContaining("Tried to get an invalid dry-run-order (id: dry_run_x)");
        // once known it is re-checked like any other order: a buy at 1 stays below the best ask
        assertThat(restarted.fetch(stored.id()).isOpen()).isTrue();
    }

    @Test
    void withoutOrderBookEverythingFillsAtTheRate() {
        FixedBookExchange noBook = new FixedBookExchange(false);
        DryRunOrders d = new DryRunOrders(noBook, clock, null, id -> Optional.empty());
        Order limit = d.create(LTC, OrderType.LIMIT, OrderSide.BUY, 1, 10.0, 1);
        assertThat(limit.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(limit.fee().rate()).isEqualTo(0.0006);
        Order market = d.create(LTC, OrderType.MARKET, OrderSide.BUY, 1000, 25.0, 1);
        assertThat(market.average()).isEqualTo(25.0);
        assertThat(noBook.bookFetches()).isZero();
    }

    @Test
    void restingDryOrderFillsWhenTheSimulatedMarketComesToIt() {
        SimExchange sim = new SimExchange(SimExchangeConfig.defaults().withSeed(5), clock);
        DryRunOrders d = new DryRunOrders(sim, clock, null, id -> Optional.empty());
        double bid = sim.fetchTicker("ETH/USDT").bid();
        double limit = Precision.priceToPrecision(sim.market("ETH/USDT"), bid * 0.998);
        Order placed = d.create("ETH/USDT", OrderType.LIMIT, OrderSide.BUY, 0.5, limit, 1);
        assertThat(placed.isOpen()).isTrue();
        boolean filled = false;
        for (int minute = 0; minute < 3 * 1440 && !filled; minute++) {
            clock.advance(Duration.ofMinutes(1));
            double ask = sim.fetchOrderBook("ETH/USDT", 1).asks().get(0).price();
            Order o = d.fetch(placed.id());
            assertThat(o.isOpen()).isEqualTo(ask > limit);
            filled = !o.isOpen();
        }
        assertThat(filled).isTrue();
        Order done = d.fetch(placed.id());
        assertThat(done.average()).isEqualTo(limit);
        assertThat(done.fee().rate()).isEqualTo(0.001);
        assertThat(done.lastTradeTimestamp()).isEqualTo(clock.millis());
    }

    @Test
    void unknownPairIsAnOperationalError() {
        assertThatThrownBy(() -> dry.create("FOO/USDT", OrderType.MARKET, OrderSide.BUY, 1, 1, 1))
                .isInstanceOf(OperationalException.class).hasMessageContaining("FOO/USDT");
    }
}
