package dev.hertz.api.routes;

import dev.hertz.api.http.ApiException;
import dev.hertz.api.http.Route.Mode;
import dev.hertz.api.http.RouteTable;
import dev.hertz.api.jobs.BackgroundJobs;
import dev.hertz.api.jobs.Job;
import dev.hertz.api.jobs.JobStatus;

/** The background job registry (webserver mode). */
public final class JobRoutes {
    private JobRoutes() {
    }

    public static void register(RouteTable r, BackgroundJobs jobs) {
        r.get("/background", Mode.WEBSERVER, JobStatus[].class, "Every background job", q -> jobs.list());
        // before /background/{jobid}, or "clear" would be taken for a job id
        r.delete("/background/clear", Mode.WEBSERVER, JobStatus[].class,
                "Delete every finished job; returns the running ones", q -> jobs.clear());
        r.get("/background/{jobid}", Mode.WEBSERVER, JobStatus.class, "One background job",
                q -> job(jobs, q.pathString("jobid")).status());
        r.delete("/background/{jobid}", Mode.WEBSERVER, JobStatus.class, "Delete a finished job",
                q -> delete(jobs, q.pathString("jobid")));
    }

    static Job job(BackgroundJobs jobs, String id) {
        return jobs.get(id).orElseThrow(() -> ApiException.notFound("Job not found."));
    }

    private static JobStatus delete(BackgroundJobs jobs, String id) {
        try {
            return jobs.delete(id).orElseThrow(() -> ApiException.notFound("Job not found."));
        } catch (IllegalStateException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
