package dev.hertz.core.exchange.sim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.Balance;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.ExchangeCapabilities;
import dev.hertz.core.exchange.ExchangeError;
import dev.hertz.core.exchange.InvalidOrderException;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.OperationalException;
import dev.hertz.core.exchange.Order;
import dev.hertz.core.exchange.OrderBook;
import dev.hertz.core.exchange.OrderSide;
import dev.hertz.core.exchange.OrderType;
import dev.hertz.core.exchange.PrecisionMode;
import dev.hertz.core.exchange.TakerOrMaker;
import dev.hertz.core.exchange.Ticker;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline, deterministic simulated exchange ({@code "exchange": {"name": "sim"}}), Hertz's
 * embedded default: no network, no keys, a market that behaves plausibly.
 *
 * <p><b>Time.</b> Simulated time is {@code start + (real time elapsed) × speed}, read from the
 * injected clock, so tests drive it with a manual clock and demos can run a day in minutes.
 *
 * <p><b>Prices.</b> Each pair follows a path generated from the seed (see {@link PathModel}):
 * trend, clustered volatility, occasional jumps and mild mean reversion, produced lazily day by
 * day around an anchor (the start rounded down to a 7-day period, so restarts within that week
 * see the same history). Candles of every timeframe aggregate the same 1-minute data; the last
 * candle is still forming, as on a real exchange. The same seed and start give the same market.
 *
 * <p><b>Orders.</b> Placed on the account kept here: they take liquidity from the simulated book
 * with slippage, rest and fill later when the traded price passes their limit, pay maker/taker
 * fees and move balances; bad amounts, prices, values and missing funds are rejected with the
 * exceptions a real exchange maps to.
 */
public final class SimExchange implements Exchange {

    public static final String NAME = "sim";
    /** binance's list without the 1s timeframe. */
    public static final List<Timeframe> TIMEFRAMES = Arrays.stream(Timeframe.TYPICAL.split(" "))
            .map(Timeframe::parse).toList();
    public static final ExchangeCapabilities CAPABILITIES = new ExchangeCapabilities(true, true, true, false,
            1000, true, List.of("GTC", "FOK", "IOC", "PO"), true);

    private static final long DAY_MS = 86_400_000L;
    private static final long ANCHOR_PERIOD_DAYS = 7;
    private static final int DEFAULT_CANDLE_LIMIT = 500;
    private static final int MAX_BOOK_DEPTH = 5000;

    private final SimExchangeConfig config;
    private final InstantSource clock;
    private final long realStartMs;
    private final long simStartMs;
    private final Map<String, SimPair> pairs = new LinkedHashMap<>();
    private final Map<String, Market> markets;
    private final SimAccount account;

    public SimExchange(SimExchangeConfig config, InstantSource clock) {
        this.config = config;
        this.clock = clock;
        this.realStartMs = clock.millis();
        this.simStartMs = config.start() != null ? config.start().toEpochMilli() : realStartMs;
        long startDay = Math.floorDiv(simStartMs, DAY_MS);
        long anchorDay = Math.floorDiv(startDay, ANCHOR_PERIOD_DAYS) * ANCHOR_PERIOD_DAYS;
        long historyStartMinute = (startDay - config.historyDays()) * 1440;
        Map<String, Market> ms = new LinkedHashMap<>();
        for (SimMarketSpec spec : config.markets()) {
            Market market = market(spec, config);
            pairs.put(spec.symbol(), new SimPair(spec, market,
                    new PairPath(config.seed(), spec, anchorDay, historyStartMinute),
                    new SimBook(config.seed(), spec), new TickGrid(spec.tickSize()), new TickGrid(spec.stepSize())));
            ms.put(spec.symbol(), market);
        }
        this.markets = Collections.unmodifiableMap(ms);
        // ids are unique across restarts, so an order id from an earlier run is never reused
        this.account = new SimAccount(config.balances(), config.makerFee(), config.takerFee(), realStartMs * 1000);
    }

    /** Builds the exchange from the config's {@code exchange.sim} object (null for defaults). */
    public static SimExchange fromConfig(JsonNode sim, InstantSource clock) {
        return new SimExchange(SimExchangeConfig.fromJson(sim), clock);
    }

    private static Market market(SimMarketSpec spec, SimExchangeConfig config) {
        Market.Limits limits = new Market.Limits(
                new Market.MinMax(spec.minAmount(), 9_000_000.0),
                new Market.MinMax(spec.minCost(), 9_000_000.0),
                new Market.MinMax(spec.tickSize(), 1_000_000.0 * spec.price()));
        return new Market(spec.symbol(), spec.base(), spec.quote(), true, true, false, false, PrecisionMode.TICK_SIZE,
                spec.stepSize(), spec.tickSize(), limits, config.makerFee(), config.takerFee(), null);
    }

