package dev.hertz.core.pairlist;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.exchange.Ticker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps pairs whose rate of change over the last {@code lookback_days} + 1 closed daily candles,
 * {@code (highest high - lowest low) / lowest low} (0 when the lowest low is not positive), is at
 * least {@code min_rate_of_change} and at most {@code max_rate_of_change}; optionally sorts by it.
 * Each pair's rate is cached for {@code refresh_period} seconds (default one day).
 */
public final class RangeStabilityFilter extends PairListHandler {

    static final PairListHandlerInfo INFO = new PairListHandlerInfo("RangeStabilityFilter",
            "Filters pairs by their rate of change.", false, SupportsBacktesting.NO, List.of(
            PairlistParameter.number("lookback_days", 10, "Lookback Days", "Number of days to look back at."),
            PairlistParameter.number("min_rate_of_change", 0.01, "Minimum Rate of Change",
                    "Minimum rate of change to filter pairs."),
            PairlistParameter.number("max_rate_of_change", null, "Maximum Rate of Change",
                    "Maximum rate of change to filter pairs."),
            PairlistParameter.option("sort_direction", null, List.of("", "asc", "desc"), "Sort pairlist",
                    "Sort Pairlist ascending or descending by rate of change."),
            PairlistParameter.refreshPeriod()));

    private static final Timeframe DAY = Timeframe.parse("1d");

    private final int days;
    private final ParamNumber minRateOfChange;
    private final Optional<ParamNumber> maxRateOfChange;
    private final SortDirection sortDirection;
    private final ExpiringCache<String, Double> rateCache;

    RangeStabilityFilter(Setup setup) {
        super(setup);
        days = params.integer("lookback_days", 10);
        minRateOfChange = params.number("min_rate_of_change", ParamNumber.of(0.01));
        // freqtrade tests the maximum for truthiness, so 0 means "no maximum".
        maxRateOfChange = params.optionalNumber("max_rate_of_change").filter(ParamNumber::isTruthy);
        long cacheSeconds = (long) params.number("refresh_period", ParamNumber.of(86_400)).value();
        sortDirection = SortDirection.read(params, name());
        int candleLimit = context.exchange().capabilities().ohlcvCandleLimit();
        if (days < 1) {
            throw new ConfigurationError("RangeStabilityFilter requires lookback_days to be >= 1");
        }
        if (days > candleLimit) {
            throw new ConfigurationError("RangeStabilityFilter requires lookback_days to not exceed exchange max "
                    + "request size (" + candleLimit + ")");
        }
        rateCache = ExpiringCache.ttl(context.clock(), cacheSeconds, 1000);
    }

    @Override
    public boolean needsTickers() {
        return false;
    }

    @Override
    public String shortDesc() {
        String max = maxRateOfChange.map(m -> " and above " + m).orElse("");
        // freqtrade's text reads "over the last days." (the count itself is not printed).
        return name() + " - Filtering pairs with rate of change below " + minRateOfChange + max
                + " over the last " + PythonFormat.plural(days, "day") + ".";
    }

    @Override
    public List<String> filterPairlist(List<String> pairlist, Map<String, Ticker> tickers) {
        Map<String, Double> rates = new HashMap<>();
        List<String> needed = new ArrayList<>();
        for (String pair : pairlist) {
            Double cached = rateCache.get(pair);
            if (cached != null) {
                rates.put(pair, cached);
            } else {
                needed.add(pair);
            }
        }
        long sinceMs = DAY.candleOpen(context.clock().millis()) - (days + 1L) * DAY.millis();
        Map<String, Candles> candles = manager.candles().fetchCached(needed, DAY, sinceMs);
        candles.forEach((pair, daily) -> {
            if (!daily.isEmpty()) {
                double rate = rateOfChange(daily);
                rateCache.put(pair, rate);
                rates.put(pair, rate);
            }
        });
        List<String> result = new ArrayList<>();
        for (String pair : pairlist) {
            Double rate = rates.get(pair);
            if (rate == null) {
                log.info("Removed " + pair + " from whitelist, no candles found.");
            } else if (isInRange(pair, rate)) {
                result.add(pair);
            }
        }
        return sortDirection.sort(result, rates);
    }

    /** {@code (highest high - lowest low) / lowest low}, 0 when the lowest low is not positive. */
    private static double rateOfChange(Candles daily) {
        double highest = Double.NEGATIVE_INFINITY;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < daily.size(); i++) {
            highest = Math.max(highest, daily.high(i));
            lowest = Math.min(lowest, daily.low(i));
        }
        return lowest > 0 ? (highest - lowest) / lowest : 0.0;
    }

    private boolean isInRange(String pair, double rate) {
        boolean ok = true;
        String over = "over " + days + " " + PythonFormat.plural(days, "day") + " is " + PythonFormat.fixed(rate, 3);
        if (rate < minRateOfChange.value()) {
            log.info("Removed " + pair + " from whitelist, because rate of change " + over
                    + ", which is below the threshold of " + minRateOfChange + ".");
            ok = false;
        }
        if (maxRateOfChange.isPresent() && rate > maxRateOfChange.get().value()) {
            log.info("Removed " + pair + " from whitelist, because rate of change " + over
                    + ", which is above the threshold of " + maxRateOfChange.get() + ".");
            ok = false;
        }
        return ok;
    }
}
