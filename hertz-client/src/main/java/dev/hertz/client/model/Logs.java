package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * {@code /logs}: the newest records of the server's in-memory log, oldest first.
 *
 * @param logCount the number of records returned
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Logs(int logCount, List<LogLine> logs) {

    /**
     * One log record; on the wire a five-element array
     * {@code [local time, epoch ms, logger, level, message]}.
     *
     * @param localTime   {@code YYYY-MM-DD HH:MM:SS} in the server's local time zone
     * @param epochMillis the same instant in epoch milliseconds (with a fraction)
     * @param message     the formatted message, followed by the stack trace when one was logged
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"localTime", "epochMillis", "logger", "level", "message"})
    public record LogLine(String localTime, double epochMillis, String logger, String level, String message) {
    }
}
