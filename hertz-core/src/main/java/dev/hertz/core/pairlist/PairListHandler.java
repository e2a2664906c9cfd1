package dev.hertz.core.pairlist;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.OperationalException;
import dev.hertz.core.exchange.Ticker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * One link of the pairlist chain (freqtrade's {@code IPairList}). The first handler generates the
 * list ({@link #genPairlist}); every later one filters or sorts what it receives
 * ({@link #filterPairlist}). Handlers run on every bot iteration and keep their own caches, so
 * one instance belongs to one {@link PairListManager}.
 */
public abstract class PairListHandler {

    /**
     * What every handler is built from.
     *
     * @param info     the handler's static description
     * @param context  exchange, config, clock
     * @param manager  the chain it belongs to (for black- and whitelist checks and shared candles)
     * @param params   its own parameters (every key but {@code method})
     * @param position index in {@code pairlists}
     */
    record Setup(PairListHandlerInfo info, PairListContext context, PairListManager manager, ObjectNode params,
                 int position) {
    }

    private final PairListHandlerInfo info;
    protected final PairListContext context;
    protected final PairListManager manager;
    protected final PluginParams params;
    protected final int position;
    /** {@code refresh_period} in seconds (default 1800): the log-once period. */
    protected final long refreshPeriod;
    protected final LogOnce log;

    PairListHandler(Setup setup) {
        this.info = setup.info();
        this.context = setup.context();
        this.manager = setup.manager();
        this.position = setup.position();
        this.params = new PluginParams("Pairlist handler " + info.name() + " (pairlists[" + position + "])",
                setup.params());
        this.refreshPeriod = (long) params.number("refresh_period", ParamNumber.of(1800)).value();
        this.log = new LogOnce(LoggerFactory.getLogger(getClass()), refreshPeriod, context.clock());
    }

    /** The {@code method} name. */
    public final String name() {
        return info.name();
    }

    /** Name, description, generator flag, backtesting support and parameters. */
    public final PairListHandlerInfo info() {
        return info;
    }

    /** Whether the manager must fetch tickers for this handler. */
    public abstract boolean needsTickers();

    /** One line for the startup message, e.g. {@code VolumePairList - top 20 volume pairs.} */
    public abstract String shortDesc();

    /**
     * Produces the starting list; only generators override this.
     *
     * @param tickers tickers by pair (empty unless some handler needs them)
     */
    public List<String> genPairlist(Map<String, Ticker> tickers) {
        throw new OperationalException("This Pairlist Handler should not be used "
                + "at the first position in the list of Pairlist Handlers.");
    }

    /**
     * Filters and sorts {@code pairlist}; returns the new list and leaves the argument untouched.
     *
     * @param tickers tickers by pair (empty unless some handler needs them)
     */
    public abstract List<String> filterPairlist(List<String> pairlist, Map<String, Ticker> tickers);

    /** freqtrade's generic per-pair filter: keeps the pairs {@code valid} accepts, given each pair's ticker (or null). */
    protected final List<String> keepIf(List<String> pairlist, Map<String, Ticker> tickers,
                                        BiPredicate<String, Ticker> valid) {
        List<String> kept = new ArrayList<>(pairlist.size());
        for (String pair : pairlist) {
            if (valid.test(pair, tickers.get(pair))) {
                kept.add(pair);
            }
        }
        return kept;
    }

    /** See {@link PairListManager#verifyBlacklist}. */
    protected final List<String> verifyBlacklist(List<String> pairlist, Level level) {
        return manager.verifyBlacklist(pairlist, level);
    }

    /** See {@link PairListManager#verifyWhitelist}. */
    protected final List<String> verifyWhitelist(List<String> pairlist, boolean keepInvalid) {
        return manager.verifyWhitelist(pairlist, keepInvalid);
    }

    /**
     * freqtrade's {@code _whitelist_for_active_markets}: drops pairs the exchange does not list,
     * cannot be traded in the configured trading mode, are not quoted in the stake currency, or are
     * inactive; removes duplicates.
     */
    protected final List<String> whitelistForActiveMarkets(List<String> pairlist) {
        Map<String, Market> markets = context.exchange().markets();
        if (markets.isEmpty()) {
            throw new OperationalException("Markets not loaded. Make sure that exchange is initialized correctly.");
        }
        String stake = context.config().stakeCurrency();
        List<String> sanitized = new ArrayList<>();
        for (String pair : pairlist) {
            Market market = markets.get(pair);
            if (market == null) {
                log.warning("Pair " + pair + " is not compatible with exchange " + context.exchange().name()
                        + ". Removing it from whitelist..");
            } else if (!MarketChecks.isTradable(market, context.config().tradingMode())) {
                log.warning("Pair " + pair + " is not tradable with Freqtrade. Removing it from whitelist..");
            } else if (!market.quote().equals(stake)) {
                log.warning("Pair " + pair + " is not compatible with your stake currency " + stake
                        + ". Removing it from whitelist..");
            } else if (!market.active()) {
                log.info("Ignoring " + pair + " from whitelist. Market is not active.");
            } else if (!sanitized.contains(pair)) {
                sanitized.add(pair);
            }
        }
        return sanitized;
    }
}
