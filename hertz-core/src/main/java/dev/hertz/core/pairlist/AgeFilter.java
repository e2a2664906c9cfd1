package dev.hertz.core.pairlist;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.exchange.Ticker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps pairs listed for at least {@code min_days_listed} (and at most {@code max_days_listed})
 * days, counted as closed daily candles since {@code today − (max or min) − 1} days. A pair that
 * passed is never checked again; one that failed is rechecked after the next midnight UTC.
 */
public final class AgeFilter extends PairListHandler {

    static final PairListHandlerInfo INFO = new PairListHandlerInfo("AgeFilter",
            "Filter pairs by age (days listed).", false, SupportsBacktesting.NO, List.of(
            PairlistParameter.number("min_days_listed", 10, "Minimum Days Listed",
                    "Minimum number of days a pair must have been listed on the exchange."),
            PairlistParameter.number("max_days_listed", null, "Maximum Days Listed",
                    "Maximum number of days a pair must have been listed on the exchange.")));

    private static final Timeframe DAY = Timeframe.parse("1d");
    private static final long DAY_SECONDS = 86_400;

    private final int minDaysListed;
    /** 0 when not set (freqtrade treats 0 like "not set"). */
    private final int maxDaysListed;
    private final Set<String> checked = ConcurrentHashMap.newKeySet();
    private final ExpiringCache<String, Boolean> failed;

    AgeFilter(Setup setup) {
        super(setup);
        minDaysListed = params.integer("min_days_listed", 10);
        OptionalInt max = params.optionalInteger("max_days_listed");
        maxDaysListed = max.orElse(0);
        int candleLimit = context.exchange().capabilities().ohlcvCandleLimit();
        if (minDaysListed < 1) {
            throw new ConfigurationError("AgeFilter requires min_days_listed to be >= 1");
        }
        if (minDaysListed > candleLimit) {
            throw new ConfigurationError("AgeFilter requires min_days_listed to not exceed exchange max request size ("
                    + candleLimit + ")");
        }
        if (maxDaysListed != 0 && maxDaysListed <= minDaysListed) {
            throw new ConfigurationError("AgeFilter max_days_listed <= min_days_listed not permitted");
        }
        if (maxDaysListed > candleLimit) {
            throw new ConfigurationError("AgeFilter requires max_days_listed to not exceed exchange max request size ("
                    + candleLimit + ")");
        }
        failed = ExpiringCache.periodic(context.clock(), DAY_SECONDS, 1000);
    }

    @Override
    public boolean needsTickers() {
        return false;
    }

    @Override
    public String shortDesc() {
        return name() + " - Filtering pairs with age less than " + minDaysListed + " "
                + PythonFormat.plural(minDaysListed, "day") + maxDescription();
    }

    private String maxDescription() {
        return maxDaysListed != 0
                ? " or more than " + maxDaysListed + " " + PythonFormat.plural(maxDaysListed, "day") : "";
    }

    @Override
    public List<String> filterPairlist(List<String> pairlist, Map<String, Ticker> tickers) {
        List<String> needed = pairlist.stream().filter(p -> !checked.contains(p) && !failed.contains(p)).toList();
        if (needed.isEmpty()) {
            return pairlist.stream().filter(p -> !failed.contains(p)).toList();
        }
        int days = maxDaysListed != 0 ? maxDaysListed : minDaysListed;
        long today = DAY.candleOpen(context.clock().millis());
        long sinceMs = today - (days + 1L) * DAY_SECONDS * 1000;
        Map<String, Candles> candles = manager.candles().fetch(needed, DAY, sinceMs);
        List<String> result = new ArrayList<>();
        for (String pair : pairlist) {
            if (isOldEnough(pair, candles.get(pair))) {
                result.add(pair);
            }
        }
        log.info("Validated " + result.size() + " pairs.");
        return result;
    }

    private boolean isOldEnough(String pair, Candles daily) {
        if (checked.contains(pair)) {
            return true;
        }
        if (daily == null) {
            return false;
        }
        int age = daily.size();
        if (age >= minDaysListed && (maxDaysListed == 0 || age <= maxDaysListed)) {
            checked.add(pair);
            return true;
        }
        log.info("Removed " + pair + " from whitelist, because age " + age + " is less than " + minDaysListed
                + " " + PythonFormat.plural(minDaysListed, "day") + maxDescription());
        failed.put(pair, Boolean.TRUE);
        return false;
    }
}
