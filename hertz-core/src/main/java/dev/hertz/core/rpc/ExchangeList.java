package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.core.exchange.Exchanges;

import java.util.ArrayList;
import java.util.List;

/** {@code /exchanges}: the exchanges Hertz can trade on. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExchangeList(List<Entry> exchanges) {
    public ExchangeList {
        exchanges = List.copyOf(exchanges);
    }

    /**
     * One exchange as freqtrade lists a ccxt exchange.
     *
     * @param classname  the id ({@code exchange.name} in the config)
     * @param valid      usable with Hertz
     * @param supported  tested and supported by Hertz
     * @param comment    what it is
     * @param tradeModes spot first, then what else it offers
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Entry(String name, String classname, boolean valid, boolean supported, String comment, boolean dex,
                        boolean isAlias, String aliasFor, List<TradeMode> tradeModes) {
    }

    /**
     * @param marginMode {@code ""} for spot, else {@code isolated} or {@code cross}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TradeMode(String tradingMode, String marginMode) {
    }

    /** Every exchange of the {@link Exchanges} registry. */
    static ExchangeList available() {
        List<Entry> entries = new ArrayList<>();
        for (Exchanges.Info info : Exchanges.available()) {
            List<TradeMode> modes = new ArrayList<>(List.of(new TradeMode("spot", "")));
            if (info.markets().contains("futures")) {
                modes.add(new TradeMode("futures", "isolated"));
            }
            entries.add(new Entry(info.name(), info.name(), true, true, info.description(), false, false, null,
                    modes));
        }
        return new ExchangeList(entries);
    }
}
