package dev.hertz.bench.ws;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The peer ({@code hertz-bench/peer/ws_peer.py}: FastAPI on uvicorn, one worker) in its own
 * process. A broadcast is one {@code POST /broadcast}, whose handler publishes from a worker thread
 * of the peer as freqtrade's bot thread does; the request is made with {@link HttpURLConnection},
 * which starts no threads, so the CPU counted for the benchmark's WebSocket clients stays theirs.
 */
final class PeerTarget implements FanoutTarget {
    static final String TOKEN = "fanout-bench-token";
    private static final String READY = "LISTENING ";

    private final Process process;
    private final int port;
    private final String name;

    private PeerTarget(Process process, int port, String name) {
        this.process = process;
        this.port = port;
        this.name = name;
    }

    /**
     * Starts the peer and waits for its ready line.
     *
     * @param throttle seconds each send is followed by (freqtrade's channel: 0.01)
     * @param publish  {@code thread} (freqtrade's way) or {@code threadsafe}
     */
    static PeerTarget start(String python, Path script, double throttle, String publish, Path log)
            throws InterruptedException {
        if (!Files.isRegularFile(script)) {
            throw new IllegalArgumentException("Peer script " + script + " not found (run from the repository root or pass --peer)");
        }
        List<String> command = List.of(python, script.toString(), "--token", TOKEN,
                "--send-throttle", Double.toString(throttle), "--publish", publish);
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : lines(log)) {
                if (line.startsWith(READY)) {
                    int port = Integer.parseInt(line.substring(READY.length()).trim());
                    return new PeerTarget(p, port, "peer(throttle " + throttle + " s, publish " + publish + ")");
                }
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("Peer exited with code " + p.exitValue() + " before it was ready: "
                        + command + "\n" + String.join("\n", lines(log)));
            }
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new IllegalStateException("Peer not ready after 60 s: " + command + " (log " + log + ")");
    }

    private static List<String> lines(Path log) {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the peer's log " + log, e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public URI wsUri() {
        return URI.create("ws://127.0.0.1:" + port + "/api/v1/message/ws?token=" + TOKEN);
    }

    @Override
    public void broadcast(long first, int count, int size, double perSecond) {
        URI uri = URI.create("http://127.0.0.1:" + port + "/broadcast?first=" + first + "&n=" + count
                + "&size=" + size + "&rate=" + perSecond);
        try {
            HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
            c.setRequestMethod("POST");
            c.setConnectTimeout(10_000);
            // a paced broadcast answers after count / perSecond seconds
            double seconds = perSecond > 0 ? count / perSecond : 0;
            c.setReadTimeout((int) Math.min(Integer.MAX_VALUE, (seconds + 120) * 1000));
            int status = c.getResponseCode();
            try (InputStream body = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                String text = body == null ? "" : new String(body.readAllBytes());
                if (status != 200) {
                    throw new IllegalStateException("Peer answered " + status + " to " + uri + ": " + text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Broadcast request to the peer failed: " + uri, e);
        }
    }

    @Override
    public long processCpuNanos() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /** Asks the peer to stop (SIGTERM), then kills it if it has not stopped within 10 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
