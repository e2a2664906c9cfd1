package dev.hertz.app.parity;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.Balance;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.ExchangeCapabilities;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.OperationalException;
import dev.hertz.core.exchange.Order;
import dev.hertz.core.exchange.OrderBook;
import dev.hertz.core.exchange.OrderSide;
import dev.hertz.core.exchange.OrderType;
import dev.hertz.core.exchange.PrecisionMode;
import dev.hertz.core.exchange.TakerOrMaker;
import dev.hertz.core.exchange.Ticker;
import dev.hertz.core.exchange.TemporaryError;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A market-data exchange that replays fixed candles against a {@link ReplayClock}, so a live bot
 * sees a history the way an exchange would have shown it at each moment:
 * <ul>
 *   <li>OHLCV: only candles that have closed by the clock's time (a forming candle is never
 *       served, so no close, high or low from the future can leak into the analysis);</li>
 *   <li>ticker and order book: the open of the candle forming now, on both sides with a depth no
 *       order exhausts, so an order priced on either side fills at exactly that open.</li>
 * </ul>
 * Orders are not taken here: the bot wraps this exchange in its {@code DryRunExchange}, which
 * simulates every order against the book above, exactly as a dry-run bot does over a real exchange.
 * Markets have no precision or cost limits, so rounding never separates the live bot from the backtest.
 */
final class ReplayExchange implements Exchange {
    static final String NAME = "replay";
    /** Amount on each book side: more than any stake in these tests can buy. */
    private static final double BOOK_DEPTH = 1e12;

    private final Map<String, Candles> candles;
    private final Map<String, Market> markets = new LinkedHashMap<>();
    private final Timeframe timeframe;
    private final Clock clock;
    private final double fee;

    /** @param candles each pair's candles (regular, gap-free), in whitelist order */
    ReplayExchange(Map<String, Candles> candles, Timeframe timeframe, Clock clock, double fee) {
        this.candles = Map.copyOf(candles);
        this.timeframe = timeframe;
        this.clock = clock;
        this.fee = fee;
        for (String pair : candles.keySet()) {
            String[] parts = pair.split("/");
            markets.put(pair, new Market(pair, parts[0], parts[1], true, true, false, false,
                    PrecisionMode.TICK_SIZE, null, null, Market.Limits.NONE, fee, fee, null));
        }
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
        Map<String, Ticker> all = new LinkedHashMap<>();
        markets.keySet().forEach(pair -> all.put(pair, fetchTicker(pair)));
        return all;
    }

    @Override
    public Ticker fetchTicker(String pair) {
        double open = currentOpen(pair);
        return Ticker.of(pair, clock.millis(), open, open, open);
    }

    @Override
    public OrderBook fetchOrderBook(String pair, int depth) {
        List<OrderBook.Level> level = List.of(new OrderBook.Level(currentOpen(pair), BOOK_DEPTH));
        return new OrderBook(pair, clock.millis(), level, level);
    }

    /** Closed candles opening at or after {@code since} (else the latest ones), at most {@code limit}. */
    @Override
    public Candles fetchOhlcv(String pair, Timeframe timeframe, Long since, int limit) {
        if (!timeframe.equals(this.timeframe)) {
            throw new OperationalException("Replay of " + pair + " holds " + this.timeframe + " candles, not " + timeframe);
        }
        Candles closed = series(pair).until(timeframe.candleOpen(clock.millis()) - timeframe.millis());
        if (since == null) {
            return closed.tail(limit);
        }
        Candles from = closed.since(since);
        return from.slice(0, Math.min(limit, from.size()));
    }

    /** The exchange account is never asked for: a dry-run bot keeps its own wallet. */
    @Override
    public Map<String, Balance> fetchBalances() {
        return Map.of();
    }

    @Override
    public double fee(String pair, OrderSide side, TakerOrMaker takerOrMaker) {
        return fee;
    }

    @Override
    public Order createOrder(String pair, OrderType type, OrderSide side, double amount, Double price,
                             Map<String, Object> params) {
        throw notForOrders();
    }

    @Override
    public Order fetchOrder(String id, String pair) {
        throw notForOrders();
    }

    @Override
    public Order cancelOrder(String id, String pair) {
        throw notForOrders();
    }

    @Override
    public List<Timeframe> timeframes() {
        return List.of(timeframe);
    }

    @Override
    public ExchangeCapabilities capabilities() {
        return new ExchangeCapabilities(true, true, true, false, 1000, false, List.of("GTC"), false);
    }

    /** The open of the candle forming at the clock's time. */
    private double currentOpen(String pair) {
        Candles series = series(pair);
        int i = series.indexOf(timeframe.candleOpen(clock.millis()));
        if (i < 0) {
            throw new TemporaryError("Replay of " + pair + " has no candle at " + clock.instant());
        }
        return series.open(i);
    }

    private Candles series(String pair) {
        Candles series = candles.get(pair);
        if (series == null) {
            throw new OperationalException("Exchange " + NAME + " has no market " + pair);
        }
        return series;
    }

    private OperationalException notForOrders() {
        return new OperationalException("The replay exchange only serves market data: orders belong to the "
                + "DryRunExchange wrapped around it");
    }
}
