package dev.hertz.core.pairlist;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.config.PairlistConfig;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.exchange.Ticker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Runs the configured {@code pairlists} chain (freqtrade's {@code PairListManager}): the first
 * handler generates the list, the others filter it in order, and the blacklist is applied last.
 * Tickers are fetched at most every 30 minutes, and only if some handler needs them.
 *
 * <p>The bot loop calls {@link #refreshPairlist()}; other threads may read the lists and edit the
 * blacklist (REST {@code /blacklist}) at the same time.
 */
public final class PairListManager {

    private static final Logger LOG = LoggerFactory.getLogger(PairListManager.class);
    private static final long TICKER_CACHE_SECONDS = 1800;

    private final PairListContext context;
    private final List<PairListHandler> handlers;
    private final boolean tickersNeeded;
    private final CandleFetcher candles;
    private final LogOnce log;
    private final ExpiringCache<String, Map<String, Ticker>> tickerCache;
    private final List<String> blacklist;
    private volatile List<String> whitelist;

    /**
     * Builds the chain from {@code context.config().pairlists()}.
     *
     * @throws ConfigurationError for an unknown handler, bad parameters, a filter in first position,
     *                            handlers needing tickers the exchange cannot fetch, or handlers
     *                            refused in backtesting
     */
    public PairListManager(PairListContext context) {
        this.context = context;
        this.whitelist = List.copyOf(context.config().exchange().pairWhitelist());
        this.blacklist = new CopyOnWriteArrayList<>(context.config().exchange().pairBlacklist());
        this.candles = new CandleFetcher(context.exchange(), context.clock());
        long logPeriod = context.config().raw().path("pairlist_refresh_period").asLong(3600);
        this.log = new LogOnce(LOG, logPeriod, context.clock());
        this.tickerCache = ExpiringCache.ttl(context.clock(), TICKER_CACHE_SECONDS, 1);
        List<PairListHandler> chain = new ArrayList<>();
        for (PairlistConfig handlerConfig : context.config().pairlists()) {
            chain.add(PairListHandlers.create(handlerConfig.method(), context, this, handlerConfig.params(),
                    chain.size()));
        }
        if (chain.isEmpty()) {
            throw new ConfigurationError("No Pairlist Handlers defined");
        }
        if (!chain.get(0).info().isGenerator()) {
            throw new ConfigurationError("pairlists[0]: " + chain.get(0).name() + " is a filter; the first Pairlist "
                    + "Handler must generate the list (one of " + String.join(", ", generatorNames()) + ")");
        }
        this.handlers = List.copyOf(chain);
        this.tickersNeeded = handlers.stream().anyMatch(PairListHandler::needsTickers);
        if (tickersNeeded && !context.exchange().capabilities().fetchTickers()) {
            String invalid = String.join(". ", handlers.stream().filter(PairListHandler::needsTickers)
                    .map(PairListHandler::name).toList());
            throw new ConfigurationError("Exchange does not support fetchTickers, therefore the following pairlists "
                    + "cannot be used. Please edit your config and restart the bot.\n" + invalid + ".");
        }
        checkBacktest();
    }

    private static List<String> generatorNames() {
        return PairListHandlers.available().stream().filter(PairListHandlerInfo::isGenerator)
                .map(PairListHandlerInfo::name).toList();
    }

    private void checkBacktest() {
        if (!context.runMode().isOptimize()) {
            return;
        }
        List<String> refused = namesSupporting(SupportsBacktesting.NO);
        List<String> noAction = namesSupporting(SupportsBacktesting.NO_ACTION);
        List<String> biased = namesSupporting(SupportsBacktesting.BIASED);
        if (!noAction.isEmpty()) {
            LOG.warn("Pairlist Handlers {} do not generate any changes during backtesting. While it's safe to "
                    + "leave them enabled, they will not behave like in dry/live modes. ", String.join(", ", noAction));
        }
        if (!biased.isEmpty()) {
            LOG.warn("Pairlist Handlers {} will introduce a lookahead bias to your backtest results, as they use "
                    + "today's data - which inheritly suffers from 'winner bias'.", String.join(", ", biased));
        }
        if (!refused.isEmpty()) {
            throw new ConfigurationError("Pairlist Handlers " + String.join(", ", refused)
                    + " do not support backtesting.");
        }
    }

    private List<String> namesSupporting(SupportsBacktesting support) {
        return handlers.stream().filter(h -> h.info().supportsBacktesting() == support)
                .map(PairListHandler::name).toList();
    }

    /** The whitelist of the last refresh (before the first one: the configured {@code pair_whitelist}). */
    public List<String> whitelist() {
        return whitelist;
    }

    /** The blacklist entries as configured or edited (expressions unexpanded). */
    public List<String> blacklist() {
        return List.copyOf(blacklist);
    }

    /**
     * The blacklist expanded against the exchange's markets.
     *
     * @throws IllegalArgumentException when an entry is not a valid expression
     */
    public List<String> expandedBlacklist() {
        return PairlistExpansion.expand(blacklist(), context.exchange().markets().keySet(), false);
    }

    /**
     * Adds a blacklist entry (a pair or an expression); false if it is already there.
     *
     * @throws IllegalArgumentException when {@code entry} is not a valid expression; nothing changes then
     */
    public boolean addToBlacklist(String entry) {
        PairlistExpansion.validate(entry);
        synchronized (blacklist) {
            if (blacklist.contains(entry)) {
                return false;
            }
            return blacklist.add(entry);
        }
    }

    /** Removes a blacklist entry exactly as written; false if it was not there. */
    public boolean removeFromBlacklist(String entry) {
        return blacklist.remove(entry);
    }

    /** The handler names in chain order. */
    public List<String> nameList() {
        return handlers.stream().map(PairListHandler::name).toList();
    }

    /** Each handler's {@code short_desc}, in chain order. */
    public List<PluginDescription> shortDesc() {
        return handlers.stream().map(h -> new PluginDescription(h.name(), h.shortDesc())).toList();
    }

    /** The handlers in chain order. */
    public List<PairListHandler> handlers() {
        return handlers;
    }

    /** Runs the chain and the blacklist and stores the new whitelist. */
    public void refreshPairlist() {
        Map<String, Ticker> tickers = tickersNeeded ? cachedTickers() : Map.of();
        List<String> pairs = handlers.get(0).genPairlist(tickers);
        for (PairListHandler handler : handlers.subList(1, handlers.size())) {
            pairs = handler.filterPairlist(pairs, tickers);
        }
        pairs = verifyBlacklist(pairs, Level.WARN);
        log.info("Whitelist with " + pairs.size() + " pairs: " + PythonFormat.listRepr(pairs));
        whitelist = List.copyOf(pairs);
    }

    private Map<String, Ticker> cachedTickers() {
        synchronized (tickerCache) {
            Map<String, Ticker> tickers = tickerCache.get("tickers");
            if (tickers == null) {
                tickers = Map.copyOf(context.exchange().fetchTickers());
                tickerCache.put("tickers", tickers);
            }
            return tickers;
        }
    }

    /**
     * Removes blacklisted pairs (expressions expanded), logging each removal once per period at
     * {@code level}. An invalid expression in the blacklist empties the list, as in freqtrade: it is
     * safer to trade nothing than to trade a pair the user meant to exclude.
     */
    public List<String> verifyBlacklist(List<String> pairlist, Level level) {
        Set<String> expanded;
        try {
            expanded = new HashSet<>(expandedBlacklist());
        } catch (IllegalArgumentException e) {
            LOG.error("Pair blacklist contains an invalid Wildcard: {}", e.getMessage());
            return new ArrayList<>();
        }
        List<String> result = new ArrayList<>(pairlist.size());
        for (String pair : pairlist) {
            if (expanded.contains(pair)) {
                log.log(level, "Pair " + pair + " in your blacklist. Removing it from whitelist...");
            } else {
                result.add(pair);
            }
        }
        return result;
    }

    /**
     * Expands whitelist expressions against the markets; with {@code keepInvalid} unmatched plain
     * pairs stay. An invalid expression gives an empty list (and an error in the log).
     */
    public List<String> verifyWhitelist(List<String> pairlist, boolean keepInvalid) {
        try {
            return PairlistExpansion.expand(pairlist, context.exchange().markets().keySet(), keepInvalid);
        } catch (IllegalArgumentException e) {
            LOG.error("Pair whitelist contains an invalid Wildcard: {}", e.getMessage());
            return new ArrayList<>();
        }
    }

    CandleFetcher candles() {
        return candles;
    }
}
