package dev.hertz.core.exchange;

import dev.hertz.core.config.PriceSide;
import dev.hertz.core.config.PricingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * freqtrade's {@code get_rate}/{@code get_rates}: the price to enter or exit at, from the order book
 * ({@code use_order_book}) or from the ticker, with a 300 s cache per pair and side.
 *
 * <p>The trading loop always asks with {@code refresh = true}; notifications and the API may use
 * the cache. Thread-safe.
 */
public final class PriceDiscovery {

    /** Seconds a cached rate stays valid. */
    public static final long CACHE_TTL_SECONDS = 300;
    private static final int CACHE_MAX_SIZE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(PriceDiscovery.class);

    private final Exchange exchange;
    private final PricingConfig entryPricing;
    private final PricingConfig exitPricing;
    private final InstantSource clock;
    private final RateCache entryCache = new RateCache();
    private final RateCache exitCache = new RateCache();

    public PriceDiscovery(Exchange exchange, PricingConfig entryPricing, PricingConfig exitPricing,
                          InstantSource clock) {
        this.exchange = exchange;
        this.entryPricing = entryPricing;
        this.exitPricing = exitPricing;
        this.clock = clock;
    }

    /** Entry and exit rate together. */
    public record Rates(double entry, double exit) {
    }

    /**
     * The rate for one side. Without {@code refresh} a cached rate younger than 300 s is returned.
     *
     * @throws PricingError when the ticker or book has no usable price
     */
    public double getRate(String pair, boolean refresh, EntryExit side, boolean isShort) {
        return getRate(pair, refresh, side, isShort, null, null);
    }

    /**
     * {@link #getRate(String, boolean, EntryExit, boolean)} reusing an already fetched order book or
     * ticker (either may be null, then it is fetched when needed).
     */
    public double getRate(String pair, boolean refresh, EntryExit side, boolean isShort,
                          OrderBook orderBook, Ticker ticker) {
        RateCache cache = side == EntryExit.ENTRY ? entryCache : exitCache;
        if (!refresh) {
            double cached = cache.get(pair, clock.millis());
            if (cached != 0) {
                return cached;
            }
        }
        PricingConfig conf = side == EntryExit.ENTRY ? entryPricing : exitPricing;
        PriceSide bookSide = resolve(conf.priceSide(), side, isShort);
        double rate;
        if (conf.useOrderBook()) {
            OrderBook book = orderBook != null ? orderBook : exchange.fetchOrderBook(pair, conf.orderBookTop());
            rate = rateFromOrderBook(pair, side, book, bookSide, conf.orderBookTop());
        } else {
            Ticker t = ticker != null ? ticker : exchange.fetchTicker(pair);
            Double r = rateFromTicker(side, t, bookSide, conf.priceLastBalance());
            if (r == null) {
                throw new PricingError(label(side) + "-Rate for " + pair + " was empty.");
            }
            rate = r;
        }
        cache.put(pair, rate, clock.millis());
        return rate;
    }

    /**
     * Both rates; when the entry side uses the order book one book of
     * {@code max(entry top, exit top)} levels serves both, otherwise one ticker does.
     */
    public Rates getRates(String pair, boolean refresh, boolean isShort) {
        double entry = 0;
        double exit = 0;
        if (!refresh) {
            long now = clock.millis();
            entry = entryCache.get(pair, now);
            exit = exitCache.get(pair, now);
        }
        OrderBook book = null;
        Ticker ticker = null;
        if (entry == 0 && entryPricing.useOrderBook()) {
            book = exchange.fetchOrderBook(pair, Math.max(entryPricing.orderBookTop(), exitPricing.orderBookTop()));
            entry = getRate(pair, refresh, EntryExit.ENTRY, isShort, book, null);
        } else if (entry == 0) {
            ticker = exchange.fetchTicker(pair);
            entry = getRate(pair, refresh, EntryExit.ENTRY, isShort, null, ticker);
        }
        if (exit == 0) {
            exit = getRate(pair, refresh, EntryExit.EXIT, isShort, book, ticker);
        }
        return new Rates(entry, exit);
    }

    /**
     * The ticker value of {@code bookSide}, moved towards {@code last} by {@code priceLastBalance}
     * when it is on the unfavourable side of it (above last for entries, below for exits).
     * Returns null when the ticker has no value for that side.
     */
    public static Double rateFromTicker(EntryExit side, Ticker ticker, PriceSide bookSide, double priceLastBalance) {
        Double rate = bookSide == PriceSide.BID ? ticker.bid() : ticker.ask();
        Double last = ticker.last();
        if (last != null && last != 0 && rate != null && rate != 0) {
            if (side == EntryExit.ENTRY && rate > last) {
                rate = rate + priceLastBalance * (last - rate);
            } else if (side == EntryExit.EXIT && rate < last) {
                rate = rate - priceLastBalance * (rate - last);
            }
        }
        return rate;
    }

    /** Level {@code top} (1-based) of the bids or asks; {@link PricingError} when the book is shorter. */
    public static double rateFromOrderBook(String pair, EntryExit side, OrderBook book, PriceSide bookSide, int top) {
        List<OrderBook.Level> levels = bookSide == PriceSide.BID ? book.bids() : book.asks();
        if (top < 1 || levels.size() < top) {
            LOG.warn("{} - {} Price at location {} from orderbook could not be determined. Orderbook: {}",
                    pair, label(side), top, book);
            throw new PricingError(label(side) + " price at location " + top + " of the " + pair
                    + " order book could not be determined: " + (bookSide == PriceSide.BID ? "bids" : "asks")
                    + " has " + levels.size() + " levels");
        }
        return levels.get(top - 1).price();
    }

    private static String label(EntryExit side) {
        return side == EntryExit.ENTRY ? "Entry" : "Exit";
    }

    /** A small TTL + LRU cache like cachetools' {@code TTLCache(maxsize=100, ttl=300)}; 0 = absent. */
    private static final class RateCache {
        private record Cached(double rate, long expiresAt) {
        }

        private final Map<String, Cached> map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > CACHE_MAX_SIZE;
            }
        };

        synchronized double get(String pair, long now) {
            Cached e = map.get(pair);
            if (e == null) {
                return 0;
            }
            if (now >= e.expiresAt) {
                map.remove(pair);
                return 0;
            }
            return e.rate;
        }

        synchronized void put(String pair, double rate, long now) {
            map.put(pair, new Cached(rate, now + CACHE_TTL_SECONDS * 1000));
        }
    }

    /**
     * The book side {@code configured} means for this order: {@code same} is the side the order
     * would rest on (bid for a long entry or a short exit), {@code other} the side it would take.
     */
    public static PriceSide resolve(PriceSide configured, EntryExit side, boolean isShort) {
        if (configured == PriceSide.ASK || configured == PriceSide.BID) {
            return configured;
        }
        boolean sameIsBid = (side == EntryExit.ENTRY) != isShort;
        boolean bid = (configured == PriceSide.SAME) == sameIsBid;
        return bid ? PriceSide.BID : PriceSide.ASK;
    }
}
