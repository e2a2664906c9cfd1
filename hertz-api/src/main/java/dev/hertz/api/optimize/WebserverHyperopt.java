package dev.hertz.api.optimize;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.api.http.ApiException;
import dev.hertz.api.jobs.BackgroundJobs;
import dev.hertz.api.jobs.Job;
import dev.hertz.api.schema.HyperoptJobResponse;
import dev.hertz.api.schema.HyperoptRequest;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.RpcResources;
import dev.hertz.optimize.backtest.BacktestMarkets;
import dev.hertz.optimize.hyperopt.Hyperopt;
import dev.hertz.optimize.hyperopt.HyperoptOptions;
import dev.hertz.optimize.hyperopt.results.Epoch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hyperopt runs of a webserver as background jobs ({@code /background} lists them too): one at a
 * time, polled for the epochs done and the best so far, stoppable between epochs.
 */
public final class WebserverHyperopt {
    static final String CATEGORY = "hyperopt";

    private final Rpc rpc;
    private final BackgroundJobs jobs;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    /** What a running job has reported. */
    private static final class Run {
        volatile boolean abort;
        volatile int epochs;
        volatile int done;
        volatile Epoch best;
        volatile String file;
    }

    public WebserverHyperopt(Rpc rpc, BackgroundJobs jobs) {
        this.rpc = rpc;
        this.jobs = jobs;
    }

    /** Starts a run; 400 while another hyperopt job is unfinished. */
    public String start(HyperoptRequest r) {
        HyperoptOptions options;
        try {
            options = new HyperoptOptions(r.epochs() == null ? 100 : r.epochs().intValue(),
                    r.jobWorkers() == null ? 1 : r.jobWorkers().intValue(),
                    r.spaces() == null ? List.of("default") : r.spaces(), r.hyperoptLoss(),
                    r.sampler() == null ? "tpe" : r.sampler(), r.randomState(),
                    r.minTrades() == null ? 1 : r.minTrades().intValue(),
                    r.earlyStop() == null ? 0 : r.earlyStop().intValue(), false,
                    Boolean.TRUE.equals(r.disableParamExport()));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        RpcResources.WebserverContext context = rpc.resources().webserverContext();
        ObjectNode config = context.config();
        config.put("strategy", r.strategy());
        config.put("dry_run", true);
        config.remove("api_server");
        if (r.timerange() != null) {
            config.put("timerange", r.timerange());
        }
        if (r.timeframe() != null) {
            config.put("timeframe", r.timeframe());
        }
        Run run = new Run();
        run.epochs = options.epochs();
        try {
            String id = jobs.submit(CATEGORY, CATEGORY, "Hyperopt is already running.", job -> {
                Hyperopt.Result result = new Hyperopt(config, context.workingDirectory(),
                        BacktestMarkets.of(context.exchange()), options).run(listener(run, job), () -> run.abort);
                return result.resultFile().getFileName().toString();
            });
            runs.put(id, run);
            return id;
        } catch (BackgroundJobs.Busy e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static Hyperopt.Listener listener(Run run, Job job) {
        return new Hyperopt.Listener() {
            @Override
            public void started(int epochs, Path resultFile) {
                run.file = resultFile.getFileName().toString();
                job.progress("epochs", 0, (double) epochs, "Hyperopt epochs");
            }

            @Override
            public void epoch(Epoch epoch, Epoch best) {
                run.done = epoch.currentEpoch();
                run.best = best;
                job.progress("epochs", epoch.currentEpoch(), (double) run.epochs, "Hyperopt epochs");
            }
        };
    }

    /** The state of a hyperopt job; 404 for another id. */
    public HyperoptJobResponse status(String id) {
        Job job = jobs.get(id).filter(j -> j.category().equals(CATEGORY))
                .orElseThrow(() -> ApiException.notFound("Job not found."));
        Run run = runs.getOrDefault(id, new Run());
        ObjectNode best = null;
        if (run.best != null) {
            best = JsonNodeFactory.instance.objectNode();
            best.put("current_epoch", run.best.currentEpoch());
            best.put("loss", run.best.loss());
            best.put("results_explanation", run.best.resultsExplanation());
            best.set("params_details", run.best.paramsDetails());
        }
        String status = switch (job.state()) {
            case PENDING -> "pending";
            case SUCCESS -> "success";
            case FAILED -> "failed";
        };
        return new HyperoptJobResponse(id, status, !job.finished(), run.done, run.epochs, best, run.file, job.error());
    }

    /** Asks a running job to stop after its current epochs; the epochs so far stay in its file. */
    public HyperoptJobResponse abort(String id) {
        HyperoptJobResponse current = status(id);
        Run run = runs.get(id);
        if (run != null) {
            run.abort = true;
        }
        return current;
    }
}
