package dev.hertz.api.routes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.api.http.ApiException;
import dev.hertz.api.http.ApiRequest;
import dev.hertz.api.http.Json;
import dev.hertz.api.http.Route.Mode;
import dev.hertz.api.http.RouteTable;
import dev.hertz.api.jobs.BackgroundJobs;
import dev.hertz.api.jobs.Job;
import dev.hertz.api.schema.BgJobStarted;
import dev.hertz.api.schema.PairListsResponse;
import dev.hertz.api.schema.PairlistsPayload;
import dev.hertz.api.schema.WhitelistEvaluateResponse;
import dev.hertz.core.pairlist.PairListHandlers;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.WhitelistResult;


/** The pairlist configurator of FreqUI (webserver mode): available handlers and trial evaluations. */
public final class PairlistEvaluationRoutes {
    private static final String CATEGORY = "pairlist";

    private PairlistEvaluationRoutes() {
    }

    public static void register(RouteTable r, Rpc rpc, BackgroundJobs jobs) {
        r.get("/pairlists/available", Mode.WEBSERVER, PairListsResponse.class,
                "Pairlist handlers and their parameters", q -> PairListsResponse.of(PairListHandlers.available()));
        r.postJson("/pairlists/evaluate", Mode.WEBSERVER, PairlistsPayload.class, BgJobStarted.class,
                "Start a trial evaluation of a pairlist chain", q -> evaluate(rpc, jobs, q));
        r.get("/pairlists/evaluate/{jobid}", Mode.WEBSERVER, WhitelistEvaluateResponse.class,
                "The result of a pairlist evaluation", q -> result(jobs, q.pathString("jobid")));
    }

    private static BgJobStarted evaluate(Rpc rpc, BackgroundJobs jobs, ApiRequest q) {
        PairlistsPayload p = PairlistsPayload.from(q.body());
        JsonNode pairlists = Json.MAPPER.valueToTree(p.pairlists());
        try {
            String id = jobs.submit(CATEGORY, CATEGORY, "Pairlist evaluation is already running.",
                    job -> rpc.resources().evaluatePairlists(pairlists, p.blacklist(), p.stakeCurrency()));
            return new BgJobStarted("Pairlist evaluation started in background.", id);
        } catch (BackgroundJobs.Busy e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static WhitelistEvaluateResponse result(BackgroundJobs jobs, String id) {
        Job job = JobRoutes.job(jobs, id);
        if (!job.category().equals(CATEGORY)) {
            throw ApiException.notFound("Job not found.");
        }
        return switch (job.state()) {
            case PENDING -> throw ApiException.badRequest("Job not finished yet.");
            case SUCCESS -> new WhitelistEvaluateResponse("success", (WhitelistResult) job.result(), null);
            case FAILED -> new WhitelistEvaluateResponse("failed", null, job.error());
        };
    }
}
