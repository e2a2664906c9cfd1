package dev.hertz.api.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** One background job; its fields change on the job's thread and are read by request threads. */
public final class Job {
    private static final Logger LOG = LoggerFactory.getLogger(Job.class);

    public enum State { PENDING, SUCCESS, FAILED }

    private final String id;
    private final String category;
    private final String lockGroup;
    private final Map<String, JobStatus.Task> tasks = new LinkedHashMap<>();
    private State state = State.PENDING;
    private boolean running = true;
    private Object result;
    private String error;

    Job(String id, String category, String lockGroup) {
        this.id = id;
        this.category = category;
        this.lockGroup = lockGroup;
    }

    public String id() {
        return id;
    }

    public String category() {
        return category;
    }

    String lockGroup() {
        return lockGroup;
    }

    /** Reports progress of one task of the job ({@code progress_tasks}). */
    public synchronized void progress(String taskId, double progress, Double total, String description) {
        tasks.put(taskId, new JobStatus.Task(progress, total, description));
    }

    public synchronized boolean finished() {
        return state != State.PENDING;
    }

    public synchronized State state() {
        return state;
    }

    /** The result of a successful job, else null. */
    public synchronized Object result() {
        return result;
    }

    public synchronized String error() {
        return error;
    }

    /**
     * A new job reports {@code running: true} from the start: FreqUI takes {@code running: false}
     * for "finished" and would stop polling a job that has not begun yet.
     */
    public synchronized JobStatus status() {
        return new JobStatus(id, category, state.name().toLowerCase(Locale.ROOT), running, null,
                Map.copyOf(tasks), error);
    }

    void run(Function<Job, Object> work) {
        try {
            Object value = work.apply(this);
            synchronized (this) {
                result = value;
                state = State.SUCCESS;
                running = false;
            }
        } catch (RuntimeException | StackOverflowError e) {
            // user code (strategies) runs here: a failure must end the job, not leave it pending forever
            LOG.warn("Background job {} ({}) failed: {}", id, category, e.getMessage());
            synchronized (this) {
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                state = State.FAILED;
                running = false;
            }
        }
    }
}
