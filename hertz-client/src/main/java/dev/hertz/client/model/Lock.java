package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A pair lock: no entries on {@code pair} (all pairs when {@code "*"}) until its end time. Times
 * are {@code YYYY-MM-DD HH:MM:SS} UTC, timestamps epoch milliseconds.
 *
 * @param side {@code "*"} (both), {@code long} or {@code short}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Lock(long id, boolean active, String lockTime, long lockTimestamp, String lockEndTime,
                   long lockEndTimestamp, String pair, String side, String reason) {
}
