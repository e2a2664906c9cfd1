package dev.hertz.api.schema;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.api.http.ApiException;
import dev.hertz.api.http.Body;

import java.util.List;

/**
 * {@code POST /hyperopt} (Hertz, webserver mode): a hyperopt run as the {@code hyperopt} command
 * takes it; null fields take the command's defaults.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HyperoptRequest(String strategy, String hyperoptLoss, Long epochs, List<String> spaces, String sampler,
                              Long randomState, Long jobWorkers, Long minTrades, Long earlyStop, String timerange,
                              String timeframe, Boolean disableParamExport) {

    public static HyperoptRequest from(Body body) {
        body.requireObject();
        HyperoptRequest r = new HyperoptRequest(body.string("strategy", true), body.string("hyperopt_loss", true),
                body.integer("epochs", false), body.stringList("spaces", false),
                body.oneOf("sampler", false, "tpe", "random", "cmaes", "nsga2"), body.integer("random_state", false),
                body.integer("job_workers", false), body.integer("min_trades", false), body.integer("early_stop", false),
                body.string("timerange", false), body.string("timeframe", false),
                body.bool("disable_param_export", false, null));
        body.validate();
        if (r.strategy().contains(":")) {
            throw new ApiException(500, "base64 encoded strategies are not allowed.");
        }
        return r;
    }
}
