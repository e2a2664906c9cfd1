package dev.hertz.core.rpc;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.core.logging.LogRecord;

import java.util.List;

/** {@code /logs}: the newest records of the in-memory log buffer, oldest first. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Logs(int logCount, List<Entry> logs) {
    public Logs {
        logs = List.copyOf(logs);
    }

    /** One record, written as freqtrade's 5-element array {@code [local time, epoch ms, logger, level, message]}. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record Entry(String localTime, double epochMillis, String logger, String level, String message) {
        static Entry of(LogRecord r) {
            return new Entry(r.localTime(), r.epochMillis(), r.logger(), r.level(), r.message());
        }
    }
}
