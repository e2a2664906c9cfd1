package dev.hertz.core.pairlist;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.exchange.ConfigurationError;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The pairlist handlers Hertz knows, by {@code method} name. An explicit table rather than a
 * classpath scan: what a config may name is visible here, and {@code GET /pairlists/available}
 * lists exactly these.
 */
public final class PairListHandlers {

    private record Entry(PairListHandlerInfo info, Function<PairListHandler.Setup, PairListHandler> constructor) {
    }

    private static final Map<String, Entry> HANDLERS = table(
            new Entry(StaticPairList.INFO, StaticPairList::new),
            new Entry(VolumePairList.INFO, VolumePairList::new),
            new Entry(AgeFilter.INFO, AgeFilter::new),
            new Entry(FullTradesFilter.INFO, FullTradesFilter::new),
            new Entry(OffsetFilter.INFO, OffsetFilter::new),
            new Entry(PerformanceFilter.INFO, PerformanceFilter::new),
            new Entry(PrecisionFilter.INFO, PrecisionFilter::new),
            new Entry(PriceFilter.INFO, PriceFilter::new),
            new Entry(RangeStabilityFilter.INFO, RangeStabilityFilter::new),
            new Entry(ShuffleFilter.INFO, ShuffleFilter::new),
            new Entry(SpreadFilter.INFO, SpreadFilter::new),
            new Entry(VolatilityFilter.INFO, VolatilityFilter::new));

    private PairListHandlers() {
    }

    private static Map<String, Entry> table(Entry... entries) {
        Map<String, Entry> map = new TreeMap<>();
        for (Entry e : entries) {
            map.put(e.info().name(), e);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Every handler, sorted by name (the order of {@code GET /pairlists/available}). */
    public static List<PairListHandlerInfo> available() {
        return HANDLERS.values().stream().map(Entry::info).toList();
    }

    /** The handler called {@code method}, if Hertz has it. */
    public static Optional<PairListHandlerInfo> info(String method) {
        return Optional.ofNullable(HANDLERS.get(method)).map(Entry::info);
    }

    /** Creates the handler for position {@code position} of the chain; throws naming the available ones. */
    static PairListHandler create(String method, PairListContext context, PairListManager manager,
                                  ObjectNode params, int position) {
        Entry entry = HANDLERS.get(method);
        if (entry == null) {
            throw new ConfigurationError("pairlists[" + position + "].method: unknown pairlist handler '" + method
                    + "'; available: " + String.join(", ", HANDLERS.keySet()));
        }
        return entry.constructor().apply(new PairListHandler.Setup(entry.info(), context, manager, params, position));
    }
}
