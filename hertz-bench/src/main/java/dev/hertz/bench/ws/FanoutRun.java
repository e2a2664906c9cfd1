package dev.hertz.bench.ws;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run against one server with N clients: connect and subscribe them, probe until every
 * subscription is in place, then
 * <ol>
 *   <li>throughput: broadcast in batches, waiting after each batch until every client has its last
 *   message, so the server is kept busy but no client falls a whole outbox behind (first an
 *   unmeasured warm-up of the same kind);</li>
 *   <li>paced: broadcast at a fixed rate well below the throughput, where a message's delay is its
 *   trip through the server rather than the time it queued behind the others.</li>
 * </ol>
 * The clients run in this JVM on one JDK HTTP client with two executor threads.
 */
final class FanoutRun {
    static final String CLIENT_THREAD_PREFIX = "fanout-client-";

    /** Both phases of one run. */
    record Result(String target, int clients, PhaseResult throughput, PhaseResult paced) {
    }

    private final FanoutTarget target;
    private final FanoutSettings settings;
    private final Semaphore arrivals = new Semaphore(0);
    private final List<FanoutClient> clients = new ArrayList<>();
    private long nextSeq;

    private FanoutRun(FanoutTarget target, FanoutSettings settings) {
        this.target = target;
        this.settings = settings;
    }

    static Result run(FanoutTarget target, int clientCount, FanoutSettings settings) throws InterruptedException {
        if (clientCount < 1) {
            throw new IllegalArgumentException("A run needs at least 1 client, got " + clientCount);
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(2,
                r -> new Thread(r, CLIENT_THREAD_PREFIX + threads.incrementAndGet()));
        HttpClient http = HttpClient.newBuilder().executor(executor).build();
        FanoutRun run = new FanoutRun(target, settings);
        try {
            for (int i = 0; i < clientCount; i++) {
                run.clients.add(FanoutClient.connect(http, target.wsUri(), run.arrivals));
            }
            run.probe();
            run.warmUp();
            PhaseResult throughput = run.throughput();
            PhaseResult paced = settings.pacedTime().isZero() || throughput.failure() != null ? null : run.paced();
            return new Result(target.name(), clientCount, throughput, paced);
        } finally {
            run.clients.forEach(FanoutClient::close);
            http.shutdownNow();
            executor.shutdownNow();
        }
    }

    /** Broadcasts probes until every client has received one, so no measured message meets an unsubscribed client. */
    private void probe() throws InterruptedException {
        long deadline = System.nanoTime() + settings.waitLimit().toNanos();
        while (!clients.stream().allMatch(FanoutClient::probed)) {
            String closed = closedClient();
            if (closed != null || System.nanoTime() > deadline) {
                throw new IllegalStateException("Clients did not all subscribe to " + target.name() + " within "
                        + settings.waitLimit() + (closed == null ? "" : ": a client was " + closed));
            }
            target.broadcast(FanoutMessage.PROBE, 1, settings.size(), 0);
            Thread.sleep(50);
        }
    }

    /** Batches for {@code warmUpTime}, nothing recorded: the JIT compiles the paths, buffers reach their size. */
    private void warmUp() throws InterruptedException {
        long first = begin(0);
        long end = System.nanoTime() + settings.warmUpTime().toNanos();
        int sent = 0;
        while (System.nanoTime() < end) {
            String failure = batch(first + sent, settings.batch());
            sent += settings.batch();
            if (failure != null) {
                throw new IllegalStateException("Warm-up against " + target.name() + " failed: " + failure);
            }
        }
        nextSeq = first + sent;
    }

    /** Batches until {@code messages} are sent or {@code maxTime} has passed, whichever comes first. */
    private PhaseResult throughput() throws InterruptedException {
        int messages = settings.messages();
        long first = begin(messages);
        CpuMeter.Sample before = CpuMeter.sample(target);
        long start = System.nanoTime();
        int sent = 0;
        String failure = null;
        while (failure == null && sent < messages && (sent == 0 || System.nanoTime() - start < settings.maxTime().toNanos())) {
            int n = Math.min(settings.batch(), messages - sent);
            failure = batch(first + sent, n);
            sent += n;
        }
        return finish(sent, start, before, failure);
    }

    /** Broadcasts messages {@code first..first+n-1} and waits until every client has the last. */
    private String batch(long first, int n) throws InterruptedException {
        clients.forEach(c -> c.awaitSeq(first + n - 1));
        target.broadcast(first, n, settings.size(), 0);
        return awaitAll();
    }

    private PhaseResult paced() throws InterruptedException {
        int messages = (int) Math.max(1, Math.round(settings.perSecond() * settings.pacedTime().toMillis() / 1000.0));
        long first = begin(messages);
        clients.forEach(c -> c.awaitSeq(first + messages - 1));
        CpuMeter.Sample before = CpuMeter.sample(target);
        long start = System.nanoTime();
        target.broadcast(first, messages, settings.size(), settings.perSecond());
        return finish(messages, start, before, awaitAll());
    }

    /** Tells every client to record the next {@code messages}; returns the first one's number. */
    private long begin(int messages) {
        long first = nextSeq;
        nextSeq += messages;
        arrivals.drainPermits();
        clients.forEach(c -> c.expect(first, messages));
        return first;
    }

    /** Waits until every client has the message it awaits, a client disconnects, or the wait limit passes. */
    private String awaitAll() throws InterruptedException {
        long deadline = System.nanoTime() + settings.waitLimit().toNanos();
        while (!arrivals.tryAcquire(clients.size(), 1, TimeUnit.SECONDS)) {
            String closed = closedClient();
            if (closed != null) {
                return "a client was " + closed;
            }
            if (System.nanoTime() > deadline) {
                return "not every client had the batch after " + settings.waitLimit();
            }
        }
        return null;
    }

    private String closedClient() {
        return clients.stream().map(FanoutClient::closedWith).filter(c -> c != null).findFirst().orElse(null);
    }

    private PhaseResult finish(int sent, long start, CpuMeter.Sample before, String failure) {
        long elapsed = System.nanoTime() - start;
        CpuMeter.Usage cpu = CpuMeter.between(before, CpuMeter.sample(target));
        long delivered = 0;
        long outOfOrder = 0;
        List<long[]> delays = new ArrayList<>();
        for (FanoutClient c : clients) {
            delivered += c.received();
            outOfOrder += c.outOfOrder();
            delays.add(c.delays());
        }
        long lost = (long) sent * clients.size() - delivered;
        return new PhaseResult(sent, delivered, lost, outOfOrder, elapsed / 1e9, Delays.of(delays), cpu, failure);
    }
}
