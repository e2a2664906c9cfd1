package dev.hertz.bench.api;

import dev.hertz.bench.Args;
import dev.hertz.bench.BenchMarkets;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The REST API benchmark: requests per second and latency percentiles of {@code /api/v1/ping},
 * {@code /api/v1/status} (100 open trades) and {@code /api/v1/trades?limit=500} (10 000 closed
 * trades) under concurrent load on loopback, for Hertz and for its peer (FastAPI + uvicorn doing
 * comparable work, see {@code hertz-bench/peer/fastapi_peer.py}).
 *
 * <p>Writes the trade database once, then for each target copies it, starts the server in its own
 * process, checks each endpoint answers the expected data, and runs {@link LoadRun} for each
 * endpoint and client thread count. {@code --url} measures an already running server instead.
 *
 * <pre>
 * java -cp hertz-bench/target/benchmarks.jar dev.hertz.bench.api.ApiLoad --targets hertz,peer --threads 16,64 --seconds 20
 * </pre>
 */
public final class ApiLoad {
    static final int PAIRS = 100;
    static final String USER = "bench";
    static final String PASSWORD = "bench-password";
    static final Map<String, String> ENDPOINTS = Map.of(
            "ping", "/api/v1/ping",
            "status", "/api/v1/status",
            "trades", "/api/v1/trades?limit=500");
    private static final Set<String> OPTIONS = Set.of("--targets", "--url", "--threads", "--seconds", "--warmup",
            "--endpoints", "--open", "--closed", "--pairs", "--seed", "--work", "--python", "--peer", "--peer-args");

    private ApiLoad() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, OPTIONS);
        List<Integer> threads = args.integers("--threads", "16,64");
        Duration measured = Duration.ofSeconds(args.integer("--seconds", 20));
        Duration warmUp = Duration.ofSeconds(args.integer("--warmup", 10));
        List<String> endpoints = args.list("--endpoints", "ping,status,trades");
        for (String e : endpoints) {
            if (!ENDPOINTS.containsKey(e)) {
                throw new IllegalArgumentException("Unknown endpoint " + e + "; known: " + ENDPOINTS.keySet());
            }
        }
        int open = args.integer("--open", 100);
        int closed = args.integer("--closed", 10_000);
        ResponseCheck check = new ResponseCheck(open, closed);
        List<Row> rows = new ArrayList<>();

        if (!args.value("--url", "").isEmpty()) {
            URI url = URI.create(args.value("--url", null));
            InetSocketAddress address = new InetSocketAddress(url.getHost(), url.getPort());
            measure(url.toString(), address, null, endpoints, threads, warmUp, measured, check, rows);
        } else {
            Path work = args.value("--work", "").isEmpty() ? Files.createTempDirectory("hertz-api-bench")
                    : Files.createDirectories(Path.of(args.value("--work", null)));
            int pairs = args.integer("--pairs", PAIRS);
            Path template = work.resolve("template.sqlite");
            Instant t0 = Instant.now();
            boolean reuse = Files.exists(template);
            TradeDb.Counts counts = reuse ? TradeDb.count(template) : TradeDb.write(template,
                    BenchMarkets.specs(pairs), open, closed, args.integer("--seed", 42));
            if (counts.openTrades() != open || counts.closedTrades() != closed) {
                throw new IllegalStateException(template + " holds " + counts + ", not " + open + " open and "
                        + closed + " closed trades; use another --work directory");
            }
            System.out.printf("Trade database %s: %d open, %d closed trades over %d pairs (%s in %d s)%n",
                    template, counts.openTrades(), counts.closedTrades(), pairs, reuse ? "reused, counted" : "written",
                    Duration.between(t0, Instant.now()).toSeconds());
            for (String target : args.list("--targets", "hertz")) {
                Path dir = Files.createDirectories(work.resolve(target));
                freshCopy(template, dir.resolve(ApiBenchServer.DB_FILE));
                List<String> command = switch (target) {
                    case "hertz" -> hertzCommand(dir, pairs);
                    case "peer" -> peerCommand(args, dir.resolve(ApiBenchServer.DB_FILE));
                    default -> throw new IllegalArgumentException("Unknown target " + target + "; known: hertz, peer");
                };
                try (ServerProcess server = ServerProcess.start(command, dir.resolve("server.log"),
                        Duration.ofMinutes(5))) {
                    System.out.printf("%s: pid %d on port %d (log %s)%n", target, server.pid(), server.port(),
                            server.log());
                    measure(target, new InetSocketAddress("127.0.0.1", server.port()), server, endpoints, threads,
                            warmUp, measured, check, rows);
                }
            }
        }
        System.out.println();
        System.out.println(Row.HEADER);
        rows.forEach(r -> System.out.println(r.markdown()));
    }

    private static void measure(String target, InetSocketAddress address, ServerProcess server, List<String> endpoints,
                                List<Integer> threads, Duration warmUp, Duration measured, ResponseCheck check,
                                List<Row> rows) throws InterruptedException, IOException {
        String auth = USER + ":" + PASSWORD;
        for (String endpoint : endpoints) {
            System.out.printf("%s %s: %s%n", target, endpoint, check.verify(endpoint, address, ENDPOINTS.get(endpoint),
                    auth));
        }
        LoadRun load = new LoadRun(address, auth);
        for (String endpoint : endpoints) {
            for (int n : threads) {
                LoadRun.Result result = load.run(ENDPOINTS.get(endpoint), n, warmUp, measured,
                        server == null ? () -> -1 : server::cpuNanos);
                Row row = new Row(target, endpoint, result);
                rows.add(row);
                System.out.println(row.markdown());
                if (result.firstError() != null) {
                    System.out.println("  first error: " + result.firstError());
                }
            }
        }
    }

    /** Each server gets its own copy: Hertz records its start in the database, and a rerun starts clean. */
    private static void freshCopy(Path template, Path db) throws IOException {
        for (String sidecar : List.of("-wal", "-shm")) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + sidecar));
        }
        Files.copy(template, db, StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> hertzCommand(Path dir, int pairs) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                ApiBenchServer.class.getName(), "--dir", dir.toString(), "--pairs", Integer.toString(pairs),
                "--user", USER, "--password", PASSWORD);
    }

    private static List<String> peerCommand(Args args, Path db) {
        List<String> command = new ArrayList<>(List.of(args.value("--python", "/usr/bin/python3"),
                args.value("--peer", "hertz-bench/peer/fastapi_peer.py"), "--db", db.toString(),
                "--user", USER, "--password", PASSWORD));
        command.addAll(args.list("--peer-args", ""));
        return command;
    }

    /** One line of the results table. */
    record Row(String target, String endpoint, LoadRun.Result r) {
        static final String HEADER = """
                | target | endpoint | threads | req/s | p50 ms | p99 ms | p99.9 ms | max ms | errors / requests \
                | server CPU (cores) | client CPU (cores) | other CPU (cores) | body bytes |
                | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |""";

        String markdown() {
            Latencies l = r.latencies();
            return String.format(Locale.ROOT,
                    "| %s | %s | %d | %.0f | %.2f | %.2f | %.2f | %.1f | %d / %d | %.2f | %.2f | %.2f | %d |",
                    target, endpoint, r.threads(), r.requestsPerSecond(),
                    l.percentileMillis(50), l.percentileMillis(99), l.percentileMillis(99.9), l.maxMillis(),
                    r.errors(), r.requests(),
                    r.serverCpuSeconds() / r.seconds(), r.clientCpuSeconds() / r.seconds(),
                    r.otherCpuSeconds() / r.seconds(), r.bodyBytes());
        }
    }
}
