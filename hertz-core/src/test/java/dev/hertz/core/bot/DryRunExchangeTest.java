package dev.hertz.core.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hertz.core.exchange.Balance;
import dev.hertz.core.exchange.InsufficientFundsError;
import dev.hertz.core.exchange.InvalidOrderException;
import dev.hertz.core.exchange.Order;
import dev.hertz.core.exchange.OrderBook;
import dev.hertz.core.exchange.OrderSide;
import dev.hertz.core.exchange.OrderStatus;
import dev.hertz.core.exchange.OrderType;
import dev.hertz.core.exchange.TakerOrMaker;
import dev.hertz.core.exchange.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class DryRunExchangeTest {

    private static final Instant START = Instant.ofEpochSecond(1_700_000_000L);

    private final BookExchange market = new BookExchange();
    private final TestClock clock = new TestClock(START);
    private final Map<String, Balance> wallet = new HashMap<>(Map.of(
            "USDT", new Balance("USDT", 10_000_000, 0, 10_000_000),
            "LTC", new Balance("LTC", 100_000, 0, 100_000)));
    private final DryRunExchange dry = new DryRunExchange(market, OptionalDouble.empty(), clock, () -> wallet);

    private Order limit(OrderSide side, double amount, double price) {
        return dry.createOrder("LTC/USDT", OrderType.LIMIT, side, amount, price, Map.of());
    }

    private Order marketOrder(OrderSide side, double amount, double rate) {
        return dry.createOrder("LTC/USDT", OrderType.MARKET, side, amount, rate, Map.of());
    }

    private static OrderBook book(double bestBid, double bestAsk) {
        return new OrderBook("LTC/USDT", 0, BookExchange.levels(bestBid, 10), BookExchange.levels(bestAsk, 10));
    }

    @Test
    void limitOrderBelowTheAskRestsAndFillsWithMakerFeeOnceTheMarketCrossesIt() {
        // Best ask is 25.566: a buy at 25.563 does not cross.
        Order placed = limit(OrderSide.BUY, 2, 25.563);

        assertThat(placed.id()).isEqualTo("dry_run_buy_LTC/USDT_1700000000.0");
        assertThat(placed.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(placed.type()).isEqualTo(OrderType.LIMIT);
        assertThat(placed.filled()).isZero();
        assertThat(placed.remaining()).isEqualTo(2.0);
        assertThat(placed.cost()).isEqualTo(2 * 25.563);
        assertThat(placed.fee()).isNull();
        assertThat(placed.timestamp()).isEqualTo(1_700_000_000_000L);

        clock.advance(Duration.ofMinutes(1));
        Order stillOpen = dry.fetchOrder(placed.id(), "LTC/USDT");
        assertThat(stillOpen.status()).isEqualTo(OrderStatus.OPEN);
        // 20 levels at placement, one level for each later check.
        assertThat(market.bookRequests()).containsExactly(20, 1);

        market.setBook(book(25.55, 25.56));
        clock.advance(Duration.ofMinutes(1));
        Order filled = dry.fetchOrder(placed.id(), "LTC/USDT");

        assertThat(filled.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(filled.filled()).isEqualTo(2.0);
        assertThat(filled.remaining()).isZero();
        assertThat(filled.average()).isEqualTo(25.563);
        assertThat(filled.cost()).isEqualTo(2 * 25.563);
        assertThat(filled.fee().currency()).isEqualTo("USDT");
        assertThat(filled.fee().rate()).isEqualTo(BookExchange.MAKER);
        assertThat(filled.fee().cost()).isCloseTo(0.051126, within(1e-12));
        assertThat(filled.lastTradeTimestamp()).isEqualTo(START.plusSeconds(120).toEpochMilli());
        // A filled order stays as it is.
        assertThat(dry.fetchOrder(placed.id(), "LTC/USDT")).isEqualTo(filled);
    }

    @Test
    void limitOrdersCrossingTheBookAtPlacementFillAtTheirOwnPriceWithTakerFee() {
        Order buy = limit(OrderSide.BUY, 2, 25.566);
        Order sell = limit(OrderSide.SELL, 2, 25.563);

        for (Order o : List.of(buy, sell)) {
            assertThat(o.status()).isEqualTo(OrderStatus.CLOSED);
            assertThat(o.type()).isEqualTo(OrderType.LIMIT);
            assertThat(o.filled()).isEqualTo(2.0);
            assertThat(o.fee().rate()).isEqualTo(BookExchange.TAKER);
        }
        assertThat(buy.average()).isEqualTo(25.566);
        assertThat(sell.average()).isEqualTo(25.563);
        assertThat(buy.fee().cost()).isCloseTo(2 * 25.566 * 0.002, within(1e-12));
    }

    @Test
    void limitOrderMoreThanOnePercentThroughTheBookBecomesAMarketOrder() {
        try (LogCapture log = new LogCapture(DryRunExchange.class)) {
            Order order = limit(OrderSide.BUY, 1, 29.563);

            assertThat(order.type()).isEqualTo(OrderType.MARKET);
            assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
            assertThat(order.price()).isEqualTo(29.563);
            // 1 LTC is all available at the best ask.
            assertThat(order.average()).isEqualTo(25.566);
            assertThat(log.messages()).contains(
                    "Converted order LTC/USDT to market order due to price 29.563 crossing spread by more than 1.00%.");
        }
    }

    @Test
    void marketOrderAcrossTwoLevelsFillsAtTheVolumeWeightedPrice() {
        // 14.27 at 25.566 + 5.73 at 25.567 = 364.82682 + 146.49891 = 511.32573; / 20 = 25.5662865 -> 25.5663
        Order buy = marketOrder(OrderSide.BUY, 20, 25.566);

        assertThat(buy.type()).isEqualTo(OrderType.MARKET);
        assertThat(buy.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(buy.price()).isEqualTo(25.566);
        assertThat(buy.average()).isEqualTo(25.5663);
        assertThat(buy.filled()).isEqualTo(20.0);
        assertThat(buy.remaining()).isZero();
        assertThat(buy.cost()).isEqualTo(20 * 25.5663);
        assertThat(buy.fee().rate()).isEqualTo(BookExchange.TAKER);
        assertThat(buy.fee().cost()).isCloseTo(511.326 * 0.002, within(1e-9));

        // 49.269 at 25.563 + 10.731 at 25.562 = 1259.463447 + 274.305822 = 1533.769269; / 60 = 25.56282115 -> 25.5628
        Order sell = marketOrder(OrderSide.SELL, 60, 25.563);
        assertThat(sell.average()).isEqualTo(25.5628);
    }

    @Test
    void marketOrderSlippageIsCappedAtFivePercentOfTheRate() {
        // The whole book averages about 25.57; a buy with rate 24 may pay at most 24 × 1.05.
        assertThat(marketOrder(OrderSide.BUY, 100_000, 24.0).average()).isEqualTo(25.2);
        // A sell with rate 27 receives at least 27 × 0.95.
        assertThat(marketOrder(OrderSide.SELL, 10_000, 27.0).average()).isEqualTo(25.65);
        // Beyond the book's volume the rest is priced at the last level: 1000 LTC buy.
        double value = 14.27 * 25.566 + 48.484 * 25.567 + 92.349 * 25.568 + 31.48 * 25.572 + 23.0 * 25.573
                + 20.0 * 25.574 + 89.606 * 25.575 + 262.016 * 25.576 + 178.557 * 25.577;
        double rest = 1000 - (14.27 + 48.484 + 92.349 + 31.48 + 23.0 + 20.0 + 89.606 + 262.016 + 178.557);
        double expected = Math.round((value + rest * 25.578) / 1000 * 10_000) / 10_000.0;
        assertThat(marketOrder(OrderSide.BUY, 1000, 25.566).average()).isEqualTo(expected).isEqualTo(25.575);
    }

    @Test
    void amountIsTruncatedAndPriceRoundedToTheMarketPrecision() {
        Order order = limit(OrderSide.BUY, 1.23456, 25.56349);

        assertThat(order.amount()).isEqualTo(1.234);
        assertThat(order.price()).isEqualTo(25.5635);
    }

    @Test
    void ordersBelowTheMarketMinimumsAreRefused() {
        assertThatThrownBy(() -> dry.createOrder("BTC/USDT", OrderType.LIMIT, OrderSide.BUY, 0.0005, 30_000.0, Map.of()))
                .isInstanceOf(InvalidOrderException.class)
                .hasMessage("Order amount 0.0005 for BTC/USDT is below the market minimum amount 0.001");
        assertThatThrownBy(() -> dry.createOrder("BTC/USDT", OrderType.LIMIT, OrderSide.BUY, 0.001, 5_000.0, Map.of()))
                .isInstanceOf(InvalidOrderException.class)
                .hasMessage("Order cost 5.0 for BTC/USDT is below the market minimum cost 10.0");
        assertThatThrownBy(() -> dry.createOrder("BTC/USDT", OrderType.LIMIT, OrderSide.BUY, 0.000001, 30_000.0, Map.of()))
                .isInstanceOf(InvalidOrderException.class)
                .hasMessageContaining("below the market's amount precision");
        assertThatThrownBy(() -> dry.createOrder("LTC/USDT", OrderType.LIMIT, OrderSide.BUY, 1, null, Map.of()))
                .isInstanceOf(InvalidOrderException.class)
                .hasMessage("Limit order for LTC/USDT needs a positive price, got null");
    }

    @Test
    void ordersTheWalletCannotPayAreRefused() {
        wallet.put("USDT", new Balance("USDT", 100, 0, 100));
        wallet.remove("LTC");

        assertThatThrownBy(() -> limit(OrderSide.BUY, 5, 25.0))
                .isInstanceOf(InsufficientFundsError.class)
                .hasMessage("Insufficient funds in the dry-run wallet for buy 5.0 LTC/USDT: needs 125.0 USDT, 100.0 free");
        assertThatThrownBy(() -> limit(OrderSide.SELL, 1, 26.0))
                .isInstanceOf(InsufficientFundsError.class)
                .hasMessageContaining("needs 1.0 LTC, 0.0 free");

        // Exactly affordable, leveraged (margin 10 × 25 / 5 = 50) and reduce-only orders pass.
        assertThat(limit(OrderSide.BUY, 4, 25.0).status()).isEqualTo(OrderStatus.OPEN);
        assertThat(dry.createOrder("LTC/USDT", OrderType.LIMIT, OrderSide.BUY, 10, 25.0,
                Map.of(DryRunExchange.PARAM_LEVERAGE, 5)).leverage()).isEqualTo(5.0);
        assertThat(dry.createOrder("LTC/USDT", OrderType.LIMIT, OrderSide.SELL, 1, 26.0,
                Map.of(DryRunExchange.PARAM_REDUCE_ONLY, true)).status()).isEqualTo(OrderStatus.OPEN);
    }

    @Test
    void stopOrdersAreKeptButNeverFilledBySimulation() {
        Order stop = dry.createOrder("LTC/USDT", OrderType.MARKET, OrderSide.SELL, 2, null,
                Map.of(DryRunExchange.PARAM_STOP_PRICE, 25.00001));

        assertThat(stop.isStop()).isTrue();
        assertThat(stop.status()).isEqualTo(OrderStatus.OPEN);
        // Stop prices of long stops round up.
        assertThat(stop.stopPrice()).isEqualTo(25.0001);
        assertThat(stop.price()).isEqualTo(25.0001);

        market.setBook(book(20.0, 20.1));
        assertThat(dry.fetchOrder(stop.id(), "LTC/USDT").status()).isEqualTo(OrderStatus.OPEN);
        assertThat(dry.cancelOrder(stop.id(), "LTC/USDT").status()).isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    void cancelKeepsWhatFilledAndLeavesClosedOrdersAlone() {
        Order open = limit(OrderSide.BUY, 2, 25.0);
        Order canceled = dry.cancelOrder(open.id(), "LTC/USDT");

        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(canceled.filled()).isZero();
        assertThat(canceled.remaining()).isEqualTo(2.0);
        // A cancelled order is not filled later even when the market crosses its price.
        market.setBook(book(24.0, 24.5));
        assertThat(dry.fetchOrder(open.id(), "LTC/USDT")).isEqualTo(canceled);

        Order filled = marketOrder(OrderSide.BUY, 1, 24.5);
        assertThat(dry.cancelOrder(filled.id(), "LTC/USDT")).isEqualTo(filled);

        assertThatThrownBy(() -> dry.cancelOrder("nope", "LTC/USDT"))
                .isInstanceOf(InvalidOrderException.class)
                .hasMessage("Tried to get an invalid dry-run-order (id: nope).");
    }

    @Test
    void restoredOpenOrdersKeepBeingSimulatedAfterARestart() {
        dev.hertz.core.persistence.Order row = new dev.hertz.core.persistence.Order("buy", "LTC/USDT",
                "dry_run_buy_LTC/USDT_1699999000.5", 2.0, 25.5, START.minusSeconds(1000));
        row.setStatus("open");
        row.setOrderType("limit");
        row.setSide("buy");
        row.setPrice(25.5);
        row.setAmount(2.0);
        row.setFilled(0.0);
        row.setRemaining(2.0);
        row.setCost(51.0);
        DryRunExchange restarted = new DryRunExchange(market, OptionalDouble.empty(), clock, () -> wallet);

        assertThatThrownBy(() -> restarted.fetchOrder(row.orderId(), "LTC/USDT"))
                .isInstanceOf(InvalidOrderException.class)
                .hasMessage("Tried to get an invalid dry-run-order (id: dry_run_buy_LTC/USDT_1699999000.5).");

        restarted.restoreAll(List.of(row));
        Order open = restarted.fetchOrder(row.orderId(), "LTC/USDT");
        assertThat(open.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(open.timestamp()).isEqualTo(START.minusSeconds(1000).toEpochMilli());

        market.setBook(book(25.3, 25.4));
        Order filled = restarted.fetchOrder(row.orderId(), "LTC/USDT");
        assertThat(filled.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(filled.filled()).isEqualTo(2.0);
        assertThat(filled.average()).isEqualTo(25.5);
        assertThat(filled.fee().rate()).isEqualTo(BookExchange.MAKER);
        assertThat(filled.fee().cost()).isCloseTo(0.051, within(1e-12));
    }

    @Test
    void withoutOrderBooksLimitOrdersFillAtOnceAndMarketOrdersAtTheirRate() {
        BookExchange noBooks = new BookExchange(false);
        DryRunExchange simple = new DryRunExchange(noBooks, OptionalDouble.empty(), clock, () -> wallet);

        Order limitOrder = simple.createOrder("LTC/USDT", OrderType.LIMIT, OrderSide.BUY, 2, 20.0, Map.of());
        Order marketBuy = simple.createOrder("LTC/USDT", OrderType.MARKET, OrderSide.BUY, 2, 25.5, Map.of());

        assertThat(limitOrder.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(limitOrder.fee().rate()).isEqualTo(BookExchange.TAKER);
        assertThat(marketBuy.average()).isEqualTo(25.5);
        assertThat(noBooks.bookRequests()).isEmpty();
    }

    @Test
    void marketOrderWithoutRateUsesTheBestLevelOrTheTicker() {
        Order buy = dry.createOrder("LTC/USDT", OrderType.MARKET, OrderSide.BUY, 1, null, Map.of());
        assertThat(buy.price()).isEqualTo(25.566);
        assertThat(buy.average()).isEqualTo(25.566);

        BookExchange noBooks = new BookExchange(false);
        noBooks.setTicker(Ticker.of("LTC/USDT", 1L, 25.4, 25.45, 25.42));
        DryRunExchange simple = new DryRunExchange(noBooks, OptionalDouble.empty(), clock, () -> wallet);
        assertThat(simple.createOrder("LTC/USDT", OrderType.MARKET, OrderSide.SELL, 1, null, Map.of()).average())
                .isEqualTo(25.4);

        assertThatThrownBy(() -> marketOrder(OrderSide.BUY, 1, Double.NaN))
                .isInstanceOf(InvalidOrderException.class)
                .hasMessage("Order price for LTC/USDT must be positive, got NaN");
    }

    @Test
    void configFeeReplacesTheExchangeRates() {
        DryRunExchange withFee = new DryRunExchange(market, OptionalDouble.of(0.005), clock, () -> wallet);

        assertThat(withFee.fee("LTC/USDT", OrderSide.BUY, TakerOrMaker.MAKER)).isEqualTo(0.005);
        assertThat(withFee.createOrder("LTC/USDT", OrderType.MARKET, OrderSide.BUY, 1, 25.566, Map.of())
                .fee().rate()).isEqualTo(0.005);
        assertThat(dry.fee("LTC/USDT", OrderSide.BUY, TakerOrMaker.MAKER)).isEqualTo(BookExchange.MAKER);
    }

    @Test
    void idsStayUniqueWhenTwoOrdersShareAMoment() {
        Order first = limit(OrderSide.BUY, 1, 25.0);
        Order second = limit(OrderSide.BUY, 1, 25.0);

        assertThat(first.id()).isEqualTo("dry_run_buy_LTC/USDT_1700000000.0");
        assertThat(second.id()).isEqualTo("dry_run_buy_LTC/USDT_1700000000.000001");
        assertThat(dry.fetchOrder(first.id(), "LTC/USDT").id()).isEqualTo(first.id());
    }

    @Test
    void marketDataAndBalancesPassThrough() {
        market.setTicker(Ticker.of("LTC/USDT", 1L, 25.5, 25.6, 25.55));

        assertThat(dry.name()).isEqualTo("book");
        assertThat(dry.markets()).isEqualTo(market.markets());
        assertThat(dry.fetchTicker("LTC/USDT").last()).isEqualTo(25.55);
        assertThat(dry.fetchOrderBook("LTC/USDT", 5).asks()).hasSize(5);
        assertThat(dry.timeframes()).isEqualTo(market.timeframes());
        assertThat(dry.fetchBalances()).isEqualTo(wallet);
    }
}
