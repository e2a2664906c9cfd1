package dev.hertz.api.jobs;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.Map;

/** {@code BackgroundTaskStatus}: every key always present. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobStatus(String jobId, String jobCategory, String status, boolean running, Double progress,
                        Map<String, Task> progressTasks, String error) {

    /** One entry of {@code progress_tasks}. */
    public record Task(double progress, Double total, String description) {
    }
}
