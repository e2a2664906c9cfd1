package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code /health}: when the bot last finished a loop iteration and when it started.
 * Dates are ISO-8601 UTC text ({@code 2024-05-06T12:00:20Z}); each {@code *Ts} is the same
 * instant in epoch seconds. All are null while unknown.
 *
 * @param lastProcess the end of the last loop iteration
 * @param botStart    the first start ever of this bot (kept in its database)
 * @param botStartup  the start of the running process
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Health(String lastProcess, Long lastProcessTs, String botStart, Long botStartTs, String botStartup,
                     Long botStartupTs) {
}
