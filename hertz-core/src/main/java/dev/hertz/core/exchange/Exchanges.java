package dev.hertz.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.sim.SimExchange;

import java.time.InstantSource;
import java.util.List;
import java.util.Locale;

/**
 * The exchanges Hertz can trade on, by config name. An explicit list, no classpath scanning:
 * adding an exchange means adding a line here.
 */
public final class Exchanges {
    /**
     * One exchange Hertz knows.
     *
     * @param name        the config name ({@code exchange.name})
     * @param description what it is, for {@code list-exchanges}
     * @param markets     market kinds it offers, e.g. {@code spot}
     * @param timeframes  candle intervals it serves
     */
    public record Info(String name, String description, String markets, List<Timeframe> timeframes) {
    }

    private static final List<Info> AVAILABLE = List.of(
            new Info(SimExchange.NAME, "Simulated exchange (offline, deterministic)", "spot", SimExchange.TIMEFRAMES));

    private Exchanges() {
    }

    /** Every exchange Hertz can trade on, by name. */
    public static List<Info> available() {
        return AVAILABLE;
    }

    /** The exchange named {@code name} (case-insensitive); a {@link ConfigurationError} listing the known ones otherwise. */
    public static Info info(String name) {
        String wanted = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return AVAILABLE.stream().filter(i -> i.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new ConfigurationError("Exchange \"" + name + "\" is not available in Hertz. "
                        + "Available exchanges: " + String.join(", ", AVAILABLE.stream().map(Info::name).toList())
                        + ". Live exchanges will come through XChange."));
    }

    /**
     * Builds the exchange the config's {@code exchange} section names.
     *
     * @param name  {@code exchange.name}
     * @param sim   {@code exchange.sim} (may be null) for the simulated exchange
     * @param clock the wall clock
     */
    public static Exchange create(String name, JsonNode sim, InstantSource clock) {
        Info info = info(name);
        return switch (info.name()) {
            case SimExchange.NAME -> SimExchange.fromConfig(sim, clock);
            default -> throw new IllegalStateException("Exchange " + info.name() + " is listed but has no factory");
        };
    }
}
