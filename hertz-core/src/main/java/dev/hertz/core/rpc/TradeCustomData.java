package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.core.persistence.CustomData;
import dev.hertz.core.persistence.PersistenceException;

import java.util.List;

/**
 * {@code /trades/{id}/custom-data} in the later API's form: one trade's entries with decoded values.
 *
 * @param customData empty when the trade has none (or none under the asked key)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TradeCustomData(long tradeId, List<Entry> customData) {
    public TradeCustomData {
        customData = List.copyOf(customData);
    }

    /**
     * One entry.
     *
     * @param type      the stored value type ({@code str}, {@code int}, {@code float}, {@code bool}, {@code dict}, ...)
     * @param value     decoded; the stored text when it does not decode as its type
     * @param createdAt ISO {@code ...Z}
     * @param updatedAt ISO {@code ...Z}; null if never changed
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Entry(String key, String type, Object value, String createdAt, String updatedAt) {
        static Entry of(CustomData d) {
            Object value;
            try {
                value = d.value();
            } catch (PersistenceException corrupt) {
                value = d.cdValue();
            }
            return new Entry(d.key(), d.cdType(), value, d.createdAt() == null ? null : RpcFormat.isoZ(d.createdAt()),
                    d.updatedAt() == null ? null : RpcFormat.isoZ(d.updatedAt()));
        }
    }
}
