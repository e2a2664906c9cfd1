package dev.hertz.core.pairlist;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.exchange.ExchangeCapabilities;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.Ticker;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.event.Level;

/**
 * The {@code number_assets} pairs with the highest quote volume. Volume comes from the tickers'
 * 24 h {@code quoteVolume}, or, when {@code lookback_days} or {@code lookback_period} is set, from
 * candles: the sum over the last {@code lookback_period} closed candles of
 * {@code volume × (high + low + close) / 3 × contractSize} (candle volume is taken to be in base
 * currency, freqtrade's default). Pairs with fewer candles than the period count as volume 0.
 * As a generator the result is cached for {@code refresh_period} seconds.
 */
public final class VolumePairList extends PairListHandler {

    static final PairListHandlerInfo INFO = new PairListHandlerInfo("VolumePairList",
            "Provides dynamic pair list based on trade volumes.", true, SupportsBacktesting.NO, List.of(
            PairlistParameter.number("number_assets", 30, "Number of assets",
                    "Number of assets to use from the pairlist"),
            PairlistParameter.option("sort_key", "quoteVolume", List.of("quoteVolume"), "Sort key",
                    "Sort key to use for sorting the pairlist."),
            PairlistParameter.number("min_value", 0, "Minimum value",
                    "Minimum value to use for filtering the pairlist."),
            PairlistParameter.number("max_value", null, "Maximum value",
                    "Maximum value to use for filtering the pairlist."),
            PairlistParameter.refreshPeriod(),
            PairlistParameter.number("lookback_days", 0, "Lookback Days", "Number of days to look back at."),
            PairlistParameter.string("lookback_timeframe", "", "Lookback Timeframe", "Timeframe to use for lookback."),
            PairlistParameter.number("lookback_period", 0, "Lookback Period", "Number of periods to look back at.")));

    private static final List<String> SORT_VALUES = List.of("quoteVolume");
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private record Volume(String pair, double quoteVolume) {
    }

    private final int numberAssets;
    private final ParamNumber minValue;
    private final Optional<ParamNumber> maxValue;
    private final Timeframe lookbackTimeframe;
    private final int lookbackPeriod;
    private final boolean useRange;
    private final ExpiringCache<String, List<String>> pairCache;

    VolumePairList(Setup setup) {
        super(setup);
        if (!params.has("number_assets")) {
            throw new ConfigurationError("`number_assets` not specified. Please check your configuration "
                    + "for \"pairlist.config.number_assets\"");
        }
        numberAssets = params.integer("number_assets", 0);
        String sortKey = params.text("sort_key", "quoteVolume");
        minValue = params.number("min_value", ParamNumber.of(0));
        maxValue = params.optionalNumber("max_value");
        ParamNumber cacheSeconds = params.number("refresh_period", ParamNumber.of(1800));
        int lookbackDays = params.integer("lookback_days", 0);
        String timeframeName = params.text("lookback_timeframe", "1d");
        int period = params.integer("lookback_period", 0);
        if (lookbackDays > 0 && period > 0) {
            throw new ConfigurationError("Ambiguous configuration: lookback_days and lookback_period both set in "
                    + "pairlist config. Please set lookback_days only or lookback_period and lookback_timeframe "
                    + "and restart the bot.");
        }
        if (lookbackDays > 0) {
            timeframeName = "1d";
            period = lookbackDays;
        }
        lookbackPeriod = period;
        try {
            lookbackTimeframe = Timeframe.parse(timeframeName);
        } catch (IllegalArgumentException e) {
            throw params.invalid("lookback_timeframe", "is invalid: " + e.getMessage());
        }
        useRange = lookbackTimeframe.minutes() > 0 && lookbackPeriod > 0;
        long timeframeSeconds = lookbackTimeframe.minutes() * 60;
        if (useRange && cacheSeconds.value() < timeframeSeconds) {
            throw new ConfigurationError("Refresh period of " + cacheSeconds + " seconds is smaller than one "
                    + "timeframe of " + lookbackTimeframe + ". Please adjust refresh_period to at least "
                    + timeframeSeconds + " and restart the bot.");
        }
        ExchangeCapabilities has = context.exchange().capabilities();
        if (!useRange && !(has.fetchTickers() && has.tickersHaveQuoteVolume())) {
            throw new ConfigurationError("Exchange does not support dynamic whitelist in this configuration. "
                    + "Please edit your config and either remove Volumepairlist, or switch to using candles. "
                    + "and restart the bot.");
        }
        if (!SORT_VALUES.contains(sortKey)) {
            throw new ConfigurationError("key " + sortKey + " not in " + PythonFormat.listRepr(SORT_VALUES));
        }
        if (lookbackPeriod < 0) {
            throw new ConfigurationError("VolumeFilter requires lookback_period to be >= 0");
        }
        int candleLimit = has.ohlcvCandleLimit();
        if (lookbackPeriod > candleLimit) {
            throw new ConfigurationError("VolumeFilter requires lookback_period to not "
                    + "exceed exchange max request size (" + candleLimit + ")");
        }
        pairCache = ExpiringCache.ttl(context.clock(), (long) cacheSeconds.value(), 1);
    }

