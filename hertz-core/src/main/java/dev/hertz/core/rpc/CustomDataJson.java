package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.core.persistence.CustomData;

import java.time.Instant;

/** One custom-data entry of a trade, as freqtrade lists them (the value still as stored text). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CustomDataJson(Long id, long ftTradeId, String cdKey, String cdType, String cdValue, Instant createdAt,
                             Instant updatedAt) {
    static CustomDataJson of(CustomData d) {
        return new CustomDataJson(d.id(), d.tradeId(), d.key(), d.cdType(), d.cdValue(), d.createdAt(), d.updatedAt());
    }
}
