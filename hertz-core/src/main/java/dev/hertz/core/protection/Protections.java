package dev.hertz.core.protection;

import dev.hertz.core.exchange.ConfigurationError;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The protections Hertz knows, by {@code method} name: an explicit table, no classpath scanning. */
public final class Protections {

    private static final Map<String, Function<Protection.Setup, Protection>> TABLE = table();

    private Protections() {
    }

    private static Map<String, Function<Protection.Setup, Protection>> table() {
        Map<String, Function<Protection.Setup, Protection>> map = new TreeMap<>();
        map.put("CooldownPeriod", CooldownPeriod::new);
        map.put("LowProfitPairs", LowProfitPairs::new);
        map.put("MaxDrawdown", MaxDrawdown::new);
        map.put("StoplossGuard", StoplossGuard::new);
        return Collections.unmodifiableMap(map);
    }

    /** The protection names, sorted. */
    public static List<String> available() {
        return List.copyOf(TABLE.keySet());
    }

    static Protection create(Protection.Setup setup, int position) {
        Function<Protection.Setup, Protection> constructor = TABLE.get(setup.name());
        if (constructor == null) {
            throw new ConfigurationError("protections[" + position + "].method: unknown protection '" + setup.name()
                    + "'; available: " + String.join(", ", TABLE.keySet()));
        }
        return constructor.apply(setup);
    }
}
