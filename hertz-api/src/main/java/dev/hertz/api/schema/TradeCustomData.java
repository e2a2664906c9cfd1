package dev.hertz.api.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.api.http.Json;
import dev.hertz.core.rpc.CustomDataJson;

import java.time.Instant;
import java.util.List;

/** {@code /trades/{id}/custom-data}: one trade's entries with their values decoded from storage. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TradeCustomData(long tradeId, List<Entry> customData) {

    /** One key; {@code value} is the stored value as its JSON type ({@code str} stays text). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Entry(String key, String type, Object value, Instant createdAt, Instant updatedAt) {
    }

    public static TradeCustomData of(long tradeId, List<CustomDataJson> stored) {
        return new TradeCustomData(tradeId, stored.stream()
                .map(d -> new Entry(d.cdKey(), d.cdType(), decode(d.cdType(), d.cdValue()), d.createdAt(), d.updatedAt()))
                .toList());
    }

    private static Object decode(String type, String value) {
        if (value == null || "str".equals(type)) {
            return value;
        }
        try {
            return Json.MAPPER.readValue(value, Object.class);
        } catch (JsonProcessingException e) {
            return value;
        }
    }
}
