package dev.hertz.core.bot;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.Balance;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.ExchangeCapabilities;
import dev.hertz.core.exchange.Fee;
import dev.hertz.core.exchange.InsufficientFundsError;
import dev.hertz.core.exchange.InvalidOrderException;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.Order;
import dev.hertz.core.exchange.OrderBook;
import dev.hertz.core.exchange.OrderSide;
import dev.hertz.core.exchange.OrderStatus;
import dev.hertz.core.exchange.OrderType;
import dev.hertz.core.exchange.Precision;
import dev.hertz.core.exchange.Rounding;
import dev.hertz.core.exchange.TakerOrMaker;
import dev.hertz.core.exchange.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * freqtrade's dry-run mode as an {@link Exchange} decorator: markets, tickers, order books, candles
 * and fees come from the wrapped exchange; orders never reach it but are simulated here.
 *
 * <ul>
 *   <li>Ids read {@code dry_run_<side>_<pair>_<unix seconds>}; amounts are truncated to the
 *       market's amount precision (in contracts for futures), prices rounded half up.</li>
 *   <li>A limit order priced more than 1 % through the 20-level book becomes a market order.
 *       Market orders fill at once against the book levels ({@link DryRunFills#marketFillPrice},
 *       at most 5 % slippage) with the taker fee.</li>
 *   <li>A limit order that crosses the book when placed fills at once at its own price with the
 *       taker fee; otherwise it rests, and each {@link #fetchOrder} re-checks it against a fresh
 *       one-level book and fills it with the maker fee when crossed. Without order-book support
 *       every limit order counts as crossed.</li>
 *   <li>Stop orders ({@link #PARAM_STOP_PRICE}) are stored but never filled: the bot's own
 *       stoploss check exits the trade in dry-run.</li>
 *   <li>Fees are charged in the quote currency at the config {@code fee} if set, else at the
 *       wrapped exchange's rate.</li>
 * </ul>
 *
 * <p>Beyond freqtrade, orders are refused as a real exchange would refuse them: below or above the
 * market's amount or cost limits ({@link InvalidOrderException}), or when the dry-run wallet cannot
 * pay ({@link InsufficientFundsError}: a spot buy needs the quote cost, a spot sell the base amount,
 * a leveraged or futures order its margin; reduce-only orders need nothing).
 *
 * <p>Orders live in memory only. After a restart the bot hands the open rows of its database to
 * {@link #restore} so they keep being simulated. Thread-safe.
 */
public final class DryRunExchange implements Exchange {

    /** {@code params} key of a stop order's trigger price (ccxt's name); the order then never fills by itself. */
    public static final String PARAM_STOP_PRICE = "stopPrice";
    /** {@code params} key marking an order that only reduces a position; it needs no funds. */
    public static final String PARAM_REDUCE_ONLY = "reduceOnly";
    /** {@code params} key of the order's leverage (default 1). */
    public static final String PARAM_LEVERAGE = "leverage";

    private static final Logger LOG = LoggerFactory.getLogger(DryRunExchange.class);
    private static final int BOOK_DEPTH = 20;
    /** Relative slack of the funds check, Python's default {@code math.isclose} tolerance. */
    private static final double FUNDS_TOLERANCE = 1e-9;

    private final Exchange delegate;
    private final OptionalDouble feeOverride;
    private final InstantSource clock;
    private final Supplier<Map<String, Balance>> wallet;
    private final Map<String, Order> orders = new HashMap<>();

    /**
     * @param delegate    source of market data; never receives an order
     * @param feeOverride the config {@code fee}, which replaces the exchange's fee rates in dry-run
     * @param clock       time of order ids, timestamps and fills
     * @param wallet      the dry-run balances by currency, normally {@link Wallets#allBalances()}
     */
    public DryRunExchange(Exchange delegate, OptionalDouble feeOverride, InstantSource clock,
                          Supplier<Map<String, Balance>> wallet) {
        this.delegate = delegate;
        this.feeOverride = feeOverride;
        this.clock = clock;
        this.wallet = wallet;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Map<String, Market> markets() {
        return delegate.markets();
    }

    @Override
    public Map<String, Ticker> fetchTickers() {
        return delegate.fetchTickers();
    }

    @Override
    public Ticker fetchTicker(String pair) {
        return delegate.fetchTicker(pair);
    }

    @Override
    public OrderBook fetchOrderBook(String pair, int depth) {
        return delegate.fetchOrderBook(pair, depth);
    }

    @Override
    public Candles fetchOhlcv(String pair, Timeframe timeframe, Long since, int limit) {
        return delegate.fetchOhlcv(pair, timeframe, since, limit);
    }

    /** The dry-run wallet, not the wrapped exchange's account. */
    @Override
    public Map<String, Balance> fetchBalances() {
        return Map.copyOf(wallet.get());
    }

    /** freqtrade's {@code get_fee} in dry-run: the config {@code fee} wins over the exchange's rate. */
    @Override
    public double fee(String pair, OrderSide side, TakerOrMaker takerOrMaker) {
        return feeOverride.isPresent() ? feeOverride.getAsDouble() : delegate.fee(pair, side, takerOrMaker);
    }

    @Override
    public List<Timeframe> timeframes() {
        return delegate.timeframes();
    }

    @Override
    public ExchangeCapabilities capabilities() {
        return delegate.capabilities();
    }

    /**
     * Simulates placing an order. {@code price} is the limit price, or for market orders the
     * reference rate that bounds slippage (when null, the best book level or ticker price on the
     * taker side). {@code params} may carry {@link #PARAM_STOP_PRICE}, {@link #PARAM_REDUCE_ONLY}
     * and {@link #PARAM_LEVERAGE}.
     */
    @Override
    public synchronized Order createOrder(String pair, OrderType type, OrderSide side, double amount, Double price,
                                          Map<String, Object> params) {
        Market market = delegate.market(pair);
        Map<String, Object> p = params == null ? Map.of() : params;
        Double stopPrice = number(p, PARAM_STOP_PRICE, pair);
        Double requestedLeverage = number(p, PARAM_LEVERAGE, pair);
        double leverage = requestedLeverage == null ? 1.0 : requestedLeverage;
        boolean reduceOnly = Boolean.TRUE.equals(p.get(PARAM_REDUCE_ONLY));
        if (!(amount > 0)) {
            throw new InvalidOrderException("Order amount for " + pair + " must be positive, got " + amount);
        }
        double orderAmount = Precision.amountToContractPrecision(market, amount);
        if (!(orderAmount > 0)) {
            throw new InvalidOrderException("Order amount " + PythonFormat.floatRepr(amount) + " for " + pair
                    + " is below the market's amount precision " + market.amountPrecision());
        }
        Instant now = clock.instant();
        String id = newId(side, pair, now);
        Order order = stopPrice != null
                ? stopOrder(id, market, type, side, orderAmount, stopPrice, leverage, now)
                : simulate(id, market, type, side, amount, orderAmount, price, leverage, now);
        double notionalPrice = order.status() == OrderStatus.CLOSED ? order.average() : order.price();
        checkLimits(market, orderAmount, notionalPrice);
        if (!reduceOnly) {
            checkFunds(market, side, orderAmount, notionalPrice, leverage);
        }
        orders.put(id, order);
        return order;
    }

    /**
     * The order's current state. A resting limit order is first checked against a fresh one-level
     * book and filled (maker fee) when the market crossed it.
     *
     * @throws InvalidOrderException when this simulator does not know the id
     */
    @Override
    public synchronized Order fetchOrder(String id, String pair) {
        Order order = known(id);
        Order checked = fillIfCrossed(order, false, null);
        orders.put(id, checked);
        return checked;
    }

    /**
     * Cancels an open order: status {@code canceled}, whatever already filled stays filled. Orders
     * that are no longer open come back unchanged.
     *
     * @throws InvalidOrderException when this simulator does not know the id
     */
    @Override
    public synchronized Order cancelOrder(String id, String pair) {
        Order order = known(id);
        if (!order.isOpen()) {
            return order;
        }
        Order canceled = new Order(order.id(), order.symbol(), order.type(), order.side(), OrderStatus.CANCELED,
                order.amount(), order.price(), order.average(), order.filled(), order.amount() - order.filled(),
                order.cost(), order.fee(), order.timestamp(), order.lastTradeTimestamp(), order.stopPrice(),
                order.leverage());
        orders.put(id, canceled);
        return canceled;
    }

    /**
     * Takes over an order the bot placed before a restart (a row of the {@code orders} table), as
     * freqtrade rebuilds unknown dry-run orders from the database. Resting limit orders are then
     * filled by later {@link #fetchOrder} calls as usual. An id already known here is kept as is.
     *
     * @throws IllegalArgumentException when the row has no order id, or a side or status this
     *                                  simulator cannot read
     */
    public synchronized void restore(dev.hertz.core.persistence.Order row) {
        Order order = DryRunOrders.fromRow(row, clock.millis());
        orders.putIfAbsent(order.id(), order);
    }

    /** {@link #restore} for each row, e.g. {@code TradeRepository.openOrders()} at startup. */
    public synchronized void restoreAll(Collection<dev.hertz.core.persistence.Order> rows) {
        rows.forEach(this::restore);
    }

    private Order known(String id) {
        Order order = orders.get(id);
        if (order == null) {
            throw new InvalidOrderException("Tried to get an invalid dry-run-order (id: " + id + ").");
        }
        return order;
    }

    private Order stopOrder(String id, Market market, OrderType type, OrderSide side, double amount,
                            double stopPrice, double leverage, Instant now) {
        if (!(stopPrice > 0)) {
            throw new InvalidOrderException("Stop price for " + market.symbol() + " must be positive, got " + stopPrice);
        }
        double stop = Precision.priceToPrecision(market, stopPrice,
                side == OrderSide.SELL ? Rounding.ROUND_UP : Rounding.ROUND_DOWN);
        return new Order(id, market.symbol(), type, side, OrderStatus.OPEN, amount, stop, stop, 0.0, amount,
                amount * stop, null, now.toEpochMilli(), null, stop, leverage);
    }

    private Order simulate(String id, Market market, OrderType type, OrderSide side, double requestedAmount,
                           double amount, Double price, double leverage, Instant now) {
        String pair = market.symbol();
        if (type == OrderType.LIMIT && price == null) {
            throw new InvalidOrderException("Limit order for " + pair + " needs a positive price, got null");
        }
        if (price != null && !(price > 0)) {
            throw new InvalidOrderException("Order price for " + pair + " must be positive, got " + price);
        }
        OrderBook book = capabilities().fetchL2OrderBook() ? delegate.fetchOrderBook(pair, BOOK_DEPTH) : null;
        double rate = price != null ? Precision.priceToPrecision(market, price) : referenceRate(pair, side, book);
        OrderType simulated = type;
        if (type == OrderType.LIMIT && book != null
                && DryRunFills.isPriceCrossed(side, rate, book, DryRunFills.CROSSING_ALLOWANCE)) {
            LOG.info("Converted order {} to market order due to price {} crossing spread by more than {}.",
                    pair, PythonFormat.floatRepr(rate), PythonFormat.percent(DryRunFills.CROSSING_ALLOWANCE, 2));
            simulated = OrderType.MARKET;
        }
        long ts = now.toEpochMilli();
        Order open = new Order(id, pair, simulated, side, OrderStatus.OPEN, amount, rate, rate, 0.0, amount,
                amount * rate, null, ts, null, null, leverage);
        if (simulated == OrderType.MARKET) {
            // freqtrade walks the book with the amount as requested, before precision.
            double average = DryRunFills.marketFillPrice(market, side, requestedAmount, rate, book);
            double cost = amount * average;
            return new Order(id, pair, simulated, side, OrderStatus.CLOSED, amount, rate, average, amount, 0.0,
                    cost, dryFee(pair, side, cost, TakerOrMaker.TAKER), ts, ts, null, leverage);
        }
        return fillIfCrossed(open, true, book);
    }

    /** A market order's rate when none was given: the best level on the taker side, else the ticker. */
    private double referenceRate(String pair, OrderSide side, OrderBook book) {
        if (book != null && !book.side(side).isEmpty()) {
            return book.side(side).get(0).price();
        }
        Ticker t = delegate.fetchTicker(pair);
        Double rate = side == OrderSide.BUY ? t.ask() : t.bid();
        if (rate == null) {
            rate = t.last();
        }
        if (rate == null || !(rate > 0)) {
            throw new InvalidOrderException("Market order for " + pair
                    + " has no price and neither the order book nor the ticker offers one");
        }
        return rate;
    }

    /**
     * freqtrade's {@code check_dry_limit_order_filled}: fills a resting, non-stop limit order once
     * crossed, always at its own limit price.
     */
    private Order fillIfCrossed(Order order, boolean immediate, OrderBook placementBook) {
        if (!order.isOpen() || order.type() != OrderType.LIMIT || order.isStop()) {
            return order;
        }
        boolean crossed;
        if (!capabilities().fetchL2OrderBook()) {
            crossed = true;
        } else {
            OrderBook book = placementBook != null ? placementBook : delegate.fetchOrderBook(order.symbol(), 1);
            crossed = DryRunFills.isPriceCrossed(order.side(), order.price(), book, 0.0);
        }
        if (!crossed) {
            return order;
        }
        TakerOrMaker liquidity = immediate ? TakerOrMaker.TAKER : TakerOrMaker.MAKER;
        return new Order(order.id(), order.symbol(), order.type(), order.side(), OrderStatus.CLOSED, order.amount(),
                order.price(), order.price(), order.amount(), 0.0, order.cost(),
                dryFee(order.symbol(), order.side(), order.cost(), liquidity), order.timestamp(), clock.millis(),
                null, order.leverage());
    }

    private Fee dryFee(String pair, OrderSide side, double cost, TakerOrMaker liquidity) {
        double rate = fee(pair, side, liquidity);
        return new Fee(delegate.market(pair).quote(), cost * rate, rate);
    }

    /** Ids like freqtrade's; a clash within the same microsecond moves the timestamp on by one microsecond. */
    private String newId(OrderSide side, String pair, Instant now) {
        long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        while (true) {
            String id = "dry_run_" + side.wire() + "_" + pair + "_" + PythonFormat.floatRepr(micros / 1e6);
            if (!orders.containsKey(id)) {
                return id;
            }
            micros++;
        }
    }

    private static void checkLimits(Market market, double amount, double price) {
        double contractSize = market.effectiveContractSize();
        double contracts = Precision.amountToContracts(amount, contractSize);
        Market.MinMax amountLimits = market.limits().amount();
        String pair = market.symbol();
        if (amountLimits.min() != null && contracts < amountLimits.min()) {
            throw new InvalidOrderException("Order amount " + PythonFormat.floatRepr(contracts) + " for " + pair
                    + " is below the market minimum amount " + PythonFormat.floatRepr(amountLimits.min()));
        }
        if (amountLimits.max() != null && contracts > amountLimits.max()) {
            throw new InvalidOrderException("Order amount " + PythonFormat.floatRepr(contracts) + " for " + pair
                    + " is above the market maximum amount " + PythonFormat.floatRepr(amountLimits.max()));
        }
        // Cost limits are read the way StakeLimits reads them, so a stake it accepts is never refused here.
        double cost = amount * price;
        Market.MinMax costLimits = market.limits().cost();
        if (costLimits.min() != null && cost < Precision.contractsToAmount(costLimits.min(), contractSize)) {
            throw new InvalidOrderException("Order cost " + PythonFormat.floatRepr(cost) + " for " + pair
                    + " is below the market minimum cost " + PythonFormat.floatRepr(costLimits.min()));
        }
        if (costLimits.max() != null && cost > Precision.contractsToAmount(costLimits.max(), contractSize)) {
            throw new InvalidOrderException("Order cost " + PythonFormat.floatRepr(cost) + " for " + pair
                    + " is above the market maximum cost " + PythonFormat.floatRepr(costLimits.max()));
        }
    }

    private void checkFunds(Market market, OrderSide side, double amount, double price, double leverage) {
        boolean plainSpot = !market.futures() && leverage == 1.0;
        String currency;
        double required;
        if (plainSpot && side == OrderSide.SELL) {
            currency = market.base();
            required = amount;
        } else {
            currency = market.quote();
            required = amount * price / leverage;
        }
        Balance balance = wallet.get().get(currency);
        double free = balance == null ? 0.0 : balance.free();
        if (required - free > FUNDS_TOLERANCE * Math.max(Math.abs(required), Math.abs(free))) {
            throw new InsufficientFundsError("Insufficient funds in the dry-run wallet for " + side.wire() + " "
                    + PythonFormat.floatRepr(amount) + " " + market.symbol() + ": needs " + PythonFormat.floatRepr(required) + " "
                    + currency + ", " + PythonFormat.floatRepr(free) + " free");
        }
    }

    private static Double number(Map<String, Object> params, String key, String pair) {
        Object value = params.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new InvalidOrderException("Order parameter " + key + " for " + pair + " must be a number, got \""
                + value + "\"");
    }
}