    @Override
    public boolean needsTickers() {
        return !useRange;
    }

    @Override
    public String shortDesc() {
        return name() + " - top " + numberAssets + " volume pairs.";
    }

    @Override
    public List<String> genPairlist(Map<String, Ticker> tickers) {
        List<String> cached = pairCache.get("pairlist");
        if (cached != null && !cached.isEmpty()) {
            return new ArrayList<>(cached);
        }
        String stake = context.config().stakeCurrency();
        List<String> candidates = new ArrayList<>();
        for (Map.Entry<String, Market> e : context.exchange().markets().entrySet()) {
            Market m = e.getValue();
            if (m.quote().equals(stake) && MarketChecks.isTradable(m, context.config().tradingMode()) && m.active()) {
                candidates.add(e.getKey());
            }
        }
        candidates = verifyBlacklist(candidates, Level.INFO);
        if (!useRange) {
            candidates = candidates.stream()
                    .filter(p -> tickers.get(p) != null && tickers.get(p).quoteVolume() != null)
                    .toList();
        }
        List<String> pairs = filterPairlist(candidates, tickers);
        pairCache.put("pairlist", List.copyOf(pairs));
        return pairs;
    }

    @Override
    public List<String> filterPairlist(List<String> pairlist, Map<String, Ticker> tickers) {
        List<Volume> volumes = useRange ? rangeVolumes(pairlist) : tickerVolumes(pairlist, tickers);
        if (minValue.value() > 0) {
            volumes = volumes.stream().filter(v -> v.quoteVolume > minValue.value()).toList();
        }
        if (maxValue.isPresent()) {
            volumes = volumes.stream().filter(v -> v.quoteVolume < maxValue.get().value()).toList();
        }
        List<Volume> sorted = new ArrayList<>(volumes);
        sorted.sort(Comparator.comparingDouble(Volume::quoteVolume).reversed());
        List<String> pairs = whitelistForActiveMarkets(sorted.stream().map(Volume::pair).toList());
        pairs = verifyBlacklist(pairs, Level.INFO);
        return new ArrayList<>(pairs.subList(0, Math.min(pairs.size(), Math.max(numberAssets, 0))));
    }

    private static List<Volume> tickerVolumes(List<String> pairlist, Map<String, Ticker> tickers) {
        List<Volume> volumes = new ArrayList<>();
        for (String pair : pairlist) {
            Ticker t = tickers.get(pair);
            if (t != null && t.quoteVolume() != null) {
                volumes.add(new Volume(pair, t.quoteVolume()));
            }
        }
        return volumes;
    }

    private List<Volume> rangeVolumes(List<String> pairlist) {
        long now = context.clock().millis();
        long step = lookbackTimeframe.minutes() * 60_000L;
        long sinceMs = lookbackTimeframe.candleOpen(now - (long) lookbackPeriod * step - step);
        long toMs = lookbackTimeframe.candleOpen(now - step);
        log.info("Using volume range of " + lookbackPeriod + " candles, timeframe: " + lookbackTimeframe
                + ", starting from " + LOG_TIME.format(Instant.ofEpochMilli(sinceMs))
                + " till " + LOG_TIME.format(Instant.ofEpochMilli(toMs)));
        Map<String, Candles> candles = manager.candles().fetchCached(pairlist, lookbackTimeframe, sinceMs);
        Map<String, Market> markets = context.exchange().markets();
        List<Volume> volumes = new ArrayList<>();
        for (String pair : pairlist) {
            Market market = markets.get(pair);
            double contractSize = market == null || market.contractSize() == null || market.contractSize() == 0
                    ? 1.0 : market.contractSize();
            volumes.add(new Volume(pair, rangeQuoteVolume(candles.get(pair), contractSize)));
        }
        return volumes;
    }

    /** Quote volume of the last {@code lookback_period} candles; 0 when there are fewer. */
    private double rangeQuoteVolume(Candles c, double contractSize) {
        if (c == null || c.size() < lookbackPeriod) {
            return 0.0;
        }
        double sum = 0.0;
        for (int i = c.size() - lookbackPeriod; i < c.size(); i++) {
            double typicalPrice = (c.high(i) + c.low(i) + c.close(i)) / 3;
            sum += c.volume(i) * typicalPrice * contractSize;
        }
        return sum;
    }
}
