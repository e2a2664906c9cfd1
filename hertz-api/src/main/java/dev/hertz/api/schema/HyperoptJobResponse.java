package dev.hertz.api.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code GET /hyperopt/{jobid}}: a hyperopt job's state.
 *
 * @param status     {@code pending}, {@code success} or {@code failed}
 * @param epochsDone epochs evaluated so far
 * @param best       the best epoch so far ({@code current_epoch}, {@code loss}, {@code results_explanation},
 *                   {@code params_details}), or null
 * @param resultFile the {@code .fthypt} file name, once the run started
 * @param error      why it failed, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HyperoptJobResponse(String jobId, String status, boolean running, int epochsDone, int epochs,
                                  JsonNode best, String resultFile, String error) {
}
