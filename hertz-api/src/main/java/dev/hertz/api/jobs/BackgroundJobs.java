package dev.hertz.api.jobs;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * freqtrade's background job model in one place: a registry of jobs by UUID, each with a category,
 * a status ({@code pending} → {@code success}/{@code failed}), a running flag, per-task progress
 * and a result or error. Only one job per lock group runs at a time (one pairlist evaluation, one
 * download, one analysis), checked at submission. Jobs live until deleted or the process ends.
 */
public final class BackgroundJobs implements AutoCloseable {
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor;

    public BackgroundJobs() {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hertz-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Refused because a job of the same group is still pending or running; the message is for the user. */
    public static final class Busy extends RuntimeException {
        Busy(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Starts {@code work} in the background.
     *
     * @param category    the job's category ({@code pairlist}, {@code download_data}, ...)
     * @param lockGroup   jobs of one group run one at a time
     * @param busyMessage the refusal when one of the group is unfinished
     * @param work        computes the result; may report progress on the job; throws to fail it
     * @return the new job's id
     * @throws Busy when a job of {@code lockGroup} is unfinished
     */
    public synchronized String submit(String category, String lockGroup, String busyMessage,
                                      Function<Job, Object> work) {
        boolean busy = jobs.values().stream().anyMatch(j -> j.lockGroup().equals(lockGroup) && !j.finished());
        if (busy) {
            throw new Busy(busyMessage);
        }
        Job job = new Job(UUID.randomUUID().toString(), category, lockGroup);
        jobs.put(job.id(), job);
        executor.execute(() -> job.run(work));
        return job.id();
    }

    public Optional<Job> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    public List<JobStatus> list() {
        return statuses(jobs.values());
    }

    /** Removes every finished job; returns the ones still running. */
    public synchronized List<JobStatus> clear() {
        jobs.values().removeIf(Job::finished);
        return list();
    }

    /**
     * Removes one finished job.
     *
     * @return the removed job's last status; empty when there is no such job
     * @throws IllegalStateException when the job is still running
     */
    public synchronized Optional<JobStatus> delete(String id) {
        Job job = jobs.get(id);
        if (job == null) {
            return Optional.empty();
        }
        if (!job.finished()) {
            throw new IllegalStateException("Job is still running.");
        }
        jobs.remove(id);
        return Optional.of(job.status());
    }

    private static List<JobStatus> statuses(Collection<Job> jobs) {
        return jobs.stream().map(Job::status).toList();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
