package dev.hertz.bench.ws;

import dev.hertz.bench.Args;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * WebSocket fan-out: how many messages a second the message WebSocket delivers to 1, 10 and 100
 * subscribed clients, and how long each message takes from broadcast to client, for Hertz and for
 * the peer (freqtrade's stack, {@code hertz-bench/peer/ws_peer.py}). Each target and client count
 * gets a fresh server. Prints Markdown tables.
 *
 * <pre>
 * java -cp hertz-bench/target/benchmarks.jar dev.hertz.bench.ws.WsFanout --clients 1,10,100 --targets hertz,peer
 * </pre>
 *
 * Targets: {@code hertz}; {@code peer} (freqtrade's 0.01 s send throttle, publishing from a thread
 * as freqtrade does); {@code peer:THROTTLE:PUBLISH}, e.g. {@code peer:0:threadsafe}.
 */
public final class WsFanout {
    private static final Set<String> OPTIONS = Set.of("--targets", "--clients", "--messages", "--max-seconds",
            "--warmup-seconds", "--batch", "--size", "--rate", "--rate-seconds", "--wait-seconds", "--python", "--peer",
            "--work");

    private WsFanout() {
    }

    public static void main(String[] argv) throws InterruptedException {
        try {
            run(Args.parse(argv, OPTIONS));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        // Javalin's WebSocket ping thread is not a daemon and outlives the closed servers
        System.exit(0);
    }

    private static void run(Args args) throws InterruptedException {
        List<TargetSpec> targets = args.list("--targets", "hertz,peer").stream().map(TargetSpec::parse).toList();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("Option --targets needs at least one value");
        }
        List<Integer> clientCounts = args.integers("--clients", "1,10,100");
        List<Integer> messages = args.value("--messages", null) == null
                ? clientCounts.stream().map(WsFanout::defaultMessages).toList()
                : args.integers("--messages", null);
        if (messages.size() != 1 && messages.size() != clientCounts.size()) {
            throw new IllegalArgumentException("--messages needs one value, or one per --clients value ("
                    + clientCounts.size() + "), got " + messages.size());
        }
        FanoutSettings settings = new FanoutSettings(
                (int) args.number("--size", 1024),
                (int) args.number("--batch", 500),
                messages.get(0),
                seconds(args.number("--max-seconds", 20)),
                seconds(args.number("--warmup-seconds", 10)),
                args.number("--rate", 50),
                seconds(args.number("--rate-seconds", 20)),
                seconds(args.number("--wait-seconds", 120)));
        Path work = work(args.value("--work", null));
        System.out.printf("WsFanout: %d cores, java %s, message size %d, batch %d, throughput phase up to %s per run,"
                        + " paced phase %s at %.0f/s; peer logs in %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), settings.size(),
                settings.batch(), settings.maxTime(), settings.pacedTime(), settings.perSecond(), work);

        List<FanoutRun.Result> results = new ArrayList<>();
        for (TargetSpec target : targets) {
            for (int i = 0; i < clientCounts.size(); i++) {
                int clients = clientCounts.get(i);
                FanoutSettings run = settings.withMessages(messages.get(messages.size() == 1 ? 0 : i));
                try (FanoutTarget server = target.start(args, work.resolve(logName(target.spec(), clients)))) {
                    FanoutRun.Result r = FanoutRun.run(server, clients, run);
                    results.add(r);
                    System.out.printf("%s, %d clients: %.0f msg/s delivered, delay p50 %.2f ms, lost %d%s%n",
                            r.target(), clients, r.throughput().deliveredPerSecond(),
                            r.throughput().delays().p50Nanos() / 1e6, r.throughput().lost(),
                            r.throughput().failure() == null ? "" : " (" + r.throughput().failure() + ")");
                }
            }
        }
        System.out.println();
        System.out.println("Throughput (batches of " + settings.batch() + ", each awaited by every client):");
        System.out.println(FanoutReport.throughput(results));
        System.out.println("Paced:");
        System.out.println(FanoutReport.paced(results, settings.perSecond()));
    }

    /** A {@code --targets} entry: {@code hertz}, or the peer with its send throttle and publish mode. */
    private record TargetSpec(String spec, boolean peer, double throttle, String publish) {
        static TargetSpec parse(String spec) {
            if (spec.equals("hertz")) {
                return new TargetSpec(spec, false, 0, null);
            }
            String[] parts = spec.split(":");
            if (!parts[0].equals("peer") || parts.length == 2 || parts.length > 3) {
                throw new IllegalArgumentException("Unknown target " + spec + "; known: hertz, peer, peer:THROTTLE:PUBLISH");
            }
            if (parts.length == 1) {
                return new TargetSpec(spec, true, 0.01, "thread");
            }
            if (!parts[2].equals("thread") && !parts[2].equals("threadsafe")) {
                throw new IllegalArgumentException("Target " + spec + ": publish must be thread or threadsafe, got " + parts[2]);
            }
            try {
                return new TargetSpec(spec, true, Double.parseDouble(parts[1]), parts[2]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Target " + spec + ": the throttle must be seconds, got " + parts[1], e);
            }
        }

        FanoutTarget start(Args args, Path log) throws InterruptedException {
            if (!peer) {
                return HertzTarget.start();
            }
            return PeerTarget.start(args.value("--python", "/usr/bin/python3"),
                    Path.of(args.value("--peer", "hertz-bench/peer/ws_peer.py")), throttle, publish, log);
        }
    }

    /** 200 000 messages for one client, 50 000 for up to 10, 10 000 for more: a few seconds of work for Hertz. */
    static int defaultMessages(int clients) {
        return clients == 1 ? 200_000 : clients <= 10 ? 50_000 : 10_000;
    }

    private static String logName(String target, int clients) {
        return target.replaceAll("[^A-Za-z0-9.]", "_") + "-" + clients + ".log";
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }

    private static Path work(String dir) {
        try {
            return dir == null ? Files.createTempDirectory("hertz-ws-fanout") : Files.createDirectories(Path.of(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the work directory", e);
        }
    }
}
