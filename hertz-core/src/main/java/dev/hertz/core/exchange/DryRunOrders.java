package dev.hertz.core.exchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * freqtrade's dry-run order simulation: orders never reach the exchange, they are filled against
 * its live order book.
 *
 * <ul>
 *   <li>A limit order crossing the book by more than 1 % becomes a market order.</li>
 *   <li>Market orders fill at once, walking a 20-level book (the rest beyond it at the last level),
 *       with slippage capped at 5 %, paying the taker fee.</li>
 *   <li>Limit orders fill at once if they cross the best price (taker fee), otherwise each
 *       {@link #fetch} re-checks a fresh 1-level book and fills them with the maker fee. Fills are
 *       always at the limit price.</li>
 *   <li>Stop orders are kept but never filled here; the bot's own stoploss check exits.</li>
 *   <li>Without order book support every limit order counts as crossed and market orders fill at
 *       the given rate.</li>
 * </ul>
 * Orders live in memory; an unknown id is looked up through {@code persisted} (the database after a
 * restart). Thread-safe.
 */
public final class DryRunOrders {

    private static final Logger LOG = LoggerFactory.getLogger(DryRunOrders.class);
    private static final int BOOK_DEPTH = 20;
    private static final double CONVERT_TO_MARKET_DIFF = 0.01;
    private static final double MAX_SLIPPAGE = 0.05;

    private final Exchange exchange;
    private final InstantSource clock;
    private final Double configFee;
    private final Function<String, Optional<Order>> persisted;
    private final Map<String, Order> orders = new ConcurrentHashMap<>();

    /**
     * @param exchange  supplies markets, order books and fee rates
     * @param clock     stamps orders
     * @param configFee the config's {@code fee}, or null to use the exchange's maker/taker rates
     * @param persisted finds an order this instance does not know (e.g. from the database)
     */
    public DryRunOrders(Exchange exchange, InstantSource clock, Double configFee,
                        Function<String, Optional<Order>> persisted) {
        this.exchange = exchange;
        this.clock = clock;
        this.configFee = configFee;
        this.persisted = persisted;
    }

    /**
     * Places a simulated order. {@code rate} is rounded to the price precision first, the amount
     * truncated to the amount precision (in contracts for futures).
     */
    public Order create(String pair, OrderType type, OrderSide side, double amount, double rate, double leverage) {
        Market market = exchange.market(pair);
        return place(market, type, side, amount, Precision.priceToPrecision(market, rate), leverage, false);
    }

    /** A stop order (stoploss on exchange in dry-run): stored, never filled by the simulator. */
    public Order createStop(String pair, OrderType type, OrderSide side, double amount, double stopPrice,
                            double leverage) {
        return place(exchange.market(pair), type, side, amount, stopPrice, leverage, true);
    }

    private synchronized Order place(Market market, OrderType type, OrderSide side, double amount, double rate,
                                     double leverage, boolean stop) {
        Instant now = clock.instant();
        String id = uniqueId(side, market.symbol(), now);
        double qty = Precision.amountToContractPrecision(market, amount);
        Order order = new Order(id, market.symbol(), type, side, OrderStatus.OPEN, qty, rate, rate, 0, qty,
                qty * rate, null, now.toEpochMilli(), null, stop ? rate : null, leverage);
        OrderBook book = hasBook() ? exchange.fetchOrderBook(market.symbol(), BOOK_DEPTH) : null;
        if (type == OrderType.LIMIT && book != null && isCrossed(side, rate, book, CONVERT_TO_MARKET_DIFF)) {
            LOG.info("Converted order {} to market order due to price {} crossing spread by more than {}.",
                    market.symbol(), rate, String.format("%.2f%%", CONVERT_TO_MARKET_DIFF * 100));
            order = with(order, OrderType.MARKET, order.status(), order.average(), order.filled(), order.cost(), null);
        }
        if (order.type() == OrderType.MARKET && !stop) {
            double average = marketFillPrice(market, side, amount, rate, book);
            order = with(order, OrderType.MARKET, OrderStatus.CLOSED, average, qty, qty * average, null);
            order = withFee(order, market, TakerOrMaker.TAKER);
        }
        order = checkLimitFilled(order, market, true, book);
        orders.put(id, order);
        return order;
    }

    /**
     * The order, re-checked for a fill if it is an open limit order. An order unknown here is
     * looked up through {@code persisted} and returned as stored.
     *
     * @throws InvalidOrderException when the id is unknown everywhere
     */
    public synchronized Order fetch(String id) {
        Order order = orders.get(id);
        if (order == null) {
            Order restored = persisted.apply(id).orElseThrow(() -> new InvalidOrderException(
                    "Tried to get an invalid dry-run-order (id: " + id + ")."));
            orders.put(id, restored);
            return restored;
        }
        Order checked = checkLimitFilled(order, exchange.market(order.symbol()), false, null);
        orders.put(id, checked);
        return checked;
    }

    /**
     * Cancels: status {@code canceled}, {@code filled 0}, {@code remaining = amount}, whatever the order
     * was (the bot only cancels open orders). Empty when the id is unknown.
     */
    public synchronized Optional<Order> cancel(String id) {
        Order order;
        try {
            order = fetch(id);
        } catch (InvalidOrderException e) {
            return Optional.empty();
        }
        Order canceled = new Order(order.id(), order.symbol(), order.type(), order.side(), OrderStatus.CANCELED,
                order.amount(), order.price(), order.average(), 0, order.amount(), order.cost(), order.fee(),
                order.timestamp(), order.lastTradeTimestamp(), order.stopPrice(), order.leverage());
        orders.put(id, canceled);
        return Optional.of(canceled);
    }

    /**
     * freqtrade's {@code get_fee} in dry-run: the config's {@code fee} when set, else the exchange's
     * rate (market orders always pay taker).
     */
    public double fee(String pair, OrderSide side, TakerOrMaker takerOrMaker) {
        return configFee != null ? configFee : exchange.fee(pair, side, takerOrMaker);
    }

    /**
     * freqtrade's {@code get_dry_market_fill_price}: walks the book side for {@code amount}, prices
     * what the book cannot absorb at the last level seen, caps slippage at 5 % of {@code rate} and
     * rounds to the price precision. Without order book support the rate itself.
     */
    double marketFillPrice(Market market, OrderSide side, double amount, double rate, OrderBook book) {
        if (!hasBook()) {
            return rate;
        }
        OrderBook b = book != null ? book : exchange.fetchOrderBook(market.symbol(), BOOK_DEPTH);
        List<OrderBook.Level> levels = b.side(side);
        double remaining = amount;
        double filledValue = 0;
        double levelPrice = 0;
        boolean exhausted = true;
        for (OrderBook.Level level : levels) {
            levelPrice = level.price();
            if (remaining <= 0) {
                exhausted = false;
                break;
            }
            if (remaining < level.amount()) {
                filledValue += remaining * levelPrice;
                exhausted = false;
                break;
            }
            filledValue += level.amount() * levelPrice;
            remaining -= level.amount();
        }
        if (exhausted) {
            filledValue += remaining * levelPrice;
        }
        double average = Math.max(filledValue, 0) / amount;
        if (side == OrderSide.BUY) {
            average = Math.min(average, rate * (1 + MAX_SLIPPAGE));
        } else {
            average = Math.max(average, rate * (1 - MAX_SLIPPAGE));
        }
        return Precision.priceToPrecision(market, average);
    }

    /**
     * freqtrade's {@code _dry_is_price_crossed}: a buy crosses when {@code limit × (1 - offset)} reaches
     * the best ask, a sell when {@code limit × (1 + offset)} reaches the best bid. An empty side never
     * crosses; without order book support everything does.
     */
    boolean isCrossed(OrderSide side, double limit, OrderBook book, double offset) {
        if (!hasBook()) {
            return true;
        }
        List<OrderBook.Level> levels = book.side(side);
        if (levels.isEmpty()) {
            return false;
        }
        double best = levels.get(0).price();
        return side == OrderSide.BUY ? limit * (1 - offset) >= best : limit * (1 + offset) <= best;
    }

    private Order checkLimitFilled(Order order, Market market, boolean immediate, OrderBook book) {
        if (order.status() != OrderStatus.OPEN || order.type() != OrderType.LIMIT || order.isStop()) {
            return order;
        }
        OrderBook b = book;
        if (b == null && hasBook()) {
            b = exchange.fetchOrderBook(order.symbol(), 1);
        }
        if (!isCrossed(order.side(), order.price(), b, 0.0)) {
            return order;
        }
        Order filled = new Order(order.id(), order.symbol(), order.type(), order.side(), OrderStatus.CLOSED,
                order.amount(), order.price(), order.average(), order.amount(), 0, order.cost(), null,
                order.timestamp(), clock.millis(), order.stopPrice(), order.leverage());
        return withFee(filled, market, immediate ? TakerOrMaker.TAKER : TakerOrMaker.MAKER);
    }

    private Order withFee(Order o, Market market, TakerOrMaker takerOrMaker) {
        double rate = fee(o.symbol(), o.side(), takerOrMaker);
        Fee fee = new Fee(market.quote(), o.cost() * rate, rate);
        return with(o, o.type(), o.status(), o.average(), o.filled(), o.cost(), fee);
    }

    private static Order with(Order o, OrderType type, OrderStatus status, Double average, double filled, double cost,
                              Fee fee) {
        Long lastTrade = o.lastTradeTimestamp() == null && status == OrderStatus.CLOSED
                ? Long.valueOf(o.timestamp()) : o.lastTradeTimestamp();
        return new Order(o.id(), o.symbol(), type, o.side(), status, o.amount(), o.price(), average, filled,
                o.amount() - filled, cost, fee, o.timestamp(), lastTrade, o.stopPrice(), o.leverage());
    }

    private boolean hasBook() {
        return exchange.capabilities().fetchL2OrderBook();
    }

    /**
     * {@code dry_run_<side>_<pair>_<unix seconds as Python prints a float>}; bumped by a microsecond
     * when two orders share an instant (a manual or simulated clock).
     */
    private String uniqueId(OrderSide side, String pair, Instant now) {
        long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
        while (true) {
            String fraction = String.format("%06d", Math.floorMod(micros, 1_000_000L)).replaceAll("0+$", "");
            String ts = Math.floorDiv(micros, 1_000_000L) + "." + (fraction.isEmpty() ? "0" : fraction);
            String id = "dry_run_" + side.wire() + "_" + pair + "_" + ts;
            if (!orders.containsKey(id)) {
                return id;
            }
            micros++;
        }
    }
}