    public SimExchangeConfig config() {
        return config;
    }

    /** Current simulated time in epoch millis. */
    public long nowMillis() {
        return simStartMs + (long) ((clock.millis() - realStartMs) * config.speed());
    }

    /** Current simulated time. */
    public Instant simTime() {
        return Instant.ofEpochMilli(nowMillis());
    }

    /** Open time of the oldest candle the simulator serves. */
    public Instant historyStart() {
        return Instant.ofEpochMilli(pairs.values().iterator().next().path().historyStartMillis());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Market> markets() {
        return markets;
    }

    @Override
    public Map<String, Ticker> fetchTickers() {
        long now = nowMillis();
        Map<String, Ticker> out = new LinkedHashMap<>();
        pairs.forEach((symbol, p) -> out.put(symbol, ticker(p, now)));
        return out;
    }

    @Override
    public Ticker fetchTicker(String pair) {
        return ticker(pair(pair), nowMillis());
    }

    private static Ticker ticker(SimPair p, long now) {
        double last = p.path().price(now);
        double[] day = p.path().last24h(now);
        SimBook.Side asks = p.book().side(last, now, OrderSide.BUY);
        SimBook.Side bids = p.book().side(last, now, OrderSide.SELL);
        double open = day[0];
        double change = last - open;
        double typical = (day[0] + day[1] + day[2] + last) / 4;
        return new Ticker(p.spec().symbol(), now, bids.price(0), bids.amount(0), asks.price(0), asks.amount(0),
                last, open, day[1], day[2], last, change, change / open * 100, day[4], day[4] * typical);
    }

    @Override
    public OrderBook fetchOrderBook(String pair, int depth) {
        SimPair p = pair(pair);
        long now = nowMillis();
        int levels = Math.min(MAX_BOOK_DEPTH, Math.max(1, depth));
        return p.book().book(p.spec().symbol(), p.path().price(now), now, levels);
    }

    @Override
    public Candles fetchOhlcv(String pair, Timeframe timeframe, Long since, int limit) {
        SimPair p = pair(pair);
        if (!TIMEFRAMES.contains(timeframe)) {
            throw new OperationalException("Timeframe " + timeframe + " is not supported by exchange " + NAME
                    + "; supported: " + TIMEFRAMES);
        }
        int n = Math.min(CAPABILITIES.ohlcvCandleLimit(), limit <= 0 ? DEFAULT_CANDLE_LIMIT : limit);
        long tfMs = timeframe.millis();
        long now = nowMillis();
        long last = Math.floorDiv(now, tfMs);
        long first = Math.ceilDiv(p.path().historyStartMillis(), tfMs);
        long from = since == null ? last - n + 1 : Math.ceilDiv(since, tfMs);
        from = Math.max(from, first);
        long to = Math.min(last, from + n - 1);
        if (from > to) {
            return Candles.empty();
        }
        return p.path().candles(timeframe, from, to, now);
    }

    @Override
    public Map<String, Balance> fetchBalances() {
        return account.balances(nowMillis());
    }

    @Override
    public double fee(String pair, OrderSide side, TakerOrMaker takerOrMaker) {
        pair(pair);
        return takerOrMaker == TakerOrMaker.TAKER ? config.takerFee() : config.makerFee();
    }

    @Override
    public Order createOrder(String pair, OrderType type, OrderSide side, double amount, Double price,
                             Map<String, Object> params) {
        SimPair p = pairs.get(pair);
        if (p == null) {
            throw new InvalidOrderException("Invalid symbol " + pair + ": exchange " + NAME + " has no such market");
        }
        TimeInForce tif = TimeInForce.fromParam(params == null ? null : params.get("timeInForce"));
        return account.place(p, type, side, amount, price, tif, nowMillis());
    }

    @Override
    public Order fetchOrder(String id, String pair) {
        return account.fetch(id, pair, nowMillis());
    }

    @Override
    public Order cancelOrder(String id, String pair) {
        return account.cancel(id, pair, nowMillis());
    }

    @Override
    public List<Timeframe> timeframes() {
        return TIMEFRAMES;
    }

    @Override
    public ExchangeCapabilities capabilities() {
        return CAPABILITIES;
    }

    private SimPair pair(String symbol) {
        SimPair p = pairs.get(symbol);
        if (p == null) {
            throw new ExchangeError("Exchange " + NAME + " has no market " + symbol + "; markets: " + pairs.keySet());
        }
        return p;
    }
}
