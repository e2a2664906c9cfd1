package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;

/**
 * {@code /health}: end of the last loop iteration, the first ever start (persisted) and this
 * process' start. The {@code *Ts} fields are epoch seconds; each is null when unknown.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Health(Instant lastProcess, Long lastProcessTs, Instant botStart, Long botStartTs, Instant botStartup,
                     Long botStartupTs) {
    static Health of(Instant lastProcess, Instant botStart, Instant botStartup) {
        return new Health(lastProcess, seconds(lastProcess), botStart, seconds(botStart), botStartup,
                seconds(botStartup));
    }

    private static Long seconds(Instant at) {
        return at == null ? null : at.getEpochSecond();
    }
}
