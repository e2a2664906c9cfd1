package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.Market;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /markets}: the exchange's markets by symbol, sorted.
 *
 * @param exchangeId the exchange's config name, e.g. {@code sim}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Markets(Map<String, Entry> markets, String exchangeId) {
    public Markets {
        markets = new TreeMap<>(markets);
    }

    /**
     * One market.
     *
     * @param swap a perpetual or dated futures contract
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Entry(String symbol, String base, String quote, boolean spot, boolean swap, boolean active) {
    }

    /** The markets of {@code exchange} whose base and quote currency match; a null or empty filter matches all. */
    static Markets of(Exchange exchange, String base, String quote) {
        Map<String, Entry> selected = new TreeMap<>();
        for (Market m : exchange.markets().values()) {
            if ((base == null || base.isEmpty() || base.equals(m.base()))
                    && (quote == null || quote.isEmpty() || quote.equals(m.quote()))) {
                selected.put(m.symbol(), new Entry(m.symbol(), m.base(), m.quote(), m.spot(), m.futures(), m.active()));
            }
        }
        return new Markets(selected, exchange.name());
    }
}
