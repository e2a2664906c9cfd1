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

/**
 * Keeps pairs whose volatility over the last {@code lookback_days} closed daily candles lies
 * within [{@code min_volatility}, {@code max_volatility}]; optionally sorts by it. Volatility is
 * freqtrade's: daily log returns {@code ln(close[t-1] / close[t])} (the first one 0), their rolling
 * sample standard deviation over {@code lookback_days} times {@code √lookback_days}, averaged over
 * the complete windows. Too few candles give NaN, which no range accepts. Results are cached for
 * {@code refresh_period} seconds (default 1440).
 */
public final class VolatilityFilter extends PairListHandler {

    static final PairListHandlerInfo INFO = new PairListHandlerInfo("VolatilityFilter",
            "Filter pairs by their recent volatility.", false, SupportsBacktesting.NO, List.of(
            PairlistParameter.number("lookback_days", 10, "Lookback Days", "Number of days to look back at."),
            PairlistParameter.number("min_volatility", 0, "Minimum Volatility",
                    "Minimum volatility a pair must have to be considered."),
            PairlistParameter.number("max_volatility", null, "Maximum Volatility",
                    "Maximum volatility a pair must have to be considered."),
            PairlistParameter.option("sort_direction", null, List.of("", "asc", "desc"), "Sort pairlist",
                    "Sort Pairlist ascending or descending by volatility."),
            PairlistParameter.refreshPeriod()));

    private static final Timeframe DAY = Timeframe.parse("1d");
    /** Python's {@code sys.maxsize}, freqtrade's "no maximum". */
    private static final ParamNumber NO_MAXIMUM = new ParamNumber(Long.MAX_VALUE, Long.toString(Long.MAX_VALUE));

    private final int days;
    private final ParamNumber minVolatility;
    private final ParamNumber maxVolatility;
    private final SortDirection sortDirection;
    private final ExpiringCache<String, Double> volatilityCache;

    VolatilityFilter(Setup setup) {
        super(setup);
        days = params.integer("lookback_days", 10);
        minVolatility = params.number("min_volatility", ParamNumber.of(0));
        maxVolatility = params.number("max_volatility", NO_MAXIMUM);
        long cacheSeconds = (long) params.number("refresh_period", ParamNumber.of(1440)).value();
        sortDirection = SortDirection.read(params, name());
        int candleLimit = context.exchange().capabilities().ohlcvCandleLimit();
        if (days < 1) {
            throw new ConfigurationError("VolatilityFilter requires lookback_days to be >= 1");
        }
        if (days > candleLimit) {
            throw new ConfigurationError("VolatilityFilter requires lookback_days to not exceed exchange max "
                    + "request size (" + candleLimit + ")");
        }
        volatilityCache = ExpiringCache.ttl(context.clock(), cacheSeconds, 1000);
    }

    @Override
    public boolean needsTickers() {
        return false;
    }

    @Override
    public String shortDesc() {
        return name() + " - Filtering pairs with volatility range " + minVolatility + "-" + maxVolatility
                + "  the last " + days + " " + PythonFormat.plural(days, "day") + ".";
    }

    @Override
    public List<String> filterPairlist(List<String> pairlist, Map<String, Ticker> tickers) {
        Map<String, Double> volatilities = new HashMap<>();
        List<String> needed = new ArrayList<>();
        for (String pair : pairlist) {
            Double cached = volatilityCache.get(pair);
            if (cached != null) {
                volatilities.put(pair, cached);
            } else {
                needed.add(pair);
            }
        }
        long sinceMs = DAY.candleOpen(context.clock().millis()) - days * DAY.millis();
        Map<String, Candles> candles = manager.candles().fetchCached(needed, DAY, sinceMs);
        candles.forEach((pair, daily) -> {
            if (!daily.isEmpty()) {
                double value = averageVolatility(daily.closes(), days);
                volatilityCache.put(pair, value);
                volatilities.put(pair, value);
            }
        });
        List<String> result = new ArrayList<>();
        for (String pair : pairlist) {
            Double volatility = volatilities.get(pair);
            if (volatility == null) {
                log.info("Removed " + pair + " from whitelist, no candles found.");
            } else if (minVolatility.value() <= volatility && volatility <= maxVolatility.value()) {
                result.add(pair);
            } else {
                log.info("Removed " + pair + " from whitelist, because volatility over " + days + " "
                        + PythonFormat.plural(days, "day") + " is: " + PythonFormat.fixed(volatility, 3)
                        + " which is not in the configured range of " + minVolatility + "-" + maxVolatility + ".");
            }
        }
        return sortDirection.sort(result, volatilities);
    }

    /** Mean of the rolling (sample) standard deviation of log returns, scaled by √window; NaN without a full window. */
    static double averageVolatility(double[] close, int window) {
        int n = close.length;
        double[] returns = new double[n];
        for (int t = 1; t < n; t++) {
            returns[t] = Math.log(close[t - 1] / close[t]);
        }
        double sum = 0;
        int windows = 0;
        for (int end = window - 1; end < n; end++) {
            double std = sampleStd(returns, end - window + 1, end + 1);
            if (!Double.isNaN(std)) {
                sum += std * Math.sqrt(window);
                windows++;
            }
        }
        return windows == 0 ? Double.NaN : sum / windows;
    }

    private static double sampleStd(double[] values, int from, int to) {
        int count = to - from;
        if (count < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += values[i];
        }
        mean /= count;
        double squares = 0;
        for (int i = from; i < to; i++) {
            double d = values[i] - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / (count - 1));
    }
}
