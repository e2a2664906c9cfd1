package dev.hertz.api.schema;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A background job was started. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BgJobStarted(String status, String jobId) {
}
