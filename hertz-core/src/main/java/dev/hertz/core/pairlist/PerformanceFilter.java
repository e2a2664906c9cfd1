package dev.hertz.core.pairlist;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.exchange.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sorts pairs by the summed {@code close_profit} of their closed trades (best first), ties broken
 * by fewer trades, then by the incoming order; pairs without trades count as 0. With
 * {@code minutes} only trades closed in that many recent minutes count; {@code min_profit} drops
 * pairs below it. With no closed trades at all the list passes unchanged.
 */
public final class PerformanceFilter extends PairListHandler {

    static final PairListHandlerInfo INFO = new PairListHandlerInfo("PerformanceFilter",
            "Filter pairs by performance.", false, SupportsBacktesting.NO_ACTION, List.of(
            PairlistParameter.number("minutes", 0, "Minutes",
                    "Consider trades from the last X minutes. 0 means all trades."),
            PairlistParameter.number("min_profit", null, "Minimum profit",
                    "Minimum profit in percent. Pairs with less profit are removed.")));

    private record Ranked(String pair, double profit, long count, int priorIndex) {
    }

    private final int minutes;
    private final Optional<ParamNumber> minProfit;

    PerformanceFilter(Setup setup) {
        super(setup);
        minutes = params.integer("minutes", 0);
        minProfit = params.optionalNumber("min_profit");
    }

    @Override
    public boolean needsTickers() {
        return false;
    }

    @Override
    public String shortDesc() {
        return name() + " - Sorting pairs by performance.";
    }

    @Override
    public List<String> filterPairlist(List<String> pairlist, Map<String, Ticker> tickers) {
        if (context.statistics() == null) {
            log.warning("PerformanceFilter is not available in this mode.");
            return List.copyOf(pairlist);
        }
        Instant since = minutes != 0 ? context.clock().instant().minus(Duration.ofMinutes(minutes)) : null;
        List<PairPerformance> performance = context.statistics().overallPerformance(since);
        if (performance.isEmpty()) {
            return List.copyOf(pairlist);
        }
        Map<String, PairPerformance> byPair = new HashMap<>();
        performance.forEach(p -> byPair.putIfAbsent(p.pair(), p));
        List<Ranked> ranked = new ArrayList<>(pairlist.size());
        for (int i = 0; i < pairlist.size(); i++) {
            PairPerformance p = byPair.get(pairlist.get(i));
            ranked.add(new Ranked(pairlist.get(i), p == null ? 0.0 : p.profitRatio(), p == null ? 0 : p.count(), i));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::profit).reversed()
                .thenComparingLong(Ranked::count)
                .thenComparingInt(Ranked::priorIndex));
        List<String> result = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            if (minProfit.isPresent() && r.profit < minProfit.get().value()) {
                log.info("Removing pair " + r.pair + " since " + PythonFormat.floatRepr(r.profit)
                        + " is below " + minProfit.get());
            } else {
                result.add(r.pair);
            }
        }
        return result;
    }
}
